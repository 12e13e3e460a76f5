import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthOf, tally } from './tally.ts';

describe('anonymised tallies', () => {
  it('suppresses counts of one or two so a small school cannot point at a child', () => {
    assert.deepEqual(tally(['a', 'a', 'a', 'b', 'c', 'c'], 3), [
      { key: 'a', count: 3 },
      { key: 'b', count: null },
      { key: 'c', count: null },
    ]);
  });
  it('follows the given order, then the alphabet', () => {
    assert.deepEqual(
      tally(['z', 'new', 'closed', 'new'], 0, ['new', 'in-progress', 'closed']).map((r) => r.key),
      ['new', 'closed', 'z'],
    );
  });
  it('buckets timestamps by month', () => assert.equal(monthOf('2026-09-07T08:00:00.000Z'), '2026-09'));
});
