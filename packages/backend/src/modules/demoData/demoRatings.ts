import { adoptersOf, DAY, DemoContext } from './DemoContext';
import { random } from './random';

/** How the example company feels about each tool: mean stars, by tool name. */
const MOOD: Record<string, number> = {
  'ci-pipelines': 4.2,
  deploy: 2.5,
  observability: 3.8,
  'secrets-api': 2.3,
  'db-provisioner': 3.1,
  'developer-portal': 4.4,
  'service-templates': 4.0,
  'feature-flags-api': 4.5,
  'event-streaming': 2.9,
};
const COMMENTS = [
  'Does the job, docs could be better.',
  'Saves us hours every week.',
  'Onboarding was painful, now it is fine.',
  'Too many manual steps.',
  'Great support from the platform team.',
  undefined,
  undefined,
];

/**
 * Members of adopting teams rate the tools (about 60 % of them), with ratings spread over the
 * last 90 days. People sign their ratings, except of the tools they are unhappy with, where
 * about half rate anonymously: enough anonymous ratings that the figures show (a figure with 1
 * to 4 anonymous ratings would be hidden). Returns how many ratings it wrote.
 */
export async function seedDemoRatings(context: DemoContext): Promise<number> {
  const store = context.stores.ratings;
  let count = 0;
  for (const tool of context.tools) {
    const rand = random(tool.ref);
    for (const userRef of adoptersOf(context, tool.ref)) {
      if (rand() > 0.6) continue;
      const mood = MOOD[tool.name] ?? 3.5;
      const stars = Math.min(
        5,
        Math.max(1, Math.round(mood + (rand() - 0.5) * 2.6)),
      );
      const draw = rand();
      const anonymous = mood < 3 && draw < 0.5;
      await store.set(
        {
          toolRef: tool.ref,
          raterKey: context.anonymity.raterKey(`tool:${tool.ref}`, userRef),
          userRef: anonymous ? undefined : userRef,
          teamRef: context.anonymity.sliceTeamOf(
            context.teams
              .filter(team => team.memberRefs.includes(userRef))
              .map(team => team.ref),
          ),
          stars,
          comment: COMMENTS[Math.floor(rand() * COMMENTS.length)],
        },
        new Date(context.now.getTime() - Math.floor(rand() * 90) * DAY),
      );
      count++;
    }
  }
  return count;
}
