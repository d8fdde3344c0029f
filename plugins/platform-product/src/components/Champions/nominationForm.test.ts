import { englishT } from '../../translation/__testUtils__/englishT';
import { toInput, validate } from './nominationForm';

const t = englishT();

describe('nominationForm', () => {
  const form = {
    teamRef: 'group:default/checkout',
    person: 'jane.doe',
    reason: 'Runs our demos',
    focusAreas: ['CI'],
  };

  it('sends a name as the ref of a user in the default namespace', () => {
    expect(validate(form, t)).toEqual({});
    expect(toInput(form)).toEqual({
      nomineeRef: 'user:default/jane.doe',
      teamRef: 'group:default/checkout',
      reason: 'Runs our demos',
      focusAreas: ['CI'],
    });
  });

  it('words what the schema checks, next to the form field', () => {
    expect(
      validate({ teamRef: '', person: ' ', reason: ' ', focusAreas: [] }, t),
    ).toEqual({
      teamRef: 'A team is required',
      person: 'A person is required',
      reason: 'A reason is required',
    });
    expect(
      validate(
        { ...form, person: 'group:default/checkout', reason: 'x'.repeat(2001) },
        t,
      ),
    ).toEqual({
      person: 'Must be a user, e.g. user:default/jane.doe',
      reason: 'At most 2,000 characters',
    });
  });
});
