/**
 * Alpha API of the Platform Product backend: seeding its database from a backend module.
 *
 * @packageDocumentation
 */
export {
  platformProductSeedExtensionPoint,
  type PlatformProductSeedContext,
  type PlatformProductSeeder,
  type PlatformProductSeedExtensionPoint,
} from './seed/extensionPoint';
export type { PlatformProductStores } from './seed/stores';
export type { ChampionsStore } from './database/ChampionsStore';
export type { ChangelogStore } from './database/ChangelogStore';
export type {
  EvidenceStore,
  EvidenceSource,
  LoopNotice,
  LoopTransition,
} from './database/EvidenceStore';
export type { FeedbackStore } from './database/FeedbackStore';
export type { ImpactMapStore } from './database/ImpactMapStore';
export type { InsightsStore } from './database/InsightsStore';
export type { RatingsStore } from './database/RatingsStore';
export type {
  ResearchAsEvidence,
  ResearchFilter,
  ResearchNoteFields,
  ResearchSearchText,
  ResearchStore,
} from './database/ResearchStore';
export type { RoadmapStore } from './database/RoadmapStore';
export type { SurveysStore } from './database/SurveysStore';
export type { UsageStore } from './database/UsageStore';
export type {
  Counts,
  RatingFigures,
  StoredToolSnapshot,
} from './database/InsightsStore';
export type {
  ChangelogFields,
  ChangelogFilter,
  Publication,
  StoredChangelogEntry,
} from './database/ChangelogStore';
export type { Delivery } from './database/ChangelogOutboxStore';
export type {
  Actor,
  FeedbackAsEvidence,
  FeedbackFilter,
  StatusChange,
  NewFeedbackItem,
  StoredFeedbackItem,
} from './database/FeedbackStore';
export type {
  NpsCounts,
  StoredAnswer,
  StoredSurvey,
  StoredSurveyComment,
  SurveyFields,
} from './database/SurveysStore';
export type {
  RoadmapFilter,
  RoadmapItemFields,
  StoredRoadmapItem,
  VotedChange,
} from './database/RoadmapStore';
export type {
  Rater,
  StoredRating,
  StoredRatingComment,
} from './database/RatingsStore';
export type {
  PersonToolUsage,
  StoredUsageEvent,
  TeamActivity,
} from './database/UsageStore';
export type { KeysetPage } from './database/keyset';
