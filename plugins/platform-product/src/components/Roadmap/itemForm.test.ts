import {
  initialForm,
  newCriterionRow,
  previewScore,
  toInput,
  validate,
} from './itemForm';

describe('itemForm', () => {
  afterEach(() => jest.useRealTimers());

  const row = newCriterionRow({
    metric: 'Build time',
    target: 'Under 5 minutes',
    reviewDate: '2027-01-15',
  });
  const form = {
    ...initialForm(),
    title: 'Build cache',
    ownerRef: 'group:default/platform',
    reach: '100',
    effort: '2',
    criteria: [row],
  };

  it('sends review dates as the ISO dates of the date input', () => {
    expect(validate(form)).toEqual({});
    expect(toInput(form).criteria).toEqual([
      {
        metric: 'Build time',
        target: 'Under 5 minutes',
        reviewDate: '2027-01-15',
      },
    ]);
  });

  it('refuses a review date in the past for a new item, not for an edited one', () => {
    const now = new Date('2027-01-20T10:00:00Z');
    // The schema's "not in the past" reads the clock.
    jest.useFakeTimers({ now });
    const past = { ...row, reviewDate: '2027-01-10' };
    expect(
      validate({ ...form, criteria: [past] }, { isNew: true }).criteria,
    ).toEqual({ [row.key]: { reviewDate: 'datePast' } });
    // Today wherever the maintainer is: yesterday and today in UTC are fine.
    for (const reviewDate of ['2027-01-19', '2027-01-20']) {
      const today = { ...row, reviewDate };
      expect(validate({ ...form, criteria: [today] }, { isNew: true })).toEqual(
        {},
      );
    }
    expect(validate({ ...form, criteria: [past] })).toEqual({});
  });

  it('previews the score without float noise', () => {
    // 63 × 1 × 0.8 is 50.400000000000006 in floating point.
    expect(
      previewScore({
        ...form,
        reach: '63',
        impact: 1,
        confidence: 0.8,
        effort: '1',
      }),
    ).toBe(50.4);
  });

  it('refuses review dates outside 1970 to 9999', () => {
    const far = { ...row, reviewDate: '275760-09-13' };
    expect(validate({ ...form, criteria: [far] }).criteria).toEqual({
      [row.key]: { reviewDate: 'dateOutOfRange' },
    });
  });

  it('words what only the schema checks, on the field and on the row', () => {
    const long = 'x'.repeat(201);
    expect(
      validate({
        ...form,
        title: long,
        criteria: [{ ...row, metric: long, target: 'Under\t5 minutes' }],
      }),
    ).toEqual({
      title: 'tooLong',
      criteria: {
        [row.key]: { metric: 'tooLong', target: 'controlCharacters' },
      },
    });
  });
});
