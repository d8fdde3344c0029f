import { researchWritePermission } from '../permissions';
import {
  idPathSchema,
  keysetPageQuerySchema,
  researchNoteInputSchema,
  researchNoteUpdateSchema,
  researchQuerySchema,
} from '../schemas';
import {
  CursorPage,
  Page,
  ResearchNote,
  ResearchNoteSummary,
  ResearchSearchDocument,
} from '../types';
import { ApiRoute, responds } from './route';

/** The routes of the research area, one part of `apiRoutes` (`./index.ts`). */
export const researchRoutes = {
  listResearchNotes: {
    method: 'GET',
    path: '/research',
    area: 'research',
    summary:
      "Research notes, paged by cursor: all with research.read, else the caller's own with research.contribute.",
    auth: 'user',
    query: researchQuerySchema,
    response: responds<Page<ResearchNoteSummary>>(),
  },
  listResearchSearchDocuments: {
    method: 'GET',
    path: '/research/search-documents',
    area: 'research',
    summary:
      "Every note's text for the search index; only the search backend's collator (plugin:search).",
    auth: 'service',
    query: keysetPageQuerySchema.pick({ cursor: true }),
    response: responds<CursorPage<ResearchSearchDocument>>(),
  },
  getResearchNote: {
    method: 'GET',
    path: '/research/:id',
    area: 'research',
    summary:
      'One research note (research.read, or research.contribute for its author).',
    auth: 'user',
    params: idPathSchema,
    response: responds<ResearchNote>(),
  },
  createResearchNote: {
    method: 'POST',
    path: '/research',
    area: 'research',
    summary: 'Logs a research note (research.write or research.contribute).',
    auth: 'user',
    body: researchNoteInputSchema,
    status: 201,
    idempotent: true,
    response: responds<ResearchNote>(),
  },
  updateResearchNote: {
    method: 'PUT',
    path: '/research/:id',
    area: 'research',
    summary:
      'Edits a research note (research.write, or research.contribute for its author).',
    auth: 'user',
    params: idPathSchema,
    body: researchNoteUpdateSchema,
    response: responds<ResearchNote>(),
  },
  deleteResearchNote: {
    method: 'DELETE',
    path: '/research/:id',
    area: 'research',
    summary: 'Deletes a research note and its quotes.',
    auth: 'user',
    permission: researchWritePermission,
    params: idPathSchema,
    status: 204,
  },
} satisfies Record<string, ApiRoute>;
