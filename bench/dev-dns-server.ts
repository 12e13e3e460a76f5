// DEV ONLY (not committed): DNS service with the static engine over the 1M list, for profiling.
import { readFileSync } from 'node:fs';
import { startDnsService, createDnsEventWriter } from '../src/dns/index.ts';
import { buildSchoolGroups } from '../src/filtering/core/testing.ts';
import { loadConfig } from '../src/platform/config/index.ts';
import { createLogger } from '../src/platform/log.ts';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase, migrateToLatest } from '../src/platform/db/index.ts';
import { createStaticFilterEngine } from '../test/support/static-filter-engine.ts';

const t0 = Date.now();
const domains = readFileSync('/work/shared/bench-peers/data/blocklist.txt', 'utf8').split('\n').filter(Boolean);
const engine = createStaticFilterEngine({ schoolId: 's', lists: [{ id: 'm', name: 'm', category: 'malware', domains }], groups: buildSchoolGroups() });
console.error('engine built in', Date.now() - t0, 'ms, rss', Math.round(process.memoryUsage().rss / 1e6));
const config = loadConfig({ flags: { dnsPort: 5301, dnsUpstream: ['127.0.0.2:53'] }, env: {}, cwd: '/tmp/dev' });
let events;
if (process.env.EVENTS === '1') {
  const database = await openDatabase({ dialect: 'sqlite', path: '/tmp/dev/ev.sqlite' });
  await migrateToLatest(database);
  events = createDnsEventWriter({ database, options: config.events });
}
await startDnsService({ config: config.dns, engine, clock: systemClock, logger: createLogger({ level: 'warn' }), ...(events ? { events } : {}) });
console.error('ready in', Date.now() - t0, 'ms');
process.on('SIGINT', () => process.exit(0));
