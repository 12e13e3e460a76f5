// The DNS filter on real loopback sockets: verdicts, block answers, safe search, circumvention,
// identity by address, live policy changes and events. The upstream is a stub on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { messageRcode, type DnsMessage } from '../../src/dns/core/message.ts';
import { aText, cnameRecord, aRecord, extendedError } from '../../src/dns/core/testing.ts';
import { wireNameText } from '../../src/dns/core/message.ts';
import { EDE, RCODE, RR_TYPE } from '../../src/dns/core/wire.ts';
import { ask } from '../support/dns-client.ts';
import { startTestDns, TEST_LISTS, type TestDns } from '../support/dns-service.ts';

const STAFF = '127.0.0.2';

function addresses(m: DnsMessage): string[] {
  return m.answers.filter((r) => r.type === RR_TYPE.A).map((r) => aText(r.data));
}

function cnameTargets(m: DnsMessage): string[] {
  return m.answers.filter((r) => r.type === RR_TYPE.CNAME).map((r) => wireNameText(r.data));
}

describe('dns filter: verdicts on the wire', () => {
  let t: TestDns;
  before(async () => {
    t = await startTestDns();
  });
  after(() => t.close());

  it('gives an allowed name the upstream’s answer', async () => {
    const m = await ask(t.port, 'school.example');
    assert.equal(messageRcode(m), RCODE.NOERROR);
    assert.deepEqual(addresses(m), ['127.0.0.10']);
  });

  it('answers a blocked name NXDOMAIN with EDE 15 and the category, without asking upstream', async () => {
    const before = t.upstream.asked.length;
    const m = await ask(t.port, 'www.porn.example');
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    assert.deepEqual(extendedError(m), { code: EDE.BLOCKED, text: 'pornography' });
    assert.equal(m.authorities[0]?.type, RR_TYPE.SOA);
    assert.equal(t.upstream.asked.length, before);
  });

  it('answers illegal content with EDE 16 (Censored), for staff too', async () => {
    const m = await ask(t.port, 'abuse.example', RR_TYPE.A, { from: STAFF });
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    assert.equal(extendedError(m)?.code, EDE.CENSORED);
  });

  for (const [type, label] of [
    [RR_TYPE.AAAA, 'AAAA'],
    [RR_TYPE.HTTPS, 'HTTPS'],
    [RR_TYPE.SVCB, 'SVCB'],
    [RR_TYPE.MX, 'MX'],
  ] as const) {
    it(`blocks ${label} queries for blocked names too`, async () => {
      const m = await ask(t.port, 'porn.example', type);
      assert.equal(messageRcode(m), RCODE.NXDOMAIN);
      assert.equal(extendedError(m)?.code, EDE.BLOCKED);
    });
  }

  it('follows the staff policy for a staff device (social media allowed) and the learner default elsewhere', async () => {
    const staff = await ask(t.port, 'social.example', RR_TYPE.A, { from: STAFF });
    assert.equal(messageRcode(staff), RCODE.NOERROR);
    const learner = await ask(t.port, 'social.example');
    assert.equal(messageRcode(learner), RCODE.NXDOMAIN);
    assert.equal(extendedError(learner)?.text, 'social-media');
  });

  it('blocks an answer whose CNAME target is blocked', async () => {
    t.upstream.table.set('cdn-alias.example', { answers: [cnameRecord('cdn-alias.example', 'bral.com'), aRecord('bral.com', '192.0.2.9')] });
    const m = await ask(t.port, 'cdn-alias.example');
    assert.equal(messageRcode(m), RCODE.NXDOMAIN);
    assert.equal(extendedError(m)?.text, 'malware');
  });

  it('records every query as an event with who asked and the verdict', async () => {
    await ask(t.port, 'porn.example', RR_TYPE.A, { from: STAFF });
    const e = t.events.findLast((x) => x.name === 'porn.example' && x.address === STAFF);
    assert.ok(e);
    assert.equal(e.verdict, 'block');
    assert.equal(e.category, 'pornography');
    assert.equal(e.list, 'adult');
    assert.equal(e.client.deviceId, 'laptop-1');
    assert.equal(e.client.personId, 'p-staff');
    assert.equal(e.type, RR_TYPE.A);
  });
});

describe('dns filter: safe search and circumvention', () => {
  let t: TestDns;
  before(async () => {
    t = await startTestDns();
  });
  after(() => t.close());

  it('sends a learner’s www.google.com to forcesafesearch.google.com with its address', async () => {
    const m = await ask(t.port, 'www.google.com');
    assert.equal(messageRcode(m), RCODE.NOERROR);
    assert.deepEqual(cnameTargets(m), ['forcesafesearch.google.com']);
    assert.deepEqual(addresses(m), ['216.239.38.120']);
    assert.equal(m.answers[0]?.name, 'www.google.com');
  });

  for (const host of ['www.google.co.uk', 'google.de', 'www.google.com.au']) {
    it(`enforces safe search on the country domain ${host}`, async () => {
      assert.deepEqual(cnameTargets(await ask(t.port, host)), ['forcesafesearch.google.com']);
    });
  }

  it('gives learners YouTube strict and staff YouTube moderate restricted mode', async () => {
    assert.deepEqual(cnameTargets(await ask(t.port, 'www.youtube.com')), ['restrict.youtube.com']);
    assert.deepEqual(cnameTargets(await ask(t.port, 'www.youtube.com', RR_TYPE.A, { from: STAFF })), ['restrictmoderate.youtube.com']);
  });

  it('enforces Bing and DuckDuckGo safe search', async () => {
    assert.deepEqual(cnameTargets(await ask(t.port, 'www.bing.com')), ['strict.bing.com']);
    assert.deepEqual(cnameTargets(await ask(t.port, 'duckduckgo.com')), ['safe.duckduckgo.com']);
  });

  it('answers from the cache the second time', async () => {
    await ask(t.port, 'www.google.fr');
    const asked = t.upstream.asked.length;
    assert.deepEqual(cnameTargets(await ask(t.port, 'www.google.fr')), ['forcesafesearch.google.com']);
    assert.equal(t.upstream.asked.length, asked);
  });

  for (const host of ['use-application-dns.net', 'mask.icloud.com', 'mask-h2.icloud.com']) {
    it(`answers ${host} NXDOMAIN for everyone, staff included`, async () => {
      const m = await ask(t.port, host, RR_TYPE.A, { from: STAFF });
      assert.equal(messageRcode(m), RCODE.NXDOMAIN);
      assert.equal(extendedError(m)?.text, 'circumvention');
    });
  }

  it('blocks encrypted-DNS resolvers where circumvention is blocked, and allows them where a rule allows it', async () => {
    const learner = await ask(t.port, 'dns.google');
    assert.equal(messageRcode(learner), RCODE.NXDOMAIN);
    assert.equal(extendedError(learner)?.text, 'circumvention');
    t.engine.update({ rules: [{ id: 'it-doh', subject: { kind: 'group', group: 'staff' }, target: { kind: 'category', category: 'circumvention' }, level: 'allowed' }] });
    const staff = await ask(t.port, 'mozilla.cloudflare-dns.com', RR_TYPE.A, { from: STAFF });
    assert.equal(messageRcode(staff), RCODE.NOERROR);
    t.engine.update({ rules: [] });
  });
});

describe('dns filter: live policy and block-page mode', () => {
  it('applies a policy change to the very next query, without a restart', async () => {
    const t = await startTestDns();
    try {
      assert.equal(messageRcode(await ask(t.port, 'games.example')), RCODE.NOERROR);
      t.engine.update({
        lists: [...TEST_LISTS, { id: 'games', name: 'games', category: 'games', domains: ['games.example'] }],
        rules: [{ id: 'no-games', subject: { kind: 'group', group: 'learners' }, target: { kind: 'category', category: 'games' }, level: 'blocked' }],
      });
      const m = await ask(t.port, 'games.example');
      assert.equal(messageRcode(m), RCODE.NXDOMAIN);
      assert.equal(extendedError(m)?.text, 'games');
      t.engine.update({ rules: [] });
      assert.equal(messageRcode(await ask(t.port, 'games.example')), RCODE.NOERROR, 'allowed again: no verdict was cached');
    } finally {
      await t.close();
    }
  });

  it('answers the block page address in block-page mode, with the EDE', async () => {
    const t = await startTestDns({ config: { blockMode: 'block-page', blockPage: { ipv4: '10.20.30.40' } } });
    try {
      const a = await ask(t.port, 'porn.example');
      assert.equal(messageRcode(a), RCODE.NOERROR);
      assert.deepEqual(addresses(a), ['10.20.30.40']);
      assert.equal(extendedError(a)?.code, EDE.BLOCKED);
      const aaaa = await ask(t.port, 'porn.example', RR_TYPE.AAAA);
      assert.equal(messageRcode(aaaa), RCODE.NOERROR);
      assert.equal(aaaa.answers.length, 0, 'NODATA without an IPv6 block page');
      const https = await ask(t.port, 'porn.example', RR_TYPE.HTTPS);
      assert.equal(https.answers.length, 0);
      assert.equal(extendedError(https)?.code, EDE.BLOCKED);
    } finally {
      await t.close();
    }
  });

  it('puts a listener’s unregistered clients in its configured subnet group', async () => {
    const t = await startTestDns({ config: { subnets: [{ cidr: '127.0.0.64/26', group: 'staff' }] } });
    try {
      assert.equal(messageRcode(await ask(t.port, 'social.example', RR_TYPE.A, { from: '127.0.0.70' })), RCODE.NOERROR);
      assert.equal(messageRcode(await ask(t.port, 'social.example', RR_TYPE.A, { from: '127.0.0.3' })), RCODE.NXDOMAIN);
    } finally {
      await t.close();
    }
  });
});
