import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { createFilteringTestDeps, type FilteringTestDeps } from './testing.ts';

const CLI = { type: 'cli' } as const;

/** One ustar entry: a file (type 0), a directory (5) or a symlink (2). */
function tarEntry(name: string, content: string, type: '0' | '2' | '5' = '0'): Buffer {
  const body = Buffer.from(type === '0' ? content : '');
  const h = Buffer.alloc(512, 0);
  h.write(name, 0, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write(type, 156);
  if (type === '2') h.write(content, 157);
  h.write('ustar\u000000', 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return Buffer.concat([h, body, Buffer.alloc((512 - (body.length % 512)) % 512, 0)]);
}

/** A loopback server whose routes a test sets; it honours If-None-Match with the ETag given. */
function createListServer(): { server: Server; routes: Map<string, { status?: number; body: Buffer | string; etag?: string }>; hits: string[] } {
  const routes = new Map<string, { status?: number; body: Buffer | string; etag?: string }>();
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    hits.push(`${req.url ?? ''} ${req.headers['if-none-match'] ?? '-'}`);
    if (route === undefined) return void res.writeHead(404).end();
    if (route.etag !== undefined && req.headers['if-none-match'] === route.etag) return void res.writeHead(304).end();
    res.writeHead(route.status ?? 200, route.etag === undefined ? {} : { etag: route.etag }).end(route.body);
  });
  return { server, routes, hits };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: list subscriptions`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let f: FilteringTestDeps;
    const { server, routes, hits } = createListServer();
    let base = '';

    before(async () => {
      if (skip) return;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      t = await createTestDatabase(dialect);
      // Catalogue sources point at the internet; the test sends them to the loopback server instead.
      const loopback: typeof fetch = (input, init) => fetch(String(input).replace(/^https:\/\/[^/]+/, base), init);
      f = await createFilteringTestDeps(t, { fetch: loopback });
    });
    after(async () => {
      if (skip) return;
      await f.close();
      await t.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('subscribes to a URL, then refreshes conditionally and records each new version', { skip }, async () => {
      routes.set('/bets.txt', { body: '0.0.0.0 bet1.example\n0.0.0.0 bet2.example\n0.0.0.0 bet3.example\n', etag: '"v1"' });
      const first = await f.service.subscribe(CLI, { source: `${base}/bets.txt`, category: 'gambling', name: 'bets.test', reason: 'gambling sites' });
      assert.deepEqual([first.version.version, first.version.domains, first.list.sourceKind, first.list.refreshMinutes], [1, 3, 'url', 1440]);
      assert.equal(f.engine.decideFor(f.engine.identify('192.0.2.1'), 'www.bet2.example', f.clock.now()).verdict, 'block');
      assert.deepEqual(await f.service.refreshList(CLI, 'bets.test'), { status: 'not-modified' });
      assert.equal(hits.at(-1), '/bets.txt "v1"');
      routes.set('/bets.txt', { body: 'bet1.example\nbet2.example\nbet4.example\n', etag: '"v2"' });
      const second = await f.service.refreshList(CLI, 'bets.test');
      assert.equal(second.status, 'imported');
      assert.equal((await f.service.getList('bets.test')).current?.version, 2);
      assert.equal(f.engine.decideFor(f.engine.identify('192.0.2.1'), 'bet4.example', f.clock.now()).verdict, 'block');
    });

    it('keeps the last good version when a download fails or shrinks suspiciously, and says why', { skip }, async () => {
      routes.set('/bets.txt', { status: 500, body: 'oops' });
      const failed = await f.service.refreshList(CLI, 'bets.test');
      assert.equal(failed.status, 'failed');
      routes.set('/bets.txt', { body: 'bet1.example\n', etag: '"v3"' });
      const refused = await f.service.refreshList(CLI, 'bets.test');
      assert.equal(refused.status, 'refused');
      const list = await f.service.getList('bets.test');
      assert.equal(list.current?.version, 2);
      assert.match(list.lastError ?? '', /shrank suspiciously/);
      assert.equal(f.engine.decideFor(f.engine.identify('192.0.2.1'), 'bet4.example', f.clock.now()).verdict, 'block');
      const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', list.id).orderBy('seq').execute();
      assert.deepEqual(audit.map((a) => a.action), ['filtering.list.imported', 'filtering.list.imported', 'filtering.list.refresh_failed', 'filtering.list.refresh_refused']);
    });

    it('subscribes to a catalogue source (a UT1 tarball) and refreshes what is due on schedule', { skip }, async () => {
      const tarball = gzipSync(
        Buffer.concat([
          tarEntry('gambling/', '', '5'),
          tarEntry('gambling/domains', 'casino.example\npoker.example\n'),
          tarEntry('gambling/urls', 'host.example/bets/page\n'),
          tarEntry('gambling/usage', 'black\n'),
          tarEntry('gambling/link', 'domains', '2'),
          Buffer.alloc(1024, 0),
        ]),
      );
      routes.set('/blacklists/download/gambling.tar.gz', { body: tarball, etag: '"t1"' });
      const sub = await f.service.subscribe(CLI, { source: 'ut1-gambling', reason: 'the recommended set', refreshMinutes: 60 });
      assert.deepEqual([sub.list.name, sub.list.category, sub.list.sourceKind, sub.version.domains, sub.version.urls], ['ut1-gambling', 'gambling', 'catalogue', 2, 1]);
      assert.equal(await f.service.refreshDueLists(), 0, 'nothing is due yet');
      f.clock.advance(61 * 60_000);
      const before = hits.length;
      assert.equal(await f.service.refreshDueLists(), 1, 'only ut1-gambling is due after an hour');
      assert.equal(hits.slice(before).join(','), '/blacklists/download/gambling.tar.gz "t1"');
      await assert.rejects(f.service.subscribe(CLI, { source: 'no-such-source', reason: 'test' }), /--category must name a category/);
      await assert.rejects(f.service.subscribe(CLI, { source: 'file:///etc/passwd', category: 'games', reason: 'test' }), /only http and https/);
    });
  });
}
