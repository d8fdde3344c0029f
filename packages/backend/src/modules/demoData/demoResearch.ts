import { DAY, DemoContext, roadmapItemId } from './DemoContext';
import { ResearchNoteFields } from 'backstage-plugin-platform-product-backend/alpha';

const SVEN = 'user:default/sven.eriksen';
const CI = 'component:default/ci-pipelines';

/** Fields every demo note leaves empty unless it says otherwise. */
const EMPTY = {
  toolRefs: [],
  agreedToBeNamed: false,
  frictionPoints: [],
  toolsUsed: [],
  quotes: [],
  painPoints: [],
  surprises: [],
  assumptions: [],
  actions: [],
  body: '',
};

/** Three notes of the research log; days ago, and the fields. */
const NOTES: (Omit<ResearchNoteFields, 'date' | keyof typeof EMPTY> &
  Partial<ResearchNoteFields> & { days: number })[] = [
  {
    days: 12,
    kind: 'shadowing',
    title: 'Shadowing a Checkout developer through a release',
    teamRefs: ['group:default/checkout'],
    toolRefs: [CI, 'component:default/deploy'],
    frictionPoints: [
      'Waited for the pipeline twice',
      'Looked up the rollback command in a wiki page',
    ],
    toolsUsed: ['CI pipelines', 'Deploy', 'Slack'],
    contextSwitches: 9,
    minutesWaiting: 38,
    quotes: [
      { text: 'I wish the pipeline reused what it built ten minutes ago.' },
      { text: 'I go and get coffee every time I push.' },
    ],
    painPoints: ['Slow builds after every dependency change'],
    assumptions: [
      {
        text: 'Developers wait mostly for tests, not for installs',
        result: 'contradicted',
      },
    ],
    actions: ['Measure cache hit rates per pipeline'],
    body: 'Release of the basket service. Two pipeline runs of 17 and 21 minutes, most of it in `npm ci`.',
  },
  {
    days: 20,
    kind: 'interview',
    title: 'Interview: Search & Discovery on secrets',
    teamRefs: ['group:default/search'],
    toolRefs: ['api:default/secrets-api'],
    agreedToBeNamed: true,
    intervieweeRef: 'user:default/chloe.dubois',
    painPoints: ['Rotating a secret means a ticket and a day of waiting'],
    surprises: ['The team keeps a spreadsheet of secret expiry dates'],
    quotes: [{ text: 'I wish I could rotate our own secrets without asking.' }],
    assumptions: [
      {
        text: 'Teams want self-service secrets with an approval step',
        result: 'validated',
      },
    ],
    actions: ['Share the approval flow mock-ups with Search'],
  },
  {
    days: 5,
    kind: 'office-hours',
    title: 'Platform office hours: pipelines and logs',
    teamRefs: ['group:default/payments-core', 'group:default/billing'],
    toolRefs: [CI],
    frictionPoints: ['Pipeline logs are cut after 10,000 lines'],
    quotes: [{ text: 'I wish the logs of failed runs were kept in full.' }],
    body: 'Five people came; three asked about log retention.',
  },
];

/** The quote of the first note that supports the build cache on the roadmap. */
const LINKED = {
  note: 0,
  quote: 0,
  item: 'Cache dependencies between pipeline runs',
};

/**
 * A few research notes (shadowing, an interview whose interviewee agreed to be named, office
 * hours), one quote linked as evidence to the build cache roadmap item. Returns how many notes
 * it wrote.
 */
export async function seedDemoResearch(context: DemoContext): Promise<number> {
  const { research, evidence } = context.stores;
  const ids: number[] = [];
  for (const { days, ...note } of NOTES) {
    const date = new Date(context.now.getTime() - days * DAY);
    ids.push(await research.create({ ...EMPTY, ...note, date }, SVEN, date));
  }
  const itemId = await roadmapItemId(context, LINKED.item);
  const quote = (await research.get(ids[LINKED.note]))?.quotes[LINKED.quote];
  if (itemId && quote) {
    await evidence.link(
      itemId,
      {
        sourceKind: 'research-quote',
        sourceId: ids[LINKED.note],
        sourcePart: quote.id,
      },
      SVEN,
      context.now,
    );
  }
  return ids.length;
}
