import { lanePeriod, quarterAfter } from './quarters';
import { Translate } from '../../translation';
import { roadmapMessages } from '../../translation/roadmap';

// The English messages, with their placeholders filled in.
const t = ((key: string, values: Record<string, string> = {}) => {
  const [, group, name] = key.split('.');
  const message = (roadmapMessages as any)[group][name] as string;
  return message.replace(/\{\{(\w+)\}\}/g, (_, k) => values[k]);
}) as unknown as Translate;

describe('quarters', () => {
  it('counts quarters across years, in UTC', () => {
    const lastDayOfQ4 = new Date('2026-12-31T23:30:00Z');
    expect(quarterAfter(lastDayOfQ4, 0)).toEqual({ year: 2026, quarter: 4 });
    expect(quarterAfter(lastDayOfQ4, 1)).toEqual({ year: 2027, quarter: 1 });
    expect(quarterAfter(lastDayOfQ4, 6)).toEqual({ year: 2028, quarter: 2 });
    expect(quarterAfter(new Date('2026-04-01T00:00:00Z'), 0)).toEqual({
      year: 2026,
      quarter: 2,
    });
  });

  it('names the period of each lane', () => {
    const now = new Date('2026-11-15T12:00:00Z');
    expect(lanePeriod(t, 'now', now)).toBe('Q4 2026');
    expect(lanePeriod(t, 'next', now)).toBe('Q1 2027');
    expect(lanePeriod(t, 'later', now)).toBe('From Q2 2027');
    expect(lanePeriod(t, 'exploring', now)).toBe('Not scheduled');
  });
});
