// `npm run bench -- <name> [args]`: runs bench/<name>.ts through tsx. Benchmarks compare Haven
// with its peers in the same run; they are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const [name, ...args] = process.argv.slice(2);
const available = existsSync('bench')
  ? readdirSync('bench').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3))
  : [];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\navailable: ${available.join(', ') || '(none yet)'}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${name}.ts`, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
