import { PermissionsService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { insightsReadPermission } from 'backstage-plugin-platform-product-common';
import { InsightsService } from '../services/InsightsService';
import { authorize } from '../router/authorize';
import { ActionsBase, EXAMPLE_TOOL, personOf } from './caller';

/** `get-tool-health`: a tool's row of the Insights tab, under `insights.read`. */
export function registerInsightsActions({
  actionsRegistry,
  auth,
  insights,
  permissions,
}: ActionsBase & {
  insights: InsightsService;
  permissions: PermissionsService;
}) {
  actionsRegistry.register({
    name: 'get-tool-health',
    title: "Get a platform tool's health",
    description:
      "A platform tool's health: declared adoption (teams whose catalog entities depend on it) and active adoption (teams that used it in the last activeDays days, from usage events), the teams where the two disagree (declared but inactive: shelfware risk; active but undeclared: catalog drift), whether it is mandated (people must use it, so adoption is not choice), satisfaction (average rating, hidden below the minimum group size or while 1 to minimum − 1 of the ratings are anonymous), the latest NPS, open feedback, items in the Now lane, and the captive flag (high active adoption with low satisfaction: people may use it because they must).",
    examples: [
      {
        title: 'How is Secrets Manager doing?',
        input: { toolRef: EXAMPLE_TOOL },
      },
    ],
    visibilityPermission: insightsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object({ toolRef: z.string() }),
      output: z =>
        z.object({
          toolRef: z.string(),
          title: z.string(),
          adoption: z.object({
            adoptingTeams: z.number(),
            eligibleTeams: z.number(),
            rate: z.number(),
          }),
          activeAdoption: z.object({
            activeTeams: z.number(),
            eligibleTeams: z.number(),
            rate: z.number(),
          }),
          activeDays: z.number(),
          gap: z.object({
            declaredInactive: z.array(z.string()),
            activeUndeclared: z.array(z.string()),
          }),
          mandated: z.boolean(),
          satisfaction: z.object({
            ratings: z.number().nullable(),
            average: z.number().nullable(),
          }),
          nps: z
            .object({ title: z.string(), nps: z.number().nullable() })
            .optional(),
          openFeedback: z.number(),
          roadmapNow: z.number(),
          lastChangelogAt: z.string().optional(),
          captive: z.boolean(),
          minGroupSize: z.number(),
        }),
    },
    action: async ({ input, credentials }) => {
      const person = personOf(auth, credentials);
      await authorize(permissions, insightsReadPermission, person);
      const all = await insights.tools(person);
      const tool = all.tools.find(t => t.toolRef === input.toolRef);
      if (!tool) {
        throw new NotFoundError(`${input.toolRef} is not a platform tool`);
      }
      return {
        output: {
          toolRef: tool.toolRef,
          title: tool.title,
          adoption: tool.adoption,
          activeAdoption: tool.activeAdoption,
          activeDays: all.activeDays,
          gap: tool.gap,
          mandated: tool.mandated !== null,
          satisfaction: {
            ratings: tool.rating.count,
            average: tool.rating.average,
          },
          nps: tool.nps && { title: tool.nps.title, nps: tool.nps.nps },
          openFeedback: tool.openFeedback,
          roadmapNow: tool.roadmapNow,
          lastChangelogAt: tool.lastChangelogAt,
          captive: tool.captive,
          minGroupSize: all.minGroupSize,
        },
      };
    },
  });
}
