import { isTimeZone, lastSend, nextSend, weekBefore } from './digestSchedule';

const MONDAY_9_UTC = { day: 'monday', hour: 9, timezone: 'UTC' } as const;
const MONDAY_9_BERLIN = { ...MONDAY_9_UTC, timezone: 'Europe/Berlin' };

describe('digest schedule', () => {
  it('finds the latest send at or before now, and the next one', () => {
    // 2026-12-14 is a Monday.
    const at = (iso: string) => lastSend(new Date(iso), MONDAY_9_UTC);
    expect(at('2026-12-14T09:00:00Z')).toEqual({
      week: '2026-12-14',
      at: new Date('2026-12-14T09:00:00Z'),
    });
    expect(at('2026-12-14T08:59:59Z').week).toBe('2026-12-07');
    expect(at('2026-12-20T23:00:00Z').week).toBe('2026-12-14');
    expect(nextSend(new Date('2026-12-14T08:00:00Z'), MONDAY_9_UTC)).toEqual({
      week: '2026-12-14',
      at: new Date('2026-12-14T09:00:00Z'),
    });
    expect(nextSend(new Date('2026-12-14T10:00:00Z'), MONDAY_9_UTC).week).toBe(
      '2026-12-21',
    );
  });

  it('reads day and hour in the configured time zone, across daylight saving', () => {
    // Monday 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
    expect(lastSend(new Date('2026-12-14T08:30:00Z'), MONDAY_9_BERLIN)).toEqual(
      { week: '2026-12-14', at: new Date('2026-12-14T08:00:00Z') },
    );
    expect(
      lastSend(new Date('2026-12-14T07:30:00Z'), MONDAY_9_BERLIN).week,
    ).toBe('2026-12-07');
    expect(nextSend(new Date('2026-03-25T12:00:00Z'), MONDAY_9_BERLIN)).toEqual(
      { week: '2026-03-30', at: new Date('2026-03-30T07:00:00Z') },
    );
    // Sunday 23:30 UTC is already Monday 00:30 in Berlin: a midnight send is due.
    expect(
      lastSend(new Date('2026-12-13T23:30:00Z'), {
        ...MONDAY_9_BERLIN,
        hour: 0,
      }),
    ).toEqual({ week: '2026-12-14', at: new Date('2026-12-13T23:00:00Z') });
  });

  it('covers the seven days before the send', () => {
    expect(weekBefore(new Date('2026-12-14T09:00:00Z'))).toEqual({
      from: new Date('2026-12-07T09:00:00Z'),
      to: new Date('2026-12-14T09:00:00Z'),
    });
  });

  it('knows time zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
