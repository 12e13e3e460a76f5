// The DNS filter alone, for `bench/dns.ts` (the `haven-dns-core` row): the same listeners, cache,
// upstream pool, filter and SQLite event writer as `haven start`, around a filtering engine built
// straight from the list file by the filtering core. It leaves out the rest of the product (the
// CLI's module graph, the database-backed engine), so the two rows together show what the DNS
// path costs and what the product around it costs.
//   node --import tsx bench/support/dns-core-server.ts LIST_FILE PORT UPSTREAM DATA_DIR [--no-events]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDnsEventWriter, startDnsService } from '../../src/dns/index.ts';
import { buildListIndex } from '../../src/filtering/core/list-index.ts';
import { buildSchoolGroups } from '../../src/filtering/core/testing.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { migrateToLatest, openDatabase } from '../../src/platform/db/index.ts';
import { createLogger } from '../../src/platform/log.ts';
import { createStaticFilterEngine } from '../../test/support/static-filter-engine.ts';

const [listFile = '', port = '5301', upstream = '127.0.0.2:53', dataDir = '/tmp', flag] = process.argv.slice(2);
const started = Date.now();
const lists = buildListIndex([{ id: 'bench', name: 'bench', category: 'malware', domains: readFileSync(listFile, 'utf8').split('\n').filter((l) => l !== '') }]);
const engine = createStaticFilterEngine({ schoolId: 'bench', lists, groups: buildSchoolGroups() });
const config = loadConfig({ flags: { dataDir, dnsPort: port, dnsUpstream: [upstream] }, env: {}, cwd: dataDir });
const database = await openDatabase({ dialect: 'sqlite', path: join(dataDir, 'events.sqlite') });
await migrateToLatest(database);
const events = createDnsEventWriter({ database, options: config.events });
const logger = createLogger({ level: 'warn' });
const dns = await startDnsService({ config: config.dns, engine, clock: systemClock, logger, ...(flag === '--no-events' ? {} : { events }) });
console.log(`dns core ready on ${dns.host}:${dns.port} in ${Date.now() - started} ms`);
const stop = async (): Promise<void> => {
  await dns.close();
  await events.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
