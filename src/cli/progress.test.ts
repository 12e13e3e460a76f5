import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CliIo } from './context.ts';
import { createProgress } from './progress.ts';

function captureIo(tty: boolean): { io: CliIo; raw: string[]; lines: string[] } {
  const raw: string[] = [];
  const lines: string[] = [];
  const io: CliIo = { out: () => undefined, err: (t) => lines.push(t), env: {}, cwd: '/', readStdin: async () => '', errIsTty: tty, errRaw: (t) => raw.push(t) };
  return { io, raw, lines };
}

describe('progress on standard error', () => {
  it('redraws one line in place on a terminal, at most ten times a second, and clears it at the end', () => {
    let now = 0;
    const { io, raw, lines } = captureIo(true);
    const p = createProgress(io, 'reading big.txt', () => now);
    for (let done = 0; done <= 1000; done += 10) {
      now += 5;
      p.update(done, 1000);
    }
    p.finish();
    assert.ok(raw.length >= 5 && raw.length <= 8, `${raw.length} redraws`);
    assert.match(raw[0] ?? '', /^\rreading big\.txt \[-+\]\s+0% 0\.0 MB of 0\.0 MB$/);
    assert.match(raw.at(-2) ?? '', /\[#{30}\] 100%/);
    assert.match(raw.at(-1) ?? '', /^\r\u001b\[Kreading big\.txt: read in 0\.5 s\n$/);
    assert.deepEqual(lines, []);
  });

  it('writes plain lines at each tenth, at most every two seconds, when not a terminal', () => {
    let now = 0;
    const { io, raw, lines } = captureIo(false);
    const p = createProgress(io, 'reading big.txt', () => now);
    for (let done = 0; done <= 1000; done += 10) {
      now += 100;
      p.update(done, 1000);
    }
    p.finish();
    assert.deepEqual(raw, []);
    assert.deepEqual(lines.slice(0, 3), ['reading big.txt: 0% (0.0 MB of 0.0 MB)', 'reading big.txt: 20% (0.0 MB of 0.0 MB)', 'reading big.txt: 40% (0.0 MB of 0.0 MB)']);
    assert.equal(lines.at(-1), 'reading big.txt: read in 10.1 s');
  });
});
