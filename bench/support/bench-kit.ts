/**
 * What the benchmarks share: importing the peers' 1M-domain list into a Haven data directory as
 * `haven lists import` would (never timed), and a seeded random source for the fuzzers (mulberry32,
 * so a failing case can be replayed with `--seed`).
 */
import { mkdirSync } from 'node:fs';
import { openHaven } from '../../src/main/app.ts';
import { readListFile } from '../../src/filtering/index.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { createLogger } from '../../src/platform/log.ts';

/** Imports `listFile` (plain domains) into a Haven at `dataDir` as the list `bench-1m`, category malware. */
export async function importBenchList(dataDir: string, listFile: string, reason: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ flags: { dataDir }, env: {}, cwd: dataDir });
  const haven = await openHaven(config, { logger: createLogger({ level: 'silent' }) });
  try {
    const parsed = await readListFile(listFile, { format: 'plain' });
    await haven.filteringService.importList({ type: 'cli', id: null }, { name: 'bench-1m', category: 'malware', format: 'plain', sourceKind: 'file', source: listFile, parsed, reason });
  } finally {
    await haven.close();
  }
}

/** A seeded random source: `random()` in [0, 1), `int(n)` in [0, n), `pick(xs)`. */
export function seededRandom(seed: number): { random: () => number; int: (n: number) => number; pick: <T>(xs: readonly T[]) => T } {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(random() * n);
  return { random, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] as T };
}
