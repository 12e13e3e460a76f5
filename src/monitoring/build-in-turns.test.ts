import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildInTurns } from './build-in-turns.ts';
import { compileLexicon, compileLexiconSteps } from './core/analyse.ts';

describe('buildInTurns', () => {
  it('gives the event loop back between turns and returns the result', async () => {
    function* slow(): Generator<void, string> {
      for (let i = 0; i < 20; i++) {
        const until = performance.now() + 2;
        while (performance.now() < until) {
          // busy: a step of real work
        }
        yield;
      }
      return 'done';
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      assert.equal(await buildInTurns(slow(), 4), 'done');
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks >= 3, `the loop ran ${ticks} times while it worked`);
  });

  it('builds the same lexicon as compiling at once', async () => {
    const stepped = await buildInTurns(compileLexiconSteps({ added: [{ phrase: 'sniffer squad', category: 'bullying-abuse', severity: 3 }] }));
    const direct = compileLexicon({ added: [{ phrase: 'sniffer squad', category: 'bullying-abuse', severity: 3 }] });
    assert.equal(stepped.version, direct.version);
    assert.equal(stepped.size, direct.size);
    assert.equal(stepped.rules.length, direct.rules.length);
  });
});
