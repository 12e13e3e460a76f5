// `npm run bench -- dns-path [--rounds 5]`: the DNS filter's own JavaScript per query, without
// sockets: parse → identify → decide (1M-domain list) → cache replay or block answer → event,
// over bench-peers' 100k query mix (half blocked, half allowed and cached). What `bench -- dns`
// measures on top of this is the operating system's and Node's UDP path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnswerCache, cacheKey, createDnsFilter, type DnsTransport } from '../src/dns/index.ts';
import { toCachedAnswer } from '../src/dns/core/cached-answer.ts';
import { parseQuery } from '../src/dns/core/parse-query.ts';
import { aRecord, buildAnswer, buildQuery } from '../src/dns/core/testing.ts';
import { buildListIndex } from '../src/filtering/core/list-index.ts';
import { buildSchoolGroups } from '../src/filtering/core/testing.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createStaticFilterEngine } from '../test/support/static-filter-engine.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = (at >= 0 ? Number(args[at + 1]) : 5) || 5;
const DATA = join(import.meta.dirname, '../../shared/bench-peers/data');
const policy = { maxTtl: 86400, maxNegativeTtl: 3600 };

const lists = buildListIndex([{ id: 'bench', name: 'bench', category: 'malware', domains: readFileSync(join(DATA, 'blocklist.txt'), 'utf8').split('\n').filter((l) => l !== '') }]);
const engine = createStaticFilterEngine({ schoolId: 'bench', lists, groups: buildSchoolGroups() });
const cache = new AnswerCache({ maxEntries: 200_000, maxBytes: 1 << 26, prefetchAfterHits: 0 });
const names = readFileSync(join(DATA, 'queries.txt'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(' ')[0] ?? '');
const packets = names.map((n, i) => Buffer.from(buildQuery(n, 1, { id: i & 0xffff })));
const now = Date.now();
for (const p of packets) {
  const q = parseQuery(p);
  cache.set(cacheKey(q.name, 1, 1, false, false), toCachedAnswer(buildAnswer(q.name, 1, { answers: [aRecord(q.name, '127.0.0.10')] }), policy), now);
}
let sent = 0;
let events = 0;
const filter = createDnsFilter({
  engine,
  upstream: { query: () => Promise.reject(new Error('every answer is cached')), status: () => [], close: async () => undefined },
  cache,
  cachePolicy: policy,
  clock: systemClock,
  listener: { subnets: [] },
  block: { mode: 'nxdomain', ttl: 10 },
  maxUdpSize: 1232,
  events: { record: () => void events++ },
});
const transport: DnsTransport = { kind: 'udp', send: () => void sent++, drop: () => undefined };
const results: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const t0 = process.hrtime.bigint();
  for (const p of packets) filter.handle(p, transport, '10.0.0.5', 5353);
  results.push(Number(process.hrtime.bigint() - t0) / packets.length / 1000);
}
const s = filter.stats();
console.log(`DNS path without sockets: ${results.map((r) => r.toFixed(2)).join(', ')} µs/query over ${ROUNDS} × ${packets.length.toLocaleString('en-GB')} queries`);
console.log(`best ${Math.min(...results).toFixed(2)} µs; answered ${sent}, events ${events}, blocked ${s.blocked}, from cache ${s.cacheHits}`);
