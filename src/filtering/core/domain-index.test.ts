import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildDomainIndex, domainEntries, findDomain, matchDomain, sourcesOfTag } from './domain-index.ts';
import { buildUrlIndex, matchUrl } from './url-index.ts';

describe('domain index', () => {
  const index = buildDomainIndex([
    { source: 0, names: ['bral.com', 'static-ads.bral.com', 'example.org', 'bral.com'] },
    { source: 1, names: ['static-ads.bral.com', 'co.uk.example', 'Bad..Name', 'UPPER.example'] },
  ]);

  const cases: [host: string, entries: string[]][] = [
    ['bral.com', ['bral.com']],
    ['www.bral.com', ['bral.com']],
    ['static-ads.bral.com', ['static-ads.bral.com', 'bral.com']],
    ['a.b.static-ads.bral.com', ['static-ads.bral.com', 'bral.com']],
    ['notbral.com', []],
    ['bral.com.evil.net', []],
    ['ral.com', []],
    ['com', []],
    ['example.org', ['example.org']],
    ['www.example.org', ['example.org']],
    ['uk.example', []],
  ];
  for (const [host, entries] of cases) {
    it(`${host} → ${entries.length === 0 ? 'no entry' : entries.join(', ')}`, () => {
      assert.deepEqual(
        matchDomain(index, host).map((m) => m.entry),
        entries,
      );
    });
  }

  it('finds www.bral.com although a more specific sibling (static-ads.bral.com) is listed too', () => {
    assert.notEqual(findDomain(index, 'www.bral.com'), -1);
  });

  it('stores a name once, tagged with every source that lists it', () => {
    assert.equal(index.size, 4);
    assert.deepEqual(matchDomain(index, 'static-ads.bral.com')[0]?.sources, [0, 1]);
    assert.deepEqual(sourcesOfTag(index, findDomain(index, 'x.static-ads.bral.com')), [0, 1]);
    assert.deepEqual(index.sourceCounts, [3, 2]);
  });

  it('leaves out names that are not normalised and counts them', () => {
    assert.equal(index.rejected, 2);
    assert.deepEqual(
      [...domainEntries(index)].map((e) => e.entry),
      ['bral.com', 'static-ads.bral.com', 'example.org', 'co.uk.example'],
    );
  });

  it('is empty-safe', () => {
    const empty = buildDomainIndex([]);
    assert.equal(findDomain(empty, 'example.com'), -1);
    assert.deepEqual(matchDomain(empty, 'example.com'), []);
  });

  it('agrees with a naive suffix walk over a Set for any names and queries', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/u);
    const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), fc.array(name, { maxLength: 30 }), fc.array(label, { maxLength: 2 }), (names, extra, prefix) => {
        const idx = buildDomainIndex([{ source: 0, names }], { loadFactor: 0.9 });
        const set = new Set(names);
        for (const q of [...names, ...extra].map((n) => [...prefix, n].join('.'))) {
          const labels = q.split('.');
          const expected = labels.map((_, i) => labels.slice(i).join('.')).filter((s) => set.has(s));
          assert.deepEqual(
            matchDomain(idx, q).map((m) => m.entry),
            expected,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('URL-prefix index', () => {
  const urls = buildUrlIndex([
    { source: 0, urls: ['example.com/adult', 'example.com/adult/more', 'other.example/x?id=1'] },
    { source: 1, urls: ['example.com/adult', 'no-path.example'] },
  ]);

  const cases: [host: string, path: string, entries: string[]][] = [
    ['example.com', '/adult', ['example.com/adult']],
    ['example.com', '/adult/more/page', ['example.com/adult/more', 'example.com/adult']],
    ['www.example.com', '/adult?x=1', ['example.com/adult']],
    ['example.com', '/adultery', []],
    ['example.com', '/', []],
    ['other.example', '/x?id=1&y=2', ['other.example/x?id=1']],
    ['other.example', '/x?id=12', []],
  ];
  for (const [host, path, entries] of cases) {
    it(`${host}${path} → ${entries.length === 0 ? 'no entry' : entries.join(', ')}`, () => {
      assert.deepEqual(
        matchUrl(urls, host, path).map((m) => m.entry),
        entries,
      );
    });
  }

  it('merges sources of a repeated prefix and ignores entries without a path', () => {
    assert.equal(urls.size, 3);
    assert.deepEqual(matchUrl(urls, 'example.com', '/adult')[0]?.sources, [0, 1]);
  });
});
