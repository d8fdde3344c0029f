import { digestPreviewPermission } from '../permissions';
import {
  digestPreviewQuerySchema,
  digestSettingsInputSchema,
} from '../schemas';
import { Digest, DigestSettings } from '../types';
import { ApiRoute, responds } from './route';

/** The routes of the digest area, one part of `apiRoutes` (`./index.ts`). */
export const digestRoutes = {
  getDigestSettings: {
    method: 'GET',
    path: '/digest/settings',
    area: 'digest',
    summary: "The caller's weekly digest preference.",
    auth: 'user',
    response: responds<DigestSettings>(),
  },
  setDigestSettings: {
    method: 'PUT',
    path: '/digest/settings',
    area: 'digest',
    summary: "Sets the caller's weekly digest preference.",
    auth: 'user',
    body: digestSettingsInputSchema,
    response: responds<DigestSettings>(),
  },
  previewDigest: {
    method: 'GET',
    path: '/digest/preview',
    area: 'digest',
    summary: "Anyone's next weekly digest.",
    auth: 'user',
    permission: digestPreviewPermission,
    query: digestPreviewQuerySchema,
    response: responds<Digest>(),
  },
} satisfies Record<string, ApiRoute>;
