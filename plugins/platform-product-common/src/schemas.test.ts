import { usageEventParser, usageEventSchema } from './schemas';

const now = new Date('2026-12-11T12:00:00Z');
const minutesAgo = (minutes: number) =>
  new Date(now.getTime() - minutes * 60_000).toISOString();

const valid = {
  id: 'run-1',
  toolRef: 'component:default/ci-pipelines',
  user: 'user:default/alex.morgan',
  action: 'pipeline-run',
  occurredAt: minutesAgo(10),
};

/** Each field's values, good and bad, as senders send them. */
const values: Record<string, unknown[]> = {
  id: [
    undefined,
    1,
    '',
    'has space',
    'x'.repeat(200),
    'x'.repeat(201),
    'a\u0000b',
    null,
    ' e1',
    'A~!',
  ],
  toolRef: [
    undefined,
    'ci',
    'Component:Default/CI-Pipelines',
    ' component:default/ci ',
    `${'x'.repeat(250)}:a/b`,
    12,
  ],
  user: [
    undefined,
    null,
    'jane',
    'User:Default/Ravi.Iyer',
    'Ravi.Iyer@Northwind.example.com',
    ' jane@x.io ',
    'group:default/checkout',
    'a@b',
    `${'x'.repeat(250)}@b.io`,
  ],
  teamRef: [
    undefined,
    'checkout',
    'group:default/Checkout',
    ' group:default/checkout',
    7,
  ],
  action: [
    undefined,
    '',
    'deploy',
    'Deploy',
    'pipeline run',
    ' deploy ',
    'x'.repeat(100),
    'x'.repeat(101),
    'a.b_c:d-e',
    3,
  ],
  occurredAt: [
    undefined,
    1767225600000,
    '2026-02-30',
    'yesterday',
    '2026-12-11',
    minutesAgo(-4),
    minutesAgo(-6),
    minutesAgo(30 * 24 * 60 - 1),
    minutesAgo(30 * 24 * 60 + 1),
    '2026-12-11T11:00:00+01:00',
    ` ${minutesAgo(1)}`,
  ],
  count: [
    undefined,
    '1',
    0,
    -0,
    -1,
    1.5,
    1,
    1_000_000,
    1_000_001,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ],
};

/** The valid event with one field changed, for every value of every field, and a few whole events. */
const events: unknown[] = [
  ...Object.entries(values).flatMap(([field, list]) =>
    list.map(value => ({ ...valid, [field]: value })),
  ),
  { ...valid, user: undefined, teamRef: undefined },
  { ...valid, user: undefined, teamRef: 'group:default/checkout' },
  { ...valid, extra: 'ignored' },
  null,
  'event',
  [valid],
  {},
];

describe('usageEventParser', () => {
  it('answers as usageEventSchema does, for valid and invalid events alike', () => {
    const parse = usageEventParser({ now: () => now, retentionDays: 30 });
    const schema = usageEventSchema({ now: () => now, retentionDays: 30 });
    /** What a parse says: the data, or the issues. */
    const answer = (result: ReturnType<typeof parse>) =>
      result.success ? { data: result.data } : { issues: result.error.issues };
    for (const event of events) {
      expect({ event, ...answer(parse(event)) }).toEqual({
        event,
        ...answer(schema.safeParse(event)),
      });
    }
    expect(
      events.filter(e => schema.safeParse(e).success).length,
    ).toBeGreaterThan(20);
  });
});
