import { initialForm, toInput, validate } from './researchForm';

describe('researchForm', () => {
  const form = {
    ...initialForm(),
    title: 'Interview with Checkout',
    date: '2026-12-01',
    frictionPoints: 'Waited for CI\nLost logs',
    minutesWaiting: '30',
  };

  it('sends lines as entries and counts as numbers', () => {
    expect(validate(form)).toEqual({});
    expect(toInput(form)).toMatchObject({
      frictionPoints: ['Waited for CI', 'Lost logs'],
      minutesWaiting: 30,
    });
  });

  it('words what the schema checks, next to the field', () => {
    expect(
      validate({
        ...form,
        title: 'x'.repeat(201),
        date: '',
        frictionPoints: `Waited for CI\n${'x'.repeat(501)}`,
        contextSwitches: '2.5',
        minutesWaiting: '-1',
      }),
    ).toEqual({
      title: 'titleTooLong',
      date: 'dateMissing',
      frictionPoints: 'linesInvalid',
      contextSwitches: 'countInvalid',
      minutesWaiting: 'countInvalid',
    });
    expect(validate({ ...form, date: '275760-09-13' })).toEqual({
      date: 'dateOutOfRange',
    });
  });
});
