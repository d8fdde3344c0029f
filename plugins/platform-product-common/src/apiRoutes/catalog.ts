import { adoptionQuerySchema, entityPathSchema } from '../schemas';
import { PermissionSetup, Team, Tool, ToolAdoption, Viewer } from '../types';
import { ApiRoute, responds } from './route';

/** The routes of the catalog area, one part of `apiRoutes` (`./index.ts`). */
export const catalogRoutes = {
  getHealth: {
    method: 'GET',
    path: '/health',
    area: 'catalog',
    summary: 'Whether the plugin is up.',
    auth: 'none',
    response: responds<{ status: 'ok' }>(),
  },
  listTeams: {
    method: 'GET',
    path: '/teams',
    area: 'catalog',
    summary: 'The eligible teams with member counts.',
    auth: 'any',
    response: responds<{ items: Team[] }>(),
  },
  listTools: {
    method: 'GET',
    path: '/tools',
    area: 'catalog',
    summary: 'The platform tools.',
    auth: 'any',
    response: responds<{ items: Tool[] }>(),
  },
  getTool: {
    method: 'GET',
    path: '/tools/:kind/:namespace/:name',
    area: 'catalog',
    summary: 'One tool; 404 when the entity is not a platform tool.',
    auth: 'any',
    params: entityPathSchema,
    response: responds<Tool>(),
  },
  getAdoption: {
    method: 'GET',
    path: '/adoption',
    area: 'catalog',
    summary: 'Adoption per tool, optionally of some tools.',
    auth: 'any',
    query: adoptionQuerySchema,
    response: responds<{ items: ToolAdoption[] }>(),
  },
  getViewer: {
    method: 'GET',
    path: '/me',
    area: 'catalog',
    summary: "The signed-in person's ref and teams.",
    auth: 'user',
    response: responds<Viewer>(),
  },
  getPermissionSetup: {
    method: 'GET',
    path: '/permissions/setup',
    area: 'catalog',
    summary:
      "Whether the portal's permission policy makes everyone a maintainer.",
    auth: 'user',
    response: responds<PermissionSetup>(),
  },
} satisfies Record<string, ApiRoute>;
