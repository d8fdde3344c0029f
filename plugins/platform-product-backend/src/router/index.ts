import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChampionsService } from '../services/ChampionsService';
import { ChangelogService } from '../services/ChangelogService';
import { DigestService } from '../services/DigestService';
import { FeedbackService } from '../services/FeedbackService';
import { InsightsService } from '../services/InsightsService';
import { ScorecardService } from '../services/ScorecardService';
import { RatingsService } from '../services/RatingsService';
import { ResearchService } from '../services/ResearchService';
import { ImpactMapService } from '../services/ImpactMapService';
import { RoadmapService } from '../services/RoadmapService';
import { SurveysService } from '../services/SurveysService';
import { UsageService } from '../services/UsageService';
import { AppLinks } from '../lib/appLinks';
import { createCatalogRouter } from './catalog';
import { requireCatalogPeople } from './people';
import { createChampionsRouter } from './champions';
import { createChangelogRouter } from './changelog';
import { createDigestRouter } from './digest';
import { createFeedbackRouter } from './feedback';
import { IdempotentCreates } from './idempotency';
import { createInsightsRouter } from './insights';
import { createRatingsRouter } from './ratings';
import { createResearchRouter } from './research';
import { createRoadmapRouter } from './roadmap';
import { createSurveysRouter } from './surveys';
import { createUsageRouter } from './usage';

/** The plugin's HTTP API: one sub-router per area. Errors go to the root error handler. */
export function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  directory: CatalogDirectory;
  ratings: RatingsService;
  feedback: FeedbackService;
  surveys: SurveysService;
  roadmap: RoadmapService;
  impactMap: ImpactMapService;
  research: ResearchService;
  champions: ChampionsService;
  changelog: ChangelogService;
  insights: InsightsService;
  scorecard: ScorecardService;
  usage: UsageService;
  digests: DigestService;
  /** Where creates record their `Idempotency-Key`. */
  idempotency: IdempotentCreates;
  appLinks: AppLinks;
  publicFeed: boolean;
}): express.Router {
  const router = Router();
  router.use(jsonBody());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.use(requireCatalogPeople(options));
  router.use(createCatalogRouter(options));
  router.use(createRatingsRouter(options));
  router.use(createFeedbackRouter(options));
  router.use(createSurveysRouter(options));
  router.use(createRoadmapRouter(options));
  router.use(createResearchRouter(options));
  router.use(createChampionsRouter(options));
  router.use(createChangelogRouter(options));
  router.use(createInsightsRouter(options));
  router.use(createUsageRouter(options));
  router.use(createDigestRouter(options));

  return router;
}

/**
 * Parses JSON bodies up to 1 MB. A body that is not JSON (or whose top level is not an object or
 * an array) is an InputError like every other bad input; a body too large stays a 413.
 */
function jsonBody(): RequestHandler {
  const parse = express.json({ limit: '1mb' });
  return (req, res, next) =>
    parse(req, res, error => {
      if (error?.type === 'entity.parse.failed') {
        next(new InputError(`Invalid body: not valid JSON (${error.message})`));
      } else {
        next(error);
      }
    });
}
