import {
  feedbackCreatePermission,
  feedbackTriagePermission,
} from '../permissions';
import {
  ratingCommentsQuerySchema,
  ratingInputSchema,
  ratingPromptDismissSchema,
  ratingPromptQuerySchema,
  toolQuerySchema,
} from '../schemas';
import { Page, RatingComment, RatingPrompt, RatingSummary } from '../types';
import { ApiRoute, responds } from './route';

/** The routes of the ratings area, one part of `apiRoutes` (`./index.ts`). */
export const ratingsRoutes = {
  getRatingSummary: {
    method: 'GET',
    path: '/ratings',
    area: 'ratings',
    summary: "A tool's rating summary and the caller's rating.",
    auth: 'any',
    query: toolQuerySchema,
    response: responds<RatingSummary>(),
  },
  setRating: {
    method: 'PUT',
    path: '/ratings',
    area: 'ratings',
    summary: "Sets or replaces the caller's rating of a tool.",
    auth: 'user',
    permission: feedbackCreatePermission,
    body: ratingInputSchema,
    response: responds<RatingSummary>(),
  },
  withdrawRating: {
    method: 'DELETE',
    path: '/ratings',
    area: 'ratings',
    summary: "Withdraws the caller's rating of a tool.",
    auth: 'user',
    permission: feedbackCreatePermission,
    query: toolQuerySchema,
    status: 204,
  },
  listRatingComments: {
    method: 'GET',
    path: '/ratings/comments',
    area: 'ratings',
    summary:
      "A tool's rating comments, paged by cursor (raters' names with feedback.read-identities); 409 below the minimum group size.",
    auth: 'user',
    permission: feedbackTriagePermission,
    query: ratingCommentsQuerySchema,
    response: responds<Page<RatingComment>>(),
  },
  getRatingPrompt: {
    method: 'GET',
    path: '/ratings/prompt',
    area: 'ratings',
    summary: 'The tool the caller may be asked to rate, if any.',
    auth: 'user',
    query: ratingPromptQuerySchema,
    response: responds<{ prompt: RatingPrompt | null }>(),
  },
  dismissRatingPrompt: {
    method: 'POST',
    path: '/ratings/prompt/dismiss',
    area: 'ratings',
    summary: 'Stops asking the caller to rate a tool.',
    auth: 'user',
    permission: feedbackCreatePermission,
    body: ratingPromptDismissSchema,
    status: 204,
  },
} satisfies Record<string, ApiRoute>;
