// Runs every `*.test.ts` beside the code (and under test/) with Node's own test runner,
// through tsx. Node 20's `--test` does not expand globs, so the files are listed here.
// Usage: node scripts/run-tests.mjs [path-filter ...]
// A test file that runs twenty minutes fails, and a file whose tests are done exits even if something
// it opened is still listening: a hang must fail CI, not stall it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'test', 'bench'];
const filters = process.argv.slice(2);
/** @param {string} dir @returns {string[]} */
function walk(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(walk(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}
const files = roots
  .flatMap(walk)
  .filter((f) => filters.length === 0 || filters.some((p) => f.includes(p)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=1200000', '--test-force-exit', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
