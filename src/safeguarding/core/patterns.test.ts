import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTallies, findPatterns, type PatternConcern, type PatternWindow } from './patterns.ts';

let n = 0;
const concern = (createdAt: string, category: string, subjectIds: string[], status = 'new'): PatternConcern => ({ id: `c${++n}`, reference: `HVN-${n}`, category, status, createdAt, subjectIds });
const window: PatternWindow = {
  from: '2026-07-01T00:00:00Z',
  to: '2026-10-01T00:00:00Z',
  previousFrom: '2026-04-01T00:00:00Z',
  openBefore: '2026-09-01T00:00:00Z',
  repeatAtLeast: 3,
  risingAtLeast: 2,
};

describe('patterns for the DSL team', () => {
  it('lists learners with repeat concerns in the period, with counts per category', () => {
    const p = findPatterns(
      [
        concern('2026-07-02T00:00:00Z', 'bullying', ['ann']),
        concern('2026-08-02T00:00:00Z', 'bullying', ['ann', 'bob']),
        concern('2026-09-02T00:00:00Z', 'self-harm', ['ann']),
        concern('2026-06-02T00:00:00Z', 'bullying', ['bob']),
        concern('2026-09-03T00:00:00Z', 'bullying', ['bob']),
      ],
      window,
    );
    assert.deepEqual(p.repeat.map((r) => [r.personId, r.count, r.byCategory]), [['ann', 3, [{ category: 'bullying', count: 2 }, { category: 'self-harm', count: 1 }]]]);
  });

  it('finds categories rising against the previous period, from a minimum count', () => {
    const p = findPatterns(
      [
        concern('2026-05-01T00:00:00Z', 'gambling', []),
        concern('2026-07-01T00:00:00Z', 'gambling', []),
        concern('2026-07-02T00:00:00Z', 'gambling', []),
        concern('2026-07-03T00:00:00Z', 'gambling', []),
        concern('2026-07-04T00:00:00Z', 'drugs', []),
        concern('2026-05-04T00:00:00Z', 'weapons', []),
        concern('2026-05-05T00:00:00Z', 'weapons', []),
        concern('2026-07-05T00:00:00Z', 'weapons', []),
        concern('2026-07-06T00:00:00Z', 'weapons', []),
      ],
      window,
    );
    assert.deepEqual(p.rising, [{ category: 'gambling', current: 3, previous: 1 }]);
  });

  it('lists concerns open since before the threshold, oldest first, never closed ones', () => {
    const old = concern('2026-01-01T00:00:00Z', 'x', [], 'in-progress');
    const older = concern('2025-12-01T00:00:00Z', 'x', [], 'new');
    const p = findPatterns([old, older, concern('2025-11-01T00:00:00Z', 'x', [], 'closed'), concern('2026-09-15T00:00:00Z', 'x', [])], window);
    assert.deepEqual(p.longOpen.map((c) => c.id), [older.id, old.id]);
  });

  it('compares suppressed tallies and gives no direction where either side is suppressed', () => {
    assert.deepEqual(
      compareTallies(
        [
          { key: 'a', count: 5 },
          { key: 'b', count: null },
        ],
        [
          { key: 'a', count: 7 },
          { key: 'c', count: 3 },
        ],
      ),
      [
        { key: 'a', current: 5, previous: 7, direction: 'down' },
        { key: 'b', current: null, previous: 0, direction: null },
        { key: 'c', current: 0, previous: 3, direction: 'down' },
      ],
    );
  });
});
