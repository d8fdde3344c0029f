import { englishT } from '../../translation/__testUtils__/englishT';
import {
  defaultNpsQuestion,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { initialForm, toInput, validate, withTool } from './surveyForm';

const t = englishT();

describe('surveyForm', () => {
  const form = {
    ...initialForm(),
    title: 'Platform NPS',
    opensAt: '2026-12-01T09:00',
    closesAt: '2026-12-15T17:00',
  };

  it('asks about the chosen tool until the question is reworded', () => {
    const tools = [
      { ref: 'component:default/ci', title: 'CI Pipelines' },
      { ref: 'api:default/secrets', title: 'Secrets Manager' },
    ] as Tool[];
    const ci = withTool(form, 'component:default/ci', tools);
    expect(ci.question).toBe(
      'How likely are you to recommend CI Pipelines to a colleague?',
    );
    expect(withTool(ci, 'api:default/secrets', tools).question).toBe(
      'How likely are you to recommend Secrets Manager to a colleague?',
    );
    expect(withTool(ci, '', tools).question).toBe(defaultNpsQuestion);
    const reworded = { ...ci, question: 'Would you miss CI Pipelines?' };
    expect(withTool(reworded, '', tools)).toEqual({
      ...reworded,
      toolRef: '',
    });
  });

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

  it('words what only the schema checks', () => {
    expect(validate({ ...form, question: 'x'.repeat(501) }, t)).toEqual({
      question: 'At most 500 characters',
    });
  });
});
