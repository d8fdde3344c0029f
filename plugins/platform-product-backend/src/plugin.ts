import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { platformProductPermissions } from 'backstage-plugin-platform-product-common';
import { registerActions } from './actions/registerActions';
import { AppLinks } from './services/appLinks';
import { CatalogDirectory } from './catalog/CatalogDirectory';
import { readPlatformProductConfig } from './config';
import { openDatabase } from './database/migrations';
import { ChampionsStore } from './database/ChampionsStore';
import { ChangelogStore } from './database/ChangelogStore';
import { DigestStore } from './database/DigestStore';
import { FeedbackStore } from './database/FeedbackStore';
import { IdempotencyStore } from './database/IdempotencyStore';
import { ImpactMapStore } from './database/ImpactMapStore';
import { InsightsStore } from './database/InsightsStore';
import { RatingsStore } from './database/RatingsStore';
import { EvidenceStore } from './database/EvidenceStore';
import { ResearchStore } from './database/ResearchStore';
import { RoadmapStore } from './database/RoadmapStore';
import { SurveysStore } from './database/SurveysStore';
import { UsageStore } from './database/UsageStore';
import { loadAnonymitySecret } from './services/anonymity';
import { ChampionsService } from './services/ChampionsService';
import { ChangelogService } from './services/ChangelogService';
import { DigestService } from './services/DigestService';
import { DomainEvents } from './services/DomainEvents';
import { EarlyAccess } from './services/EarlyAccess';
import { LiveUpdates } from './services/LiveUpdates';
import { FeedbackService } from './services/FeedbackService';
import { InsightsService } from './services/InsightsService';
import { scheduleToolSnapshots } from './services/toolSnapshots';
import { RatingsService } from './services/RatingsService';
import { scheduleAggregateRepair } from './services/aggregateRepair';
import { EvidenceService } from './services/EvidenceService';
import { ResearchService } from './services/ResearchService';
import { RoadmapService } from './services/RoadmapService';
import { ScorecardService } from './services/ScorecardService';
import { SurveysService } from './services/SurveysService';
import { UsageService } from './services/UsageService';
import {
  scheduleUsageRetention,
  scheduleUsageRollup,
  subscribeToUsageEvents,
} from './services/usageIngestion';
import {
  PlatformProductSeeder,
  platformProductSeedExtensionPoint,
} from './seed/extensionPoint';
import { scheduleSeeders } from './seed/scheduleSeeders';
import {
  createSetupRouter,
  warnWhenEveryoneIsMaintainer,
} from './router/setup';
import { createRouter } from './router';
import { IdempotentCreates } from './router/idempotency';
import { scheduleIdempotencyKeyCleanup } from './services/idempotencyKeys';
import { scheduleCoverageSnapshots } from './services/coverageSnapshots';
import { scheduleChangelogPublisher } from './services/changelogPublisher';
import { ClosingTheLoop } from './services/ClosingTheLoop';
import { scheduleDigests } from './services/weeklyDigest';

/**
 * Platform Product backend plugin: roadmap, changelog, feedback, champions and insights.
 *
 * @public
 */
export const platformProductPlugin = createBackendPlugin({
  pluginId: 'platform-product',
  register(env) {
    const seeders: PlatformProductSeeder[] = [];
    env.registerExtensionPoint(platformProductSeedExtensionPoint, {
      addSeeder(seeder) {
        if (seeders.some(s => s.id === seeder.id)) {
          throw new Error(`Platform Product seeder ${seeder.id} added twice`);
        }
        seeders.push(seeder);
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
        events: eventsServiceRef,
        // Always there: its default implementation publishes through the events service, and
        // reaches browsers only where @backstage/plugin-signals-backend is installed.
        signals: signalsServiceRef,
        instanceMetadata: coreServices.rootInstanceMetadata,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const settings = readPlatformProductConfig(deps.config);
        deps.permissionsRegistry.addPermissions(platformProductPermissions);
        const db = await openDatabase(deps.database);
        const secret = await loadAnonymitySecret(
          db,
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
        await scheduleAggregateRepair({
          ...deps,
          aggregates: [
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
          ],
        });
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
          links: {
            roadmapItems: roadmapStore,
            changelogEntries: changelogStore,
          },
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
        await scheduleCoverageSnapshots({ ...deps, champions });

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
            changelogStore.titles(ids, {
              includeEarlyAccess: false,
              now: new Date(),
            }),
          notifications: deps.notifications,
          logger: deps.logger,
          appLinks,
        });
        const changelog = new ChangelogService({
          store: changelogStore,
          roadmap: roadmapStore,
          champions: championsStore,
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
        await scheduleChangelogPublisher({ ...deps, changelog });

        const insightsStore = new InsightsStore(db);
        const insights = new InsightsService({
          store: insightsStore,
          surveysStore,
          surveys,
          championsStore,
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
        const roadmap = new RoadmapService({
          store: roadmapStore,
          evidence,
          loop,
          impactMap: new ImpactMapStore(db),
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
        await scheduleToolSnapshots({ ...deps, insights, scorecard });

        const digests = new DigestService({
          store: new DigestStore(db),
          changelog: changelogStore,
          roadmap: roadmapStore,
          champions: championsStore,
          surveys,
          directory,
          notifications: deps.notifications,
          logger: deps.logger,
          schedule: settings.digest,
          laneTitles: settings.roadmap.laneTitles,
          appLinks,
        });
        if (settings.digest.enabled) {
          await scheduleDigests({ ...deps, digests });
        }

        await scheduleUsageRollup({
          ...deps,
          usage,
          seconds: settings.usage.rollupSeconds,
        });
        await scheduleUsageRetention({ ...deps, usage });
        await subscribeToUsageEvents({ ...deps, usage });

        const idempotencyKeys = new IdempotencyStore(db, secret);
        await scheduleIdempotencyKeyCleanup({ ...deps, idempotencyKeys });

        registerActions({
          ...deps,
          appLinks,
          directory,
          roadmap,
          insights,
          changelog,
          feedback,
          ratings,
        });

        await scheduleSeeders({ ...deps, seeders, db, directory, secret });
        await warnWhenEveryoneIsMaintainer(deps);

        deps.httpRouter.use(
          createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            directory,
            ratings,
            feedback,
            surveys,
            roadmap,
            research,
            champions,
            changelog,
            insights,
            scorecard,
            usage,
            digests,
            idempotency: new IdempotentCreates(idempotencyKeys),
            appLinks,
            publicFeed: settings.changelog.publicFeed,
          }),
        );
        deps.httpRouter.use(
          createSetupRouter({ ...deps, maintainers: settings.maintainers }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        if (settings.changelog.publicFeed) {
          deps.httpRouter.addAuthPolicy({
            path: '/changelog/feed.atom',
            allow: 'unauthenticated',
          });
        }
      },
    });
  },
});
