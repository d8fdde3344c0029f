import { FeedbackKind } from 'backstage-plugin-platform-product-common';
import {
  adoptersOf,
  DAY,
  DemoContext,
  DemoStores,
  roadmapItemId,
} from './DemoContext';
import { pick, random } from './random';

interface DemoItem {
  tool: string;
  kind: FeedbackKind;
  title: string;
  body: string;
  daysAgo: number;
  votes: number;
  anonymous?: boolean;
  reply?: string;
  status?: Parameters<DemoStores['feedback']['changeStatus']>[2];
  /** Title of the demo roadmap item a planned item is linked to. */
  roadmap?: string;
  /** Title of an earlier item this one duplicates; it gets merged into it. */
  duplicateOf?: string;
}

const ITEMS: DemoItem[] = [
  {
    tool: 'ci-pipelines',
    kind: 'idea',
    title: 'Cache node_modules between pipeline runs',
    body: 'Every run spends **3–4 minutes** on `yarn install`. A shared cache keyed by the lockfile would cut our build time in half.',
    daysAgo: 41,
    votes: 14,
    reply:
      'Agreed, this is the biggest win we can make on build times. We are planning it for next quarter.',
    status: { status: 'planned' },
    roadmap: 'Cache dependencies between pipeline runs',
  },
  {
    tool: 'ci-pipelines',
    kind: 'feedback',
    title: 'Pipeline logs are cut off after 10,000 lines',
    body: 'Integration test output gets truncated, so the actual failure is never visible. We have to re-run locally.',
    daysAgo: 58,
    votes: 9,
    status: { status: 'shipped' },
    reply: 'Logs are now streamed to object storage and never truncated.',
  },
  {
    tool: 'ci-pipelines',
    kind: 'feedback',
    title: 'Automatic retries hide flaky tests',
    body: 'Retries make the pipeline green, but nobody sees which tests were flaky. Could retried tests be reported somewhere?',
    daysAgo: 12,
    votes: 6,
    status: { status: 'acknowledged' },
  },
  {
    tool: 'ci-pipelines',
    kind: 'idea',
    title: 'ARM runners for the mobile backends',
    body: 'Our services run on Graviton in production but we build and test on x86.',
    daysAgo: 3,
    votes: 2,
  },
  {
    tool: 'deploy',
    kind: 'feedback',
    title: 'Rollback takes ten minutes to show up',
    body: 'During the incident last Tuesday the rollback button stayed greyed out for ten minutes after the failed deploy.',
    daysAgo: 20,
    votes: 8,
    status: { status: 'planned' },
    roadmap: 'Instant rollback',
    reply:
      'Thanks for the detailed report. The rollback waits for the health check to time out; we will make it available immediately.',
  },
  {
    tool: 'deploy',
    kind: 'idea',
    title: 'Deploy freeze calendar',
    body: 'Block deploys automatically during the Black Friday freeze instead of relying on a Slack message.',
    daysAgo: 47,
    votes: 4,
    status: {
      status: 'declined',
      reason:
        'Change freezes are handled by the SRE change-management tool, which Deploy already respects. We documented how to add a freeze window there.',
    },
  },
  {
    tool: 'deploy',
    kind: 'idea',
    title: 'Canary deploys with automatic analysis',
    body: 'Roll out to 5 % of traffic, compare error rates with the baseline, then continue or roll back automatically.',
    daysAgo: 9,
    votes: 5,
  },
  {
    tool: 'observability',
    kind: 'idea',
    title: 'Generate a dashboard per service from the catalog',
    body: 'Every service should get a default dashboard (latency, errors, saturation) without anyone building it by hand.',
    daysAgo: 30,
    votes: 7,
    status: { status: 'acknowledged' },
  },
  {
    tool: 'observability',
    kind: 'feedback',
    title: 'Seven days of log retention is too short',
    body: 'Payment disputes arrive weeks later and we cannot find the logs anymore.',
    daysAgo: 6,
    votes: 3,
    anonymous: true,
  },
  {
    tool: 'secrets-api',
    kind: 'feedback',
    title: 'Secret rotation restarts running pods',
    body: 'When a database password rotates, every pod using it restarts at the same time. Checkout had a 40-second outage because of it.',
    daysAgo: 26,
    votes: 11,
    status: { status: 'planned' },
    roadmap: 'Rolling restarts on secret rotation',
    reply:
      'We are moving to rolling restarts with a grace period. Sorry for the outage.',
  },
  {
    tool: 'secrets-api',
    kind: 'idea',
    title: 'Create secrets without opening a ticket',
    body: 'Requesting a new secret takes two days via the security queue. A self-service flow with approval would be enough.',
    daysAgo: 35,
    votes: 12,
  },
  {
    tool: 'secrets-api',
    kind: 'idea',
    title: 'Self-service secrets',
    body: 'Let teams create their own secrets.',
    daysAgo: 15,
    votes: 4,
    duplicateOf: 'Create secrets without opening a ticket',
  },
  {
    tool: 'secrets-api',
    kind: 'feedback',
    title: 'How do I read secrets in local development?',
    body: 'The docs only cover Kubernetes. We ended up copying values by hand.',
    daysAgo: 50,
    votes: 5,
    anonymous: true,
    status: { status: 'shipped' },
  },
  {
    tool: 'db-provisioner',
    kind: 'feedback',
    title: 'Provisioning a Postgres database takes a day',
    body: 'The request waits for a manual approval even for development databases.',
    daysAgo: 18,
    votes: 6,
    status: { status: 'acknowledged' },
  },
  {
    tool: 'db-provisioner',
    kind: 'idea',
    title: 'Read replicas on demand',
    body: 'Search needs a read replica for reindexing jobs, only a few hours a week.',
    daysAgo: 4,
    votes: 1,
  },
  {
    tool: 'developer-portal',
    kind: 'feedback',
    title: 'Search does not find API docs',
    body: 'Searching for an endpoint name returns nothing, even though it is in the OpenAPI spec.',
    daysAgo: 8,
    votes: 2,
  },
  {
    tool: 'service-templates',
    kind: 'idea',
    title: 'A template for Kotlin services',
    body: 'Android engineers want to write backend services in Kotlin too.',
    daysAgo: 22,
    votes: 3,
    status: { status: 'planned' },
  },
  {
    tool: 'feature-flags-api',
    kind: 'idea',
    title: 'Remind owners about stale flags',
    body: 'Flags fully rolled out for 30 days should open a cleanup reminder.',
    daysAgo: 11,
    votes: 4,
  },
  {
    tool: 'event-streaming',
    kind: 'feedback',
    title: 'Schema registry errors are cryptic',
    body: '`Incompatible schema: 409` does not say which field broke compatibility.',
    daysAgo: 5,
    votes: 6,
  },
  {
    tool: 'event-streaming',
    kind: 'idea',
    title: 'Create topics through a pull request',
    body: 'Topic definitions in the service repository, applied on merge.',
    daysAgo: 27,
    votes: 5,
    status: { status: 'acknowledged' },
  },
];

/**
 * Feedback and ideas from people of adopting teams, +1'd by their colleagues, triaged and
 * answered by the platform team. Returns how many items it wrote.
 */
export async function seedDemoFeedback(context: DemoContext): Promise<number> {
  const store = context.stores.feedback;
  const maintainers =
    context.teams.find(t => t.ref === 'group:default/platform')?.memberRefs ??
    [];
  const ids = new Map<string, number>();
  for (const item of ITEMS) {
    const tool = context.tools.find(t => t.name === item.tool);
    const people = tool && adoptersOf(context, tool.ref);
    if (!tool || !people?.length) continue;
    const rand = random(item.title);
    const [author, ...voters] = pick(people, item.votes + 1, rand);
    const created = new Date(context.now.getTime() - item.daysAgo * DAY);
    const later = (days: number) => new Date(created.getTime() + days * DAY);
    const id = await store.create(
      {
        toolRef: tool.ref,
        kind: item.kind,
        title: item.title,
        body: item.body,
        ...context.anonymity.authorKey(author),
        authorRef: item.anonymous ? undefined : author,
      },
      created,
    );
    ids.set(item.title, id);
    for (const voter of voters) await store.vote(id, voter, later(1));
    const maintainer = pick(maintainers, 1, rand)[0];
    if (!maintainer) continue;
    if (item.reply) {
      await store.reply(
        id,
        { ref: maintainer, role: 'maintainer' },
        item.reply,
        later(2),
      );
    }
    if (item.status?.status === 'shipped') {
      await store.changeStatus(
        id,
        'new',
        { status: 'planned' },
        maintainer,
        later(2),
      );
      await store.changeStatus(
        id,
        'planned',
        item.status,
        maintainer,
        later(9),
      );
    } else if (item.status) {
      const roadmapItemIdOf =
        item.roadmap && (await roadmapItemId(context, item.roadmap));
      await store.changeStatus(
        id,
        'new',
        { ...item.status, roadmapItemId: roadmapItemIdOf || undefined },
        maintainer,
        later(2),
      );
    }
    const original = item.duplicateOf && ids.get(item.duplicateOf);
    if (original) {
      await store.merge(id, original, maintainer, later(1));
    }
  }
  return ids.size;
}
