import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUIET_HOURS } from './model.ts';
import { emailReleaseAt, isQuietHours, parseClockTime } from './quiet-hours.ts';

const at = (iso: string): number => Date.parse(iso);

describe('quiet hours (Europe/London)', () => {
  // [instant (UTC), quiet?, why]
  const table: [string, boolean, string][] = [
    ['2026-11-25T17:59:00Z', false, 'Wednesday 17:59 GMT: still the working day'],
    ['2026-11-25T18:00:00Z', true, 'Wednesday 18:00 GMT: quiet starts'],
    ['2026-11-26T07:29:00Z', true, 'Thursday 07:29 GMT: still quiet'],
    ['2026-11-26T07:30:00Z', false, 'Thursday 07:30 GMT: quiet ends'],
    ['2026-06-17T16:59:00Z', false, 'Wednesday 17:59 BST (16:59 UTC)'],
    ['2026-06-17T17:00:00Z', true, 'Wednesday 18:00 BST is 17:00 UTC'],
    ['2026-06-18T06:29:00Z', true, 'Thursday 07:29 BST'],
    ['2026-06-18T06:30:00Z', false, 'Thursday 07:30 BST is 06:30 UTC'],
    ['2026-11-28T12:00:00Z', true, 'Saturday midday'],
    ['2026-11-29T12:00:00Z', true, 'Sunday midday'],
    ['2026-11-30T07:30:00Z', false, 'Monday 07:30'],
    // Clocks go back on Sunday 25 October 2026 (02:00 BST → 01:00 GMT) and forward on 29 March 2026.
    ['2026-10-26T07:29:00Z', true, 'Monday after clocks go back: 07:29 GMT'],
    ['2026-10-23T16:59:00Z', false, 'Friday before clocks go back: 17:59 BST'],
    ['2026-10-23T17:00:00Z', true, 'Friday before clocks go back: 18:00 BST'],
    ['2026-03-30T06:29:00Z', true, 'Monday after clocks go forward: 07:29 BST'],
    ['2026-03-30T06:30:00Z', false, 'Monday after clocks go forward: 07:30 BST'],
    ['2026-03-27T17:59:00Z', false, 'Friday before clocks go forward: 17:59 GMT'],
  ];
  for (const [iso, quiet, why] of table) {
    it(`${quiet ? 'is' : 'is not'} quiet at ${why}`, () => {
      assert.equal(isQuietHours(at(iso), DEFAULT_QUIET_HOURS), quiet);
    });
  }

  it('honours a window that does not cross midnight, and weekends off', () => {
    const lunch = { start: '12:00', end: '13:00', weekends: false };
    assert.equal(isQuietHours(at('2026-11-28T12:30:00Z'), lunch), true);
    assert.equal(isQuietHours(at('2026-11-28T13:30:00Z'), lunch), false, 'Saturday afternoon is not quiet when weekends are off');
    assert.equal(isQuietHours(at('2026-11-25T11:59:00Z'), lunch), false);
  });

  it('refuses a malformed time of day', () => {
    assert.throws(() => parseClockTime('7:30'), /HH:MM/);
    assert.throws(() => parseClockTime('24:00'), /HH:MM/);
    assert.equal(parseClockTime('07:30'), 450);
  });
});

describe('emailReleaseAt', () => {
  // [raised at (UTC), severity, released at (UTC), why]
  const table: [string, number, string, string][] = [
    ['2026-11-25T10:00:00Z', 4, '2026-11-25T10:00:00Z', 'working day: at once'],
    ['2026-11-25T19:00:00Z', 5, '2026-11-25T19:00:00Z', 'severity 5 always goes at once'],
    ['2026-11-28T03:00:00Z', 5, '2026-11-28T03:00:00Z', 'severity 5 at the weekend too'],
    ['2026-11-25T19:00:00Z', 4, '2026-11-26T07:30:00Z', 'evening → next morning 07:30 GMT'],
    ['2026-11-26T02:10:30Z', 4, '2026-11-26T07:30:00Z', 'small hours → same morning'],
    ['2026-11-27T18:30:00Z', 4, '2026-11-30T07:30:00Z', 'Friday evening → Monday 07:30'],
    ['2026-11-28T09:00:00Z', 3, '2026-11-30T07:30:00Z', 'Saturday → Monday'],
    ['2026-06-17T20:00:00Z', 4, '2026-06-18T06:30:00Z', 'summer evening → 07:30 BST (06:30 UTC)'],
    ['2026-10-23T19:00:00Z', 4, '2026-10-26T07:30:00Z', 'Friday BST → Monday 07:30 GMT across the clocks going back'],
    ['2026-03-27T19:00:00Z', 4, '2026-03-30T06:30:00Z', 'Friday GMT → Monday 07:30 BST across the clocks going forward'],
  ];
  for (const [raised, severity, released, why] of table) {
    it(`releases ${why}`, () => {
      assert.equal(new Date(emailReleaseAt(at(raised), severity, DEFAULT_QUIET_HOURS)).toISOString(), new Date(released).toISOString());
    });
  }
});
