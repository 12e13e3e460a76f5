import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileTimeWindow, isWithinWindows, parseClockTime } from './time-window.ts';

describe('time windows', () => {
  it('reads HH:MM clock times, 24:00 included', () => {
    assert.equal(parseClockTime('00:00'), 0);
    assert.equal(parseClockTime('12:30'), 750);
    assert.equal(parseClockTime('24:00'), 1440);
    for (const bad of ['24:01', '7:00', '12:60', '12.30', '']) assert.equal(parseClockTime(bad), undefined, bad);
  });

  const bad: [weekday: number, start: string, end: string, message: RegExp][] = [
    [7, '09:00', '10:00', /weekday 7/u],
    [1.5, '09:00', '10:00', /weekday/u],
    [1, '9am', '10:00', /start/u],
    [1, '24:00', '24:00', /start/u],
    [1, '09:00', '25:00', /end/u],
    [1, '10:00', '09:00', /crosses midnight|ends before/u],
    [1, '10:00', '10:00', /ends before/u],
  ];
  for (const [weekday, start, end, message] of bad) {
    it(`rejects ${weekday} ${start}–${end}`, () => {
      const result = compileTimeWindow({ weekday, start, end });
      assert.equal(typeof result, 'string');
      assert.match(String(result), message);
    });
  }

  const lunch = [compileTimeWindow({ weekday: 1, start: '12:00', end: '13:00' }), compileTimeWindow({ weekday: 5, start: '15:30', end: '24:00' })].filter(
    (w) => typeof w !== 'string',
  );
  const cases: [weekday: number, minute: number, inside: boolean][] = [
    [1, 719, false],
    [1, 720, true],
    [1, 779, true],
    [1, 780, false],
    [2, 750, false],
    [5, 929, false],
    [5, 930, true],
    [5, 1439, true],
    [6, 0, false],
  ];
  for (const [weekday, minute, inside] of cases) {
    it(`weekday ${weekday} minute ${minute} is ${inside ? 'inside' : 'outside'}`, () => {
      assert.equal(isWithinWindows(lunch, { weekday, minuteOfDay: minute }), inside);
    });
  }
});
