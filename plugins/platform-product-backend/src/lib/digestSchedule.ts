/** Days of the week, in JavaScript's order (`Date#getUTCDay`). */
export const weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export type Weekday = (typeof weekdays)[number];

/** When the weekly digest goes out: a day and an hour in a time zone. */
export interface DigestSchedule {
  day: Weekday;
  hour: number;
  /** An IANA time zone, e.g. `Europe/Berlin`. */
  timezone: string;
}

/** A scheduled send: the week's key (the local date of the send day) and its instant. */
export interface DigestSend {
  week: string;
  at: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whether `timezone` is one the runtime knows (`Intl`), e.g. `UTC` or `Europe/Berlin`. */
export function isTimeZone(timezone: string): boolean {
  try {
    return !!new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    return false;
  }
}

/** The latest scheduled send at or before `now`. */
export function lastSend(now: Date, schedule: DigestSchedule): DigestSend {
  const local = localParts(now, schedule.timezone);
  let daysBack = (local.weekday - weekdays.indexOf(schedule.day) + 7) % 7;
  if (daysBack === 0 && local.hour < schedule.hour) {
    daysBack = 7;
  }
  return sendOn(
    Date.UTC(local.year, local.month - 1, local.day - daysBack),
    schedule,
  );
}

/** The first scheduled send after `now`. */
export function nextSend(now: Date, schedule: DigestSchedule): DigestSend {
  const last = lastSend(now, schedule);
  return sendOn(Date.parse(last.week) + 7 * DAY, schedule);
}

/** The period a digest sent at `at` covers: the seven days before it. */
export function weekBefore(at: Date): { from: Date; to: Date } {
  return { from: new Date(at.getTime() - 7 * DAY), to: at };
}

/** The send on the local date `date` (midnight UTC of that date) at the schedule's hour. */
function sendOn(date: number, schedule: DigestSchedule): DigestSend {
  const day = new Date(date);
  const wallClock = Date.UTC(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    schedule.hour,
  );
  // The offset at the guess, corrected once for a daylight-saving change between the two.
  let at = wallClock - offsetAt(wallClock, schedule.timezone);
  at = wallClock - offsetAt(at, schedule.timezone);
  return { week: day.toISOString().slice(0, 10), at: new Date(at) };
}

/** How far the time zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timezone: string): number {
  const p = localParts(new Date(instant), timezone);
  const wallClock = Date.UTC(
    p.year,
    p.month - 1,
    p.day,
    p.hour,
    p.minute,
    p.second,
  );
  return wallClock - Math.floor(instant / 1000) * 1000;
}

function localParts(date: Date, timezone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find(p => p.type === type)!.value;
  const number = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
      part('weekday'),
    ),
  };
}
