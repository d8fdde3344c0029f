import { ChangelogCategory } from 'backstage-plugin-platform-product-common';
import { DAY, DemoContext, roadmapItemId } from './DemoContext';

interface DemoEntry {
  title: string;
  category: ChangelogCategory;
  tools: string[];
  daysAgo: number;
  body: string;
  before?: string;
  after?: string;
  /** Title of the demo roadmap item it ships. */
  ships?: string;
  earlyAccess?: boolean;
  /** Still a draft, or scheduled this many days ahead. */
  draft?: boolean;
  scheduledInDays?: number;
}

const ENTRIES: DemoEntry[] = [
  {
    title: 'Pipeline logs are no longer truncated',
    category: 'fixed',
    tools: ['ci-pipelines'],
    daysAgo: 14,
    body: 'Logs are streamed to object storage while the job runs, so even very long integration test runs keep every line. Open **View full log** on any job.',
    ships: 'Unlimited pipeline logs',
  },
  {
    title: 'Read secrets on your laptop with `nw secrets`',
    category: 'new',
    tools: ['secrets-api'],
    daysAgo: 12,
    body: 'The new `nw secrets` CLI reads development secrets with your SSO login. See the Secrets Manager docs for setup.',
    before: 'Copy values from the vault UI into `.env` by hand.',
    after: '```sh\nnw secrets pull --env dev > .env\n```',
    ships: 'Local development secrets',
  },
  {
    title: 'Deploy API v1 is deprecated',
    category: 'deprecated',
    tools: ['deploy'],
    daysAgo: 9,
    body: 'Deploy API v1 will stop accepting requests on **31 March**. Move to v2: the request body is the same, only the path changes.',
    before: '```http\nPOST /v1/deployments\n```',
    after: '```http\nPOST /v2/deployments\n```',
  },
  {
    title: 'Faster metric queries',
    category: 'improved',
    tools: ['observability'],
    daysAgo: 7,
    body: 'Dashboards over 30 days now load in about a second thanks to downsampled long-term storage.',
  },
  {
    title: 'Kafka topic names must follow the domain convention',
    category: 'breaking',
    tools: ['event-streaming'],
    daysAgo: 4,
    body: 'New topics must be named `<domain>.<entity>.<event>`. Existing topics keep working; creating a topic with another name now fails with a clear error.',
  },
  {
    title: 'Feature flags: targeting by team',
    category: 'new',
    tools: ['feature-flags-api'],
    daysAgo: 2,
    body: 'Roll a flag out to the teams you choose, straight from the catalog.',
  },
  {
    title: 'Preview: instant rollback',
    category: 'new',
    tools: ['deploy'],
    daysAgo: 1,
    body: 'Champions: try the new instant rollback in the staging cluster and tell us what you think before it reaches everyone.',
    earlyAccess: true,
  },
  {
    title: 'Database provisioning without approval for development',
    category: 'improved',
    tools: ['db-provisioner'],
    daysAgo: 0,
    body: 'Development databases are ready in minutes; production still needs an approval.',
    scheduledInDays: 3,
  },
  {
    title: 'Service templates: Kotlin',
    category: 'new',
    tools: ['service-templates'],
    daysAgo: 0,
    body: 'Draft — waiting for the template to pass review.',
    draft: true,
  },
];

/**
 * The platform team's recent changelog: published entries over two weeks in every category,
 * some shipping roadmap items, one for champions only, one scheduled and one draft. Demo
 * entries queue no notifications. Returns how many entries it wrote.
 */
export async function seedDemoChangelog(context: DemoContext): Promise<number> {
  const store = context.stores.changelog;
  const roadmap = context.stores.roadmap;
  const author = 'user:default/sven.eriksen';
  const at = (days: number) => new Date(context.now.getTime() + days * DAY);
  let count = 0;
  for (const demo of ENTRIES) {
    const toolRefs = context.tools
      .filter(t => demo.tools.includes(t.name))
      .map(t => t.ref);
    const shippedId = demo.ships
      ? await roadmapItemId(context, demo.ships)
      : undefined;
    const id = await store.create(
      {
        title: demo.title,
        body: demo.body,
        category: demo.category,
        before: demo.before,
        after: demo.after,
        toolRefs,
        roadmapItemIds: shippedId !== undefined ? [shippedId] : [],
        earlyAccess: !!demo.earlyAccess,
        publishAt:
          demo.scheduledInDays === undefined
            ? undefined
            : at(demo.scheduledInDays),
      },
      demo.scheduledInDays === undefined ? 'draft' : 'scheduled',
      author,
      at(-demo.daysAgo - 1),
    );
    if (!demo.draft && demo.scheduledInDays === undefined) {
      await store.publish(id, [], author, at(-demo.daysAgo));
      if (shippedId !== undefined) {
        await roadmap.shipByChangelog(
          [shippedId],
          id,
          author,
          at(-demo.daysAgo),
        );
      }
    }
    count++;
  }
  return count;
}
