import {
  formatAdoption,
  formatCoverage,
  formatHours,
  formatRating,
} from './format';
import { englishT } from '../../translation/__testUtils__/englishT';

const t = englishT();

describe('Insights formats', () => {
  it('shows adoption as a share and a count of teams', () => {
    expect(
      formatAdoption(t, {
        adoptingTeams: 12,
        eligibleTeams: 13,
        rate: 12 / 13,
      }),
    ).toBe('92 % · 12 of 13');
  });

  it('rounds an average rating to one decimal, with the number of ratings', () => {
    expect(formatRating({ count: 31, average: 4.23 })).toBe('4.2 ★ (31)');
    expect(formatRating({ count: 3, average: 4 })).toBe('4.0 ★ (3)');
    expect(formatRating({ count: null, average: null })).toBe('—');
  });

  it('shows durations in hours under a day, in days from a day on', () => {
    expect(formatHours(t, 5.23)).toBe('5.2 h');
    expect(formatHours(t, 24)).toBe('1 day');
    expect(formatHours(t, 74.4)).toBe('3.1 days');
    expect(formatHours(t, null)).toBe('—');
  });

  it('shows champion coverage as teams and a share', () => {
    expect(
      formatCoverage(t, {
        eligibleTeams: 13,
        coveredTeams: 7,
        coverage: 7 / 13,
      }),
    ).toBe('7 of 13 teams (54 %)');
    expect(
      formatCoverage(t, { eligibleTeams: 0, coveredTeams: 0, coverage: 0 }),
    ).toBe('0 of 0 teams (0 %)');
  });
});
