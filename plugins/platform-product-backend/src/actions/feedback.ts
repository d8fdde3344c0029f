import {
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackKinds,
  ratingInputSchema,
} from 'backstage-plugin-platform-product-common';
import { InputError } from '@backstage/errors';
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

/** Kept in the inputs so that `anonymous: true` is refused, not dropped and written named. */
const NOT_ANONYMOUS =
  'Only false: actions write named; anonymous is for the portal';

/**
 * `submit-tool-feedback` and `rate-tool`: the routes' writes, always named. Not anonymous: the
 * server that calls an action records its caller next to the action's name (the MCP server
 * audits every tool call with its caller), which our anonymous audit event would meet by time.
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
      'Sends feedback or an idea about a tool to its maintainers, named as the calling person. Returns the new item. Anonymous feedback is sent from the portal only.',
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
          anonymous: z.boolean().optional().describe(NOT_ANONYMOUS),
        }),
      output: z =>
        z.object({ id: z.number(), status: z.string(), link: z.string() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(
        feedbackInputSchema,
        refuseAnonymous(input),
        'body',
      );
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
      "Sets the calling person's rating of a tool, 1 to 5 stars, with an optional comment, named; a second call replaces it. Anonymous ratings are given from the portal only.",
    examples: [
      {
        title: 'Four stars for Secrets Manager',
        input: {
          toolRef: EXAMPLE_TOOL,
          stars: 4,
          comment: 'Rotation got easy',
        },
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
          anonymous: z.boolean().optional().describe(NOT_ANONYMOUS),
        }),
      output: z => z.object({ toolRef: z.string(), stars: z.number() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(
        ratingInputSchema,
        refuseAnonymous(input),
        'body',
      );
      await setRating(deps, parsed, {
        credentials: await writerOf(deps, credentials),
      });
      return { output: { toolRef: parsed.toolRef, stars: parsed.stars } };
    },
  });
}

function refuseAnonymous<T extends { anonymous?: boolean }>(input: T): T {
  if (input.anonymous) {
    throw new InputError(
      'anonymous: not offered through actions, whose callers are recorded by the server that runs them; give anonymous feedback and ratings in the portal',
    );
  }
  return input;
}
