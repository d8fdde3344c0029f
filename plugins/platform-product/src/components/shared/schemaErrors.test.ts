import { z } from 'zod';
import { schemaErrors } from './schemaErrors';

const schema = z
  .object({
    title: z.string().trim().min(1).max(10),
    count: z.number().int().min(0),
    rows: z.array(z.object({ name: z.string().min(1) })),
    tags: z.array(z.string().max(3)).max(2),
    note: z.string().max(5).optional(),
    start: z.number(),
    end: z.number(),
  })
  .superRefine((body, ctx) => {
    if (body.end <= body.start) {
      ctx.addIssue({
        code: 'too_small',
        origin: 'number',
        minimum: body.start,
        path: ['end'],
        message: 'must be after start',
      });
    }
  });

const valid = {
  title: 'Title',
  count: 1,
  rows: [{ name: 'a' }, { name: 'b' }],
  tags: ['ci'],
  start: 1,
  end: 2,
};

const messages = {
  title: { missing: 'titleMissing', too_big: 'titleTooLong' },
  count: 'countInvalid',
  'rows.*.name': 'nameMissing',
  tags: 'tagsInvalid',
  end: { other: 'endInvalid', too_small: 'endTooEarly' },
} as const;

describe('schemaErrors', () => {
  it('is empty when the schema takes the body', () => {
    expect(schemaErrors(schema, valid, messages)).toEqual({});
  });

  it("words each field's first issue by its code, or by one key for the field", () => {
    expect(
      schemaErrors(
        schema,
        { ...valid, title: 'x'.repeat(11), count: 1.5 },
        messages,
      ),
    ).toEqual({ title: 'titleTooLong', count: 'countInvalid' });
    expect(schemaErrors(schema, { ...valid, end: 0 }, messages)).toEqual({
      end: 'endTooEarly',
    });
    expect(schemaErrors(schema, { ...valid, end: 'soon' }, messages)).toEqual({
      end: 'endInvalid',
    });
  });

  it('words an empty or missing field as missing, whatever the issue', () => {
    expect(schemaErrors(schema, { ...valid, title: '' }, messages)).toEqual({
      title: 'titleMissing',
    });
    expect(
      schemaErrors(schema, { ...valid, title: undefined }, messages),
    ).toEqual({ title: 'titleMissing' });
  });

  it('keys rows by their number, and entries of a list by the list', () => {
    expect(
      schemaErrors(
        schema,
        { ...valid, rows: [{ name: 'a' }, { name: '' }], tags: ['ok', 'long'] },
        messages,
      ),
    ).toEqual({ 'rows.1.name': 'nameMissing', tags: 'tagsInvalid' });
  });

  it('leaves the issues of fields it has no words for to the server', () => {
    expect(
      schemaErrors(schema, { ...valid, note: 'too long' }, messages),
    ).toEqual({});
  });
});
