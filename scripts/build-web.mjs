// Builds the dashboard (web/) into web/dist, which `haven start` serves at `/`. Runs on
// `npm install` and `npm ci` (the `prepare` script), so a fresh clone shows the dashboard after
// the README's two commands. Without Vite (an install that left out devDependencies) it says
// what to do and leaves the install alone: Haven's API still runs and `/` explains.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const config = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));
// Always a production build (React's development build is twice the size and slower), even when
// called from the test runner, which sets NODE_ENV=test.
process.env.NODE_ENV = 'production';
let build;
try {
  ({ build } = await import('vite'));
} catch {
  console.warn('haven: Vite is not installed, so the dashboard was not built. Run `npm install` (with devDependencies), then `npm run build:web`.');
  process.exit(0);
}
const started = Date.now();
await build({ configFile: config, mode: 'production', logLevel: process.env.CI === 'true' ? 'warn' : 'info' });
const index = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));
if (!existsSync(index)) {
  console.error('haven: the dashboard build finished without web/dist/index.html');
  process.exit(1);
}
console.log(`haven: dashboard built into web/dist in ${Date.now() - started} ms`);
