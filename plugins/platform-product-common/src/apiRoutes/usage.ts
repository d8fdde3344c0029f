import { usageIngestPermission } from '../permissions';
import { usageBatchSchema } from '../schemas';
import { UsageIngestResult } from '../types';
import { ApiRoute, responds } from './route';

/** The routes of the usage area, one part of `apiRoutes` (`./index.ts`). */
export const usageRoutes = {
  sendUsageEvents: {
    method: 'POST',
    path: '/usage/events',
    area: 'usage',
    summary:
      'Records a batch of up to 1,000 usage events (machines with a static token, or people).',
    auth: 'any',
    permission: usageIngestPermission,
    body: usageBatchSchema,
    response: responds<UsageIngestResult>(),
  },
} satisfies Record<string, ApiRoute>;
