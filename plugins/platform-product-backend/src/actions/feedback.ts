import {
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackKinds,
  ratingInputSchema,
} from 'backstage-plugin-platform-product-common';
import { FeedbackService } from '../services/FeedbackService';
import { RatingsService } from '../services/RatingsService';
import { withoutKey } from '../router/idempotency';
import { parseInput } from '../router/validation';
import {
  feedbackAccessOf,
  sendFeedback,
  setRating,
  WriteDeps,
} from '../router/writes';
import { ActionsBase, EXAMPLE_TOOL, writerOf } from './caller';

/**
 * `submit-tool-feedback` and `rate-tool`: the routes' writes, which may be anonymous; their
 * outputs name nobody.
 */
export function registerFeedbackActions(
  deps: ActionsBase &
    WriteDeps & { feedback: FeedbackService; ratings: RatingsService },
) {
  const { actionsRegistry, permissions } = deps;

  actionsRegistry.register({
    name: 'submit-tool-feedback',
    title: 'Send feedback or an idea about a platform tool',
    description:
      'Sends feedback or an idea about a tool to its maintainers, as the calling person. With anonymous: true nobody, maintainers included, can see who sent it. Returns the new item.',
    examples: [
      {
        title: 'Report a pain point',
        input: {
          toolRef: EXAMPLE_TOOL,
          kind: 'feedback',
          title: 'Rotation needs a restart',
          body: 'Rotating a secret restarts every pod at once.',
          anonymous: false,
        },
      },
    ],
    visibilityPermission: feedbackCreatePermission,
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          toolRef: z.string(),
          kind: z.enum(feedbackKinds).optional(),
          title: z.string().describe('One line, at most 200 characters'),
          body: z.string().optional().describe('Markdown'),
          anonymous: z.boolean().optional(),
        }),
      output: z =>
        z.object({ id: z.number(), status: z.string(), link: z.string() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(feedbackInputSchema, input, 'body');
      const person = await writerOf(deps, credentials);
      const item = await sendFeedback(deps, parsed, {
        credentials: person,
        access: await feedbackAccessOf(permissions, person),
        create: withoutKey,
      });
      return {
        output: {
          id: item.id,
          status: item.status,
          link: deps.appLinks.page('feedback', item.id),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'rate-tool',
    title: 'Rate a platform tool',
    description:
      "Sets the calling person's rating of a tool, 1 to 5 stars, with an optional comment; a second call replaces it. With anonymous: true the rating is not linked to the person.",
    examples: [
      {
        title: 'Four stars for Secrets Manager',
        input: { toolRef: EXAMPLE_TOOL, stars: 4, anonymous: true },
      },
    ],
    visibilityPermission: feedbackCreatePermission,
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          toolRef: z.string(),
          stars: z.number().int().min(1).max(5),
          comment: z.string().optional(),
          anonymous: z.boolean().optional(),
        }),
      output: z => z.object({ toolRef: z.string(), stars: z.number() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(ratingInputSchema, input, 'body');
      await setRating(deps, parsed, {
        credentials: await writerOf(deps, credentials),
      });
      return { output: { toolRef: parsed.toolRef, stars: parsed.stars } };
    },
  });
}
