/**
 * The monitoring analyser's labelled sets (bench/data/monitoring/*.jsonl), shared by
 * `bench/monitoring.ts` and `bench/monitoring-compare.ts`: which sets may be tuned on, how a
 * development set is halved, and which texts may be printed. See data/monitoring/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MonitoringCategory } from '../../src/monitoring/index.ts';

export interface Item {
  id: string;
  text: string;
  lang: string;
  severity: number;
  categories: MonitoringCategory[];
  obfuscation: string;
  kind: 'risky' | 'benign' | 'hard-negative';
}

/**
 * Development splits may be tuned on and print their misses; measurement splits (`heldout`, and
 * `fresh` and `fresh2` by authors who never saw the analyser) only ever print figures.
 */
export const DEVELOPMENT: readonly string[] = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8'];
export const MEASUREMENT: readonly string[] = ['heldout', 'fresh', 'fresh2'];
/** Development sets written to be halved: tune on the odd ids, check on the even ones (figures only). */
export const HALVED: ReadonlySet<string> = new Set(['dev4', 'dev5', 'dev6', 'dev7', 'dev8']);

const DATA = join(import.meta.dirname, '../data/monitoring');

/** The items of one split, or none when its file is missing. */
export function loadSet(split: string, dir = DATA): Item[] {
  const file = join(dir, `${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Item);
}

/** True for an item in the tune half of a halved set (odd id). */
export const inTuneHalf = (item: Pick<Item, 'id'>): boolean => Number(/\d+$/.exec(item.id)?.[0] ?? 0) % 2 === 1;

/** True when an item's text may be printed: whole early development sets, the tune half of the others, never a measurement set. */
export function readable(split: string, item: Pick<Item, 'id'>): boolean {
  if (!DEVELOPMENT.includes(split)) return false;
  return !HALVED.has(split) || inTuneHalf(item);
}
