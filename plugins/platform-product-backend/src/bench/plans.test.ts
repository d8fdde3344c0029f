import { bufferCount, PlanNode, seqScannedIn } from './plans';

/** The plan of a page of roadmap items of one tool, as EXPLAIN (ANALYZE, BUFFERS) gives it. */
const page: PlanNode = {
  'Node Type': 'Limit',
  'Actual Loops': 1,
  'Shared Hit Blocks': 49,
  'Shared Read Blocks': 56,
  Plans: [
    {
      'Node Type': 'Nested Loop',
      'Actual Loops': 1,
      'Shared Hit Blocks': 49,
      'Shared Read Blocks': 56,
      Plans: [
        {
          'Node Type': 'Index Only Scan',
          'Relation Name': 'platform_product_roadmap_item_tools',
          'Actual Loops': 1,
          'Shared Hit Blocks': 1,
          'Shared Read Blocks': 4,
        },
        {
          'Node Type': 'Index Scan',
          'Relation Name': 'platform_product_roadmap_items',
          'Actual Loops': 25,
          'Shared Hit Blocks': 48,
          'Shared Read Blocks': 52,
        },
      ],
    },
  ],
};

describe('query plans', () => {
  it("counts a plan's buffers at its root and an index descent per loop of an index scan", () => {
    expect(bufferCount(page)).toEqual({ buffers: 105, descents: 26 });
    expect(bufferCount({ 'Node Type': 'Result' })).toEqual({
      buffers: 0,
      descents: 0,
    });
  });

  it('names the big tables read by a sequential scan, not the small ones', () => {
    expect(seqScannedIn(page)).toEqual([]);
    expect(
      seqScannedIn({
        'Node Type': 'Hash Join',
        Plans: [
          {
            'Node Type': 'Seq Scan',
            'Relation Name': 'platform_product_feedback_items',
          },
          {
            'Node Type': 'Seq Scan',
            'Relation Name': 'platform_product_feedback_counts',
          },
        ],
      }),
    ).toEqual(['platform_product_feedback_items']);
  });
});
