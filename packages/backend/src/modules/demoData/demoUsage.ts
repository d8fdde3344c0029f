import { adoptersOf, DAY, DemoContext } from './DemoContext';
import { random } from './random';

/** What using each tool is called in its events, by tool name. */
const ACTION: Record<string, string> = {
  'ci-pipelines': 'pipeline-run',
  deploy: 'deploy',
  observability: 'dashboard-view',
  'secrets-api': 'secret-read',
  'db-provisioner': 'database-create',
  'developer-portal': 'docs-read',
  'service-templates': 'template-run',
  'feature-flags-api': 'flag-evaluate',
  'event-streaming': 'topic-publish',
};

/** Declared but inactive: the catalog says these teams use the tool; its events say no. */
const SHELFWARE = new Set([
  'system:default/deploy group:default/storefront',
  'api:default/feature-flags-api group:default/mobile-ios',
]);

/** Active but undeclared: Alex Morgan's team, Storefront, uses a tool its catalog does not say. */
const DRIFT = {
  toolName: 'secrets-api',
  teamRef: 'group:default/storefront',
};
const ALEX = 'user:default/alex.morgan';

/**
 * Four weeks of usage events: most people of the adopting teams use their tools on some days
 * (some teams not at all: shelfware), Storefront uses the secrets API without declaring it,
 * and Alex Morgan, the demo's default person, used them today, so the invitation to rate shows.
 */
export async function seedDemoUsage(context: DemoContext): Promise<number> {
  const events = context.tools.flatMap(tool => {
    const rand = random(`usage ${tool.ref}`);
    const adopting = new Set(
      context.adoption.find(a => a.toolRef === tool.ref)?.teamRefs,
    );
    const users = adoptersOf(context, tool.ref).filter(userRef =>
      context.teams.some(
        team =>
          team.memberRefs.includes(userRef) &&
          adopting.has(team.ref) &&
          !SHELFWARE.has(`${tool.ref} ${team.ref}`),
      ),
    );
    if (tool.name === DRIFT.toolName) {
      users.push(
        ...(context.teams.find(t => t.ref === DRIFT.teamRef)?.memberRefs ?? []),
      );
    }
    return [...new Set(users)]
      .filter(userRef => userRef === ALEX || rand() < 0.75)
      .flatMap(userRef =>
        daysOfUse(userRef === ALEX ? 4 : 2 + Math.floor(rand() * 12), rand).map(
          (daysAgo, i) => ({
            toolRef: tool.ref,
            eventId: `demo-${userRef}-${i}`,
            teamRef: teamOf(context, userRef, adopting, tool.name),
            personKey: context.anonymity.raterKey('usage', userRef),
            action: ACTION[tool.name] ?? 'use',
            occurredAt: new Date(context.now.getTime() - daysAgo * DAY - 1000),
            count: 1 + Math.floor(rand() * 5),
          }),
        ),
      );
  });
  let accepted = 0;
  for (let i = 0; i < events.length; i += 500) {
    accepted += await context.stores.usage.insert(
      events.slice(i, i + 500),
      context.now,
    );
  }
  // Rolled up now rather than at the job's next run: the views have content on first start.
  await context.stores.usage.rollUp();
  return accepted;
}

/** `count` distinct days in the last four weeks, today first. */
function daysOfUse(count: number, rand: () => number): number[] {
  const days = new Set([0]);
  while (days.size < count) days.add(Math.floor(rand() * 28));
  return [...days];
}

/** The team a use counts for: the person's adopting team (or the drifting team), else their first. */
function teamOf(
  context: DemoContext,
  userRef: string,
  adopting: Set<string>,
  toolName: string,
): string {
  const teams = context.teams.filter(t => t.memberRefs.includes(userRef));
  const counted =
    teams.find(t => adopting.has(t.ref)) ??
    (toolName === DRIFT.toolName
      ? teams.find(t => t.ref === DRIFT.teamRef)
      : undefined) ??
    teams[0];
  return counted?.ref ?? '';
}
