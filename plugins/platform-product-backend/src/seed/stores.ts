import { Knex } from 'knex';
import { ChampionsStore } from '../database/ChampionsStore';
import { ChangelogStore } from '../database/ChangelogStore';
import { EvidenceStore } from '../database/EvidenceStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { ImpactMapStore } from '../database/ImpactMapStore';
import { InsightsStore } from '../database/InsightsStore';
import { RatingsStore } from '../database/RatingsStore';
import { ResearchStore } from '../database/ResearchStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { SurveysStore } from '../database/SurveysStore';
import { UsageStore } from '../database/UsageStore';

/**
 * The plugin's stores, for seeders (example portals, imports from other tools). Their methods
 * write below the services: no permission checks, notifications or auditor events.
 *
 * @alpha
 */
export interface PlatformProductStores {
  ratings: RatingsStore;
  feedback: FeedbackStore;
  surveys: SurveysStore;
  roadmap: RoadmapStore;
  impactMap: ImpactMapStore;
  champions: ChampionsStore;
  changelog: ChangelogStore;
  insights: InsightsStore;
  usage: UsageStore;
  research: ResearchStore;
  evidence: EvidenceStore;
}

/** Every store on one connection or transaction. */
export function createStores(db: Knex): PlatformProductStores {
  return {
    ratings: new RatingsStore(db),
    feedback: new FeedbackStore(db),
    surveys: new SurveysStore(db),
    roadmap: new RoadmapStore(db),
    impactMap: new ImpactMapStore(db),
    champions: new ChampionsStore(db),
    changelog: new ChangelogStore(db),
    insights: new InsightsStore(db),
    usage: new UsageStore(db),
    research: new ResearchStore(db),
    evidence: new EvidenceStore(db),
  };
}
