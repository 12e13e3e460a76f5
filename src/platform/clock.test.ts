import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock, toSchoolTime } from './clock.ts';

describe('school time', () => {
  const cases: [string, string, number, number][] = [
    // UTC instant, London date, weekday, minute of day
    ['2026-01-12T08:30:00Z', '2026-01-12', 1, 8 * 60 + 30], // GMT in winter
    ['2026-06-15T08:30:00Z', '2026-06-15', 1, 9 * 60 + 30], // BST in summer
    ['2026-03-29T00:59:00Z', '2026-03-29', 0, 59], // just before the spring change
    ['2026-03-29T01:00:00Z', '2026-03-29', 0, 120], // clocks jump to 02:00
    ['2026-10-25T23:30:00Z', '2026-10-25', 0, 23 * 60 + 30], // after the autumn change
    ['2026-06-30T23:30:00Z', '2026-07-01', 3, 30], // UTC evening is the next London day
  ];
  for (const [utc, date, weekday, minute] of cases) {
    it(`reads ${utc} as ${date} minute ${minute} in Europe/London`, () => {
      assert.deepEqual(toSchoolTime(Date.parse(utc)), { date, weekday, minuteOfDay: minute });
    });
  }

  it('moves a manual clock only when told', () => {
    const clock = createManualClock('2026-09-07T08:00:00Z');
    const start = clock.now();
    clock.advance(1500);
    assert.equal(clock.now() - start, 1500);
    clock.set('2026-09-08T00:00:00Z');
    assert.equal(new Date(clock.now()).toISOString(), '2026-09-08T00:00:00.000Z');
  });
});
