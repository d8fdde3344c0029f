import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  PlatformProductSeeder,
  platformProductSeedExtensionPoint,
} from 'backstage-plugin-platform-product-backend/alpha';
import { seedDemoChampions } from './demoChampions';
import { seedDemoChangelog } from './demoChangelog';
import { seedDemoFeedback } from './demoFeedback';
import { seedDemoInsights } from './demoInsights';
import { seedDemoRatings } from './demoRatings';
import { seedDemoResearch } from './demoResearch';
import { seedDemoRoadmap } from './demoRoadmap';
import { seedDemoSurveys } from './demoSurveys';
import { seedDemoUsage } from './demoUsage';

/**
 * The whole example company (`examples/`) is in the catalog: 13 teams, 9 tools and the 52
 * team-tool adoptions its products' relations make. The catalog ingests it over several seconds;
 * seeding earlier would write the demo data for part of the company.
 */
const exampleCompanyIngested: PlatformProductSeeder['ready'] = ({
  teams,
  tools,
  adoption,
}) =>
  teams.length >= 13 &&
  tools.length >= 9 &&
  adoption.reduce((sum, a) => sum + a.adoptingTeams, 0) >= 52;

/**
 * Each area's demo data, in the order they depend on each other. The ids keep the settings keys
 * (`demo-ratings-seeded`, …) the example portal's databases already hold.
 */
export const DEMO_SEEDERS: PlatformProductSeeder[] = [
  { id: 'demo-ratings', what: 'ratings', seed: seedDemoRatings },
  { id: 'demo-roadmap', what: 'roadmap items', seed: seedDemoRoadmap },
  { id: 'demo-feedback', what: 'feedback items', seed: seedDemoFeedback },
  { id: 'demo-surveys', what: 'survey answers', seed: seedDemoSurveys },
  { id: 'demo-champions', what: 'champions', seed: seedDemoChampions },
  { id: 'demo-changelog', what: 'changelog entries', seed: seedDemoChangelog },
  { id: 'demo-insights', what: 'tool snapshots', seed: seedDemoInsights },
  { id: 'demo-usage', what: 'usage events', seed: seedDemoUsage },
  { id: 'demo-research', what: 'research notes', seed: seedDemoResearch },
].map(seeder => ({ ...seeder, ready: exampleCompanyIngested }));

/**
 * The example portal's demo data for Northwind (`examples/`): once the catalog holds the example
 * company, the Platform Product backend seeds every area through its stores, once, on one
 * replica. Never install this in a real portal.
 */
export const demoDataModule = createBackendModule({
  pluginId: 'platform-product',
  moduleId: 'example-demo-data',
  register(reg) {
    reg.registerInit({
      deps: { seed: platformProductSeedExtensionPoint },
      async init({ seed }) {
        DEMO_SEEDERS.forEach(seeder => seed.addSeeder(seeder));
      },
    });
  },
});
