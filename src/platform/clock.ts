/**
 * Time is injected: nothing in Haven reads `Date.now()` directly except {@link systemClock}.
 * Tests pass a {@link createManualClock}; school-day logic uses {@link SCHOOL_TIME_ZONE}.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The school day is always reckoned in UK time, whatever the server's zone. */
export const SCHOOL_TIME_ZONE = 'Europe/London';

export const systemClock: Clock = { now: () => Date.now() };

/** A clock the caller moves by hand, for tests and simulations. */
export interface ManualClock extends Clock {
  set(ms: number | Date | string): void;
  advance(ms: number): void;
}

export function createManualClock(start: number | Date | string = '2026-09-07T08:00:00Z'): ManualClock {
  let t = toMs(start);
  return {
    now: () => t,
    set: (v) => {
      t = toMs(v);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

function toMs(v: number | Date | string): number {
  if (typeof v === 'number') return v;
  if (v instanceof Date) return v.getTime();
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) throw new TypeError(`invalid time ${JSON.stringify(v)}`);
  return ms;
}

/** ISO-8601 UTC text, the one timestamp format stored in the database on both dialects. */
export function isoAt(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHOOL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

/** The wall-clock date, weekday (0 = Sunday) and minute of the day in Europe/London. */
export interface SchoolTime {
  date: string;
  weekday: number;
  minuteOfDay: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function toSchoolTime(ms: number): SchoolTime {
  const parts: Record<string, string> = {};
  for (const p of londonParts.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays.indexOf(parts.weekday ?? ''),
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
