import { changelogEntry } from './__testUtils__/fixtures';
import { groupByWeek, newSince, startOfWeek } from './format';

describe('startOfWeek', () => {
  it('is the Monday of the week, Sundays included', () => {
    expect(startOfWeek(new Date(2026, 10, 22, 23, 30))).toEqual(
      new Date(2026, 10, 16),
    );
    expect(startOfWeek(new Date(2026, 10, 16, 0, 0))).toEqual(
      new Date(2026, 10, 16),
    );
    expect(startOfWeek(new Date(2026, 10, 15, 12))).toEqual(
      new Date(2026, 10, 9),
    );
  });
});

describe('groupByWeek', () => {
  it('groups entries by the week they were published in, newest first', () => {
    const at = (id: number, date: Date) =>
      changelogEntry({ id, publishedAt: date.toISOString() });
    const weeks = groupByWeek([
      at(4, new Date(2026, 10, 18, 9)),
      at(3, new Date(2026, 10, 16, 8)),
      at(2, new Date(2026, 10, 15, 18)),
      at(1, new Date(2026, 10, 9, 8)),
    ]);
    expect(
      weeks.map(week => [week.monday, week.entries.map(e => e.id)]),
    ).toEqual([
      [new Date(2026, 10, 16), [4, 3]],
      [new Date(2026, 10, 9), [2, 1]],
    ]);
  });
});

describe('newSince', () => {
  it('keeps entries published after the previous visit new', () => {
    const entry = changelogEntry({ publishedAt: '2026-11-18T12:00:00.000Z' });
    expect(newSince(entry, '2026-11-17T00:00:00.000Z').isNew).toBe(true);
    expect(newSince(entry, '2026-11-19T00:00:00.000Z').isNew).toBe(false);
    expect(newSince(entry, undefined).isNew).toBe(false);
    expect(newSince({ ...entry, isNew: true }, undefined).isNew).toBe(true);
  });
});
