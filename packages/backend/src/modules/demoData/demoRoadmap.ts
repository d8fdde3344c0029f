import {
  RoadmapLane,
  riceScore,
} from 'backstage-plugin-platform-product-common';
import { adoptersOf, DAY, DemoContext, DemoStores } from './DemoContext';
import { pick, random } from './random';

const PLATFORM = 'group:default/platform';

interface DemoItem {
  title: string;
  description: string;
  lane: RoadmapLane;
  /** Lanes it went through before `lane`, oldest first. */
  path?: RoadmapLane[];
  owner?: string;
  tools: string[];
  requesting?: string[];
  reach?: number;
  impact: number;
  confidence: number;
  effort: number;
  votes: number;
  earlyAccess?: boolean;
  shipped?: boolean;
  killed?: string;
  /** Index of the impact (in IMPACT_MAP order) the item delivers. */
  deliversImpact?: number;
  criteria?: { metric: string; target: string; reviewInDays: number }[];
}

const ITEMS: DemoItem[] = [
  {
    title: 'Cache dependencies between pipeline runs',
    description:
      'Restore `node_modules`, Gradle and Go module caches keyed by the lockfile, so that most runs skip the install step.',
    lane: 'now',
    path: ['next'],
    tools: ['ci-pipelines'],
    impact: 2,
    confidence: 0.8,
    effort: 2,
    votes: 16,
    deliversImpact: 0,
    criteria: [
      {
        metric: 'Median pipeline duration',
        target: 'under 6 minutes',
        reviewInDays: 45,
      },
    ],
  },
  {
    title: 'Instant rollback',
    description:
      'Make the previous release available for rollback as soon as a deploy fails its health check.',
    lane: 'now',
    tools: ['deploy'],
    requesting: ['checkout', 'payments-core'],
    impact: 2,
    confidence: 1,
    effort: 1,
    votes: 9,
    deliversImpact: 1,
  },
  {
    title: 'Rolling restarts on secret rotation',
    description:
      'Rotate database credentials without restarting every pod at once: a rolling restart with a grace period.',
    lane: 'now',
    owner: 'group:default/security',
    tools: ['secrets-api'],
    requesting: ['checkout'],
    impact: 3,
    confidence: 0.8,
    effort: 2,
    votes: 11,
  },
  {
    title: 'Self-service secrets with approval',
    description:
      'Create secrets from the portal; the security team approves in the same flow instead of a ticket.',
    lane: 'next',
    owner: 'group:default/security',
    tools: ['secrets-api', 'developer-portal'],
    impact: 2,
    confidence: 0.8,
    effort: 3,
    votes: 14,
    earlyAccess: true,
    deliversImpact: 1,
  },
  {
    title: 'Development databases in minutes',
    description:
      'Skip the manual approval for development databases; keep it for production.',
    lane: 'next',
    tools: ['db-provisioner'],
    requesting: ['search'],
    impact: 2,
    confidence: 0.5,
    effort: 2,
    votes: 6,
    deliversImpact: 2,
  },
  {
    title: 'Canary deploys with automatic analysis',
    description:
      'Send 5 % of traffic to the new version, compare error rates and latency with the baseline, then continue or roll back.',
    lane: 'later',
    tools: ['deploy', 'observability'],
    impact: 2,
    confidence: 0.5,
    effort: 5,
    votes: 5,
    earlyAccess: true,
  },
  {
    title: 'A dashboard per service from the catalog',
    description:
      'Latency, errors and saturation for every service, without building dashboards by hand.',
    lane: 'later',
    tools: ['observability', 'developer-portal'],
    impact: 1,
    confidence: 0.8,
    effort: 3,
    votes: 7,
  },
  {
    title: 'Topics as code',
    description:
      'Declare Kafka topics next to the service and apply them on merge.',
    lane: 'exploring',
    tools: ['event-streaming'],
    impact: 1,
    confidence: 0.5,
    effort: 4,
    votes: 4,
  },
  {
    title: 'Kotlin service template',
    description:
      'A template for JVM services in Kotlin, with CI, deploy and observability wired in.',
    lane: 'exploring',
    tools: ['service-templates'],
    requesting: ['mobile-android'],
    impact: 0.5,
    confidence: 0.8,
    effort: 1,
    votes: 3,
    deliversImpact: 2,
  },
  {
    title: 'Unlimited pipeline logs',
    description: 'Stream logs to object storage so they are never truncated.',
    lane: 'now',
    path: ['next'],
    tools: ['ci-pipelines'],
    impact: 1,
    confidence: 1,
    effort: 1,
    votes: 9,
    shipped: true,
    criteria: [
      {
        metric: 'Support tickets about missing logs',
        target: 'none for a month',
        reviewInDays: -10,
      },
    ],
  },
  {
    title: 'Local development secrets',
    description:
      'A CLI to read development secrets on a laptop, documented in the portal.',
    lane: 'now',
    owner: 'group:default/security',
    tools: ['secrets-api'],
    impact: 0.5,
    confidence: 1,
    effort: 0.5,
    votes: 5,
    shipped: true,
  },
  {
    title: 'Deploy freeze calendar',
    description:
      'Block deploys during freeze windows from a calendar in the portal.',
    lane: 'later',
    tools: ['deploy'],
    impact: 0.5,
    confidence: 0.5,
    effort: 2,
    votes: 4,
    killed:
      'The SRE change-management tool already owns freeze windows and Deploy respects them; a second calendar would drift.',
  },
  {
    title: 'Self-hosted feature flag UI',
    description: 'Replace the vendor UI of feature flags with our own.',
    lane: 'exploring',
    tools: ['feature-flags-api'],
    impact: 0.25,
    confidence: 0.5,
    effort: 6,
    votes: 1,
    killed:
      'Developers rate the vendor UI 4.5 of 5; rebuilding it would cost six person-months for almost no gain.',
  },
];

/** Goal → actors → impacts; items refer to impacts by index in this flattened order. */
const IMPACT_MAP = {
  goal: 'Halve the time from idea to production',
  description:
    'Measured as the median days from first commit to first production deploy.',
  actors: [
    {
      team: 'group:default/checkout',
      impacts: ['Ship a change without waiting for CI'],
    },
    {
      team: 'group:default/payments-core',
      impacts: ['Deploy on Fridays without fear'],
    },
    {
      persona: 'New joiners',
      impacts: ['First production deploy in the first week'],
    },
  ],
};

/**
 * The platform team's roadmap for the example company: items in every lane, shipped and killed
 * ones, votes from people of adopting teams, lane moves, success criteria and an impact map.
 * Returns how many items it wrote.
 */
export async function seedDemoRoadmap(context: DemoContext): Promise<number> {
  const store = context.stores.roadmap;
  const at = (days: number) => new Date(context.now.getTime() + days * DAY);
  const impactIds = await seedImpactMap(context.stores.impactMap, context.now);
  const maintainers =
    context.teams.find(t => t.ref === PLATFORM)?.memberRefs ?? [];
  let count = 0;
  for (const demo of ITEMS) {
    const tools = context.tools.filter(t => demo.tools.includes(t.name));
    if (!tools.length) continue;
    const rand = random(demo.title);
    const actor = pick(maintainers, 1, rand)[0] ?? 'user:default/sven.eriksen';
    const people = [
      ...new Set(tools.flatMap(tool => adoptersOf(context, tool.ref))),
    ];
    const rice = {
      reach: demo.reach ?? people.length,
      impact: demo.impact,
      confidence: demo.confidence,
      effort: demo.effort,
    };
    const [first, ...later] = [...(demo.path ?? []), demo.lane];
    const id = await store.create(
      {
        title: demo.title,
        description: demo.description,
        lane: first,
        ownerRef: demo.owner ?? PLATFORM,
        toolRefs: tools.map(t => t.ref),
        requestingTeamRefs: (demo.requesting ?? []).map(
          name => `group:default/${name}`,
        ),
        ...rice,
        reachSource: demo.reach ? 'manual' : 'catalog',
        riceScore: riceScore(rice),
        earlyAccess: demo.earlyAccess ?? false,
        impactId:
          demo.deliversImpact === undefined
            ? undefined
            : impactIds[demo.deliversImpact],
        criteria: (demo.criteria ?? []).map(c => ({
          metric: c.metric,
          target: c.target,
          reviewDate: at(c.reviewInDays),
        })),
      },
      actor,
      at(-60),
    );
    let version = 1;
    for (const [step, lane] of later.entries()) {
      await store.move(id, version++, lane, actor, at(-40 + step * 10));
    }
    for (const voter of pick(people, demo.votes, rand)) {
      const teamRefs = context.teams
        .filter(t => t.memberRefs.includes(voter))
        .map(t => t.ref);
      await store.vote(id, voter, teamRefs, at(-30));
    }
    if (demo.shipped) await store.ship(id, version, [], actor, at(-14));
    if (demo.killed) await store.kill(id, version, demo.killed, actor, at(-20));
    count++;
  }
  return count;
}

async function seedImpactMap(store: DemoStores['impactMap'], now: Date) {
  const goal = await store.createGoal(
    { title: IMPACT_MAP.goal, description: IMPACT_MAP.description },
    now,
  );
  const impactIds: number[] = [];
  for (const actor of IMPACT_MAP.actors) {
    const actorId = await store.addActor(goal, {
      teamRef: actor.team,
      persona: actor.persona,
    });
    for (const title of actor.impacts) {
      impactIds.push(await store.addImpact(actorId, title));
    }
  }
  return impactIds;
}
