import {
  AuthService,
  DatabaseService,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import { CatalogDirectory } from './catalog/CatalogDirectory';
import { readPlatformProductConfig } from './config';
import { ChampionsStore } from './database/ChampionsStore';
import { ChangelogOutboxStore } from './database/ChangelogOutboxStore';
import { ChangelogStore } from './database/ChangelogStore';
import { DigestStore } from './database/DigestStore';
import { EvidenceStore } from './database/EvidenceStore';
import { FeedbackStore } from './database/FeedbackStore';
import { IdempotencyStore } from './database/IdempotencyStore';
import { ImpactMapStore } from './database/ImpactMapStore';
import { InsightsStore } from './database/InsightsStore';
import { openDatabase } from './database/migrations';
import { RatingsStore } from './database/RatingsStore';
import { ResearchStore } from './database/ResearchStore';
import { RoadmapStore } from './database/RoadmapStore';
import { SettingsStore } from './database/SettingsStore';
import { SurveysStore } from './database/SurveysStore';
import { UsageStore } from './database/UsageStore';
import { Repairable } from './jobs/aggregateRepair';
import { loadAnonymitySecret } from './lib/anonymity';
import { AppLinks } from './lib/appLinks';
import { ChampionsService } from './services/ChampionsService';
import { ChangelogEntries } from './services/ChangelogEntries';
import { ChangelogService } from './services/ChangelogService';
import { ClosingTheLoop } from './services/ClosingTheLoop';
import { DigestService } from './services/DigestService';
import { DomainEvents } from './lib/DomainEvents';
import { EarlyAccess } from './services/EarlyAccess';
import { EvidenceService } from './services/EvidenceService';
import { FeedbackService } from './services/FeedbackService';
import { ImpactMapService } from './services/ImpactMapService';
import { InsightsService } from './services/InsightsService';
import { LiveUpdates } from './lib/LiveUpdates';
import { RatingsService } from './services/RatingsService';
import { ResearchService } from './services/ResearchService';
import { RoadmapItems } from './services/RoadmapItems';
import { RoadmapService } from './services/RoadmapService';
import { ScorecardService } from './services/ScorecardService';
import { SurveysService } from './services/SurveysService';
import { UsageService } from './services/UsageService';

/** What building the plugin's stores and services needs of the backend. */
export interface ContextDeps {
  config: RootConfigService;
  database: DatabaseService;
  auth: AuthService;
  logger: LoggerService;
  permissions: PermissionsService;
  catalog: CatalogService;
  notifications: NotificationService;
  events: EventsService;
  signals: SignalsService;
}

/**
 * Builds the plugin from its dependencies: reads the config once, migrates the database, then
 * makes the stores and, on them, the areas' services (each area's store goes to its own services
 * only; see src/areas.json). `plugin.ts` schedules the jobs and registers routes and actions.
 */
export async function createContext(deps: ContextDeps) {
  const settings = readPlatformProductConfig(deps.config, deps.logger);
  const db = await openDatabase(deps.database);
  const secret = await loadAnonymitySecret(
    new SettingsStore(db),
    settings.feedback.anonymitySecret,
  );

  const directory = new CatalogDirectory({
    catalog: deps.catalog,
    auth: deps.auth,
    teamFilter: settings.teams.filter,
    toolFilter: settings.tools.filter,
    cacheSeconds: settings.catalogCacheSeconds,
  });

  const appLinks = new AppLinks({
    appBaseUrl: deps.config.getOptionalString('app.baseUrl') ?? '',
    mountPath: settings.mountPath,
  });
  const events = new DomainEvents(deps);
  const live = new LiveUpdates(deps);
  const ratingsStore = new RatingsStore(db);
  const feedbackStore = new FeedbackStore(db);
  const surveysStore = new SurveysStore(db);
  const roadmapStore = new RoadmapStore(db);
  const changelogStore = new ChangelogStore(db);
  const roadmapItems = new RoadmapItems(roadmapStore);
  const changelogEntries = new ChangelogEntries(changelogStore);
  const aggregates: Repairable[] = [
    {
      name: 'rating tallies',
      repair: () => ratingsStore.repairTallies(),
    },
    {
      name: 'survey tallies',
      repair: () => surveysStore.repairTallies(),
    },
    {
      name: 'feedback counts',
      repair: () => feedbackStore.repairCounts(),
    },
    {
      name: 'roadmap lane counts',
      repair: () => roadmapStore.repairLaneCounts(),
    },
    {
      name: 'feedback response times',
      repair: () => feedbackStore.repairResponseTimes(),
    },
    {
      name: 'roadmap quarter counts',
      repair: () => roadmapStore.repairQuarterCounts(),
    },
  ];
  const usage = new UsageService({
    store: new UsageStore(db),
    directory,
    secret,
    retentionDays: settings.usage.retentionDays,
    activeDays: settings.usage.activeDays,
  });
  const ratings = new RatingsService({
    store: ratingsStore,
    directory,
    secret,
    minGroupSize: settings.feedback.minGroupSize,
    usage,
    activeDays: settings.usage.activeDays,
    cadence: settings.ratings.prompt,
  });

  const championsStore = new ChampionsStore(db);
  const earlyAccess = new EarlyAccess({
    store: championsStore,
    permissions: deps.permissions,
  });
  const feedback = new FeedbackService({
    store: feedbackStore,
    directory,
    notifications: deps.notifications,
    logger: deps.logger,
    secret,
    events,
    live,
    appLinks,
    links: { roadmapItems, changelogEntries },
    earlyAccess,
  });

  const surveys = new SurveysService({
    store: surveysStore,
    directory,
    secret,
    minGroupSize: settings.feedback.minGroupSize,
    events,
    live,
  });

  const champions = new ChampionsService({
    store: championsStore,
    directory,
    earlyAccess,
    notifications: deps.notifications,
    logger: deps.logger,
    target: settings.champions.targetPerTeam,
    appLinks,
    events,
  });

  const research = new ResearchService({
    store: new ResearchStore(db),
    champions,
  });

  const evidenceStore = new EvidenceStore(db);
  const loop = new ClosingTheLoop({
    store: evidenceStore,
    // Survey comments are anonymous: nobody behind them can be told.
    kinds: {
      feedback: feedback.evidenceLoop,
      'research-note': research.evidenceLoop,
      'research-quote': research.evidenceLoop,
      'rating-comment': ratings.evidenceLoop,
    },
    voters: (tx, itemId) => roadmapStore.voterRefs(itemId, tx),
    item: itemId => roadmapStore.get(itemId),
    publicEntryTitles: ids =>
      changelogEntries.titles(ids, {
        includeEarlyAccess: false,
        now: new Date(),
      }),
    notifications: deps.notifications,
    logger: deps.logger,
    appLinks,
  });
  const changelog = new ChangelogService({
    store: changelogStore,
    outbox: new ChangelogOutboxStore(db),
    roadmap: roadmapItems,
    champions,
    feedback,
    directory,
    earlyAccess,
    notifications: deps.notifications,
    logger: deps.logger,
    auth: deps.auth,
    events,
    live,
    loop,
    minGroupSize: settings.feedback.minGroupSize,
    appLinks,
  });

  const insightsStore = new InsightsStore(db);
  const insights = new InsightsService({
    store: insightsStore,
    surveys,
    champions,
    directory,
    usage,
    activeDays: settings.usage.activeDays,
    mandated: settings.tools.mandated,
    minGroupSize: settings.feedback.minGroupSize,
  });
  const evidence = new EvidenceService({
    store: evidenceStore,
    feedback,
    comments: { 'rating-comment': ratings, 'survey-comment': surveys },
    research,
    usage,
    minGroupSize: settings.feedback.minGroupSize,
    activeDays: settings.usage.activeDays,
  });
  const impactMap = new ImpactMapService({
    store: new ImpactMapStore(db),
    directory,
    earlyAccess,
  });
  const roadmap = new RoadmapService({
    store: roadmapStore,
    evidence,
    loop,
    impactMap,
    directory,
    notifications: deps.notifications,
    logger: deps.logger,
    laneTitles: settings.roadmap.laneTitles,
    appLinks,
    earlyAccess,
    champions,
    changelog,
    events,
    live,
    feedback,
    insights,
  });

  const scorecard = new ScorecardService({
    store: insightsStore,
    usage,
    surveys,
    champions,
    directory,
    targets: settings.scorecard.targets,
    minGroupSize: settings.feedback.minGroupSize,
    activeDays: settings.usage.activeDays,
    newTeamDays: settings.scorecard.newTeamDays,
    trendDays: settings.scorecard.trendDays,
  });

  const digests = new DigestService({
    store: new DigestStore(db),
    changelog,
    roadmap: roadmapItems,
    champions,
    surveys,
    directory,
    notifications: deps.notifications,
    logger: deps.logger,
    schedule: settings.digest,
    laneTitles: settings.roadmap.laneTitles,
    appLinks,
  });

  const idempotencyKeys = new IdempotencyStore(db, secret);

  return {
    settings,
    db,
    secret,
    directory,
    appLinks,
    /** The maintained aggregates that the daily job recounts. */
    aggregates,
    idempotencyKeys,
    services: {
      usage,
      ratings,
      feedback,
      surveys,
      champions,
      changelog,
      insights,
      research,
      roadmap,
      impactMap,
      scorecard,
      digests,
    },
  };
}

/** The plugin's config, database, catalog directory, links and services. */
export type PlatformProductContext = Awaited<ReturnType<typeof createContext>>;
