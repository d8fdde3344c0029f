import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ChangelogService } from '../services/ChangelogService';
import { FeedbackService } from '../services/FeedbackService';
import { InsightsService } from '../services/InsightsService';
import { RatingsService } from '../services/RatingsService';
import { RoadmapService } from '../services/RoadmapService';
import { WriteDeps } from '../router/writes';
import { AppLinks } from '../lib/appLinks';
import { registerChangelogActions } from './changelog';
import { registerFeedbackActions } from './feedback';
import { registerInsightsActions } from './insights';
import { registerRoadmapActions } from './roadmap';

/** What the actions call: the same services, checks and audit events as the HTTP routes. */
export interface ActionDeps extends WriteDeps {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  roadmap: RoadmapService;
  insights: InsightsService;
  changelog: ChangelogService;
  feedback: FeedbackService;
  ratings: RatingsService;
  appLinks: AppLinks;
}

/**
 * Registers Platform Product's actions for AI assistants (exposed over MCP by
 * `@backstage/plugin-mcp-actions-backend`), one file per area. Each acts as the calling person;
 * the reads and writes go through the services the HTTP routes call, the writes through the
 * functions of `router/writes.ts`, with the same permissions and audit events. See
 * docs/actions.md.
 */
export function registerActions(deps: ActionDeps): void {
  registerRoadmapActions(deps);
  registerInsightsActions(deps);
  registerChangelogActions(deps);
  registerFeedbackActions(deps);
}
