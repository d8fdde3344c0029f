import { englishT } from '../../translation/__testUtils__/englishT';
import { initialForm, toInput, validate } from './surveyForm';

const t = englishT();

describe('surveyForm', () => {
  const form = {
    ...initialForm(),
    title: 'Platform NPS',
    opensAt: '2026-12-01T09:00',
    closesAt: '2026-12-15T17:00',
  };

  it('sends the dates as ISO timestamps the server takes', () => {
    expect(validate(form, t)).toEqual({});
    const input = toInput(form);
    expect(input.opensAt).toBe(new Date('2026-12-01T09:00').toISOString());
    expect(input.opensAt).toMatch(/^2026-12-0[12]T\d\d:\d\d:00\.000Z$/);
  });

  it('refuses dates outside 1970 to 9999 before sending them', () => {
    expect(
      validate({ ...form, opensAt: '1969-06-01T09:00', closesAt: '' }, t),
    ).toEqual({
      opensAt: 'Choose a date between 1970 and 9999',
      closesAt: 'Choose when the survey closes',
    });
    expect(validate({ ...form, closesAt: '+010000-01-01T09:00' }, t)).toEqual({
      closesAt: 'Choose a date between 1970 and 9999',
    });
  });
});
