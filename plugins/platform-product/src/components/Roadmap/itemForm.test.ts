import { initialForm, newCriterionRow, toInput, validate } from './itemForm';

describe('itemForm', () => {
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

  it('refuses review dates outside 1970 to 9999', () => {
    const far = { ...row, reviewDate: '275760-09-13' };
    expect(validate({ ...form, criteria: [far] }).criteria).toEqual({
      [row.key]: { reviewDate: 'dateOutOfRange' },
    });
  });
});
