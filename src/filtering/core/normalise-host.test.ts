import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIpLiteral, normaliseHost } from './normalise-host.ts';
import { normalisePath, parseRequestUrl, parseSite, pathHasPrefix } from './normalise-url.ts';

describe('normaliseHost', () => {
  const cases: [input: string, expected: string | undefined, why: string][] = [
    ['example.com', 'example.com', 'already normal'],
    ['Example.COM', 'example.com', 'lower-cases'],
    ['example.com.', 'example.com', 'strips the trailing dot'],
    ['*.example.com', 'example.com', 'strips a wildcard prefix'],
    ['.example.com', 'example.com', 'strips a leading dot'],
    ['  example.com ', 'example.com', 'trims spaces'],
    ['bücher.example', 'xn--bcher-kva.example', 'IDNA to A-labels'],
    ['BÜCHER.example', 'xn--bcher-kva.example', 'upper-case U-labels'],
    ['XN--BCHER-KVA.example', 'xn--bcher-kva.example', 'upper-case A-labels'],
    ['faß.de', 'xn--fa-hia.de', 'non-transitional IDNA (ß kept)'],
    ['ＥＸＡＭＰＬＥ.com', 'example.com', 'full-width letters map to ASCII'],
    ['☃.net', 'xn--n3h.net', 'symbols'],
    ['_dmarc.example.com', '_dmarc.example.com', 'underscores occur in real names'],
    ['1.2.3.4', '1.2.3.4', 'IPv4'],
    ['0x7f.1', '127.0.0.1', 'IPv4 in odd notation is canonicalised'],
    ['[2001:DB8::1]', '[2001:db8::1]', 'bracketed IPv6'],
    ['xn--zz.example', undefined, 'invalid Punycode'],
    ['1.2.3.4.5', undefined, 'five numeric labels'],
    ['a..b', undefined, 'empty label'],
    ['', undefined, 'empty'],
    ['.', undefined, 'root only'],
    ['exa mple.com', undefined, 'space inside'],
    ['user@evil.com', undefined, 'userinfo'],
    ['evil.com/x', undefined, 'a path'],
    ['example.com:80', undefined, 'a port'],
    ['ex*ample.com', undefined, 'wildcard inside'],
    ['a!b.com', undefined, 'punctuation the URL parser allows but DNS does not'],
    [`${'a'.repeat(64)}.com`, undefined, 'label over 63 characters'],
    [`${'abcdefghi.'.repeat(26)}com`, undefined, 'name over 253 characters'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)} (${why})`, () => {
      assert.equal(normaliseHost(input), expected);
    });
  }

  it('agrees between the fast path and the URL parser for ASCII names', () => {
    for (const name of ['www.example.co.uk', 'a-b.c_d.example', 'x1.y2.z3']) {
      assert.equal(normaliseHost(name), new URL(`http://${name}`).hostname);
    }
  });

  it('tells IP literals from names', () => {
    assert.equal(isIpLiteral('127.0.0.1'), true);
    assert.equal(isIpLiteral('[::1]'), true);
    assert.equal(isIpLiteral('example.com'), false);
    assert.equal(isIpLiteral('1.example'), false);
  });
});

describe('sites and URLs', () => {
  it('parses sites with and without paths and schemes', () => {
    assert.deepEqual(parseSite('Example.com'), { host: 'example.com' });
    assert.deepEqual(parseSite('example.com/'), { host: 'example.com' });
    assert.deepEqual(parseSite('example.com/Path/X/'), { host: 'example.com', path: '/path/x' });
    assert.deepEqual(parseSite('https://www.example.com/a/../b?Q=1#frag'), { host: 'www.example.com', path: '/b?q=1' });
    assert.deepEqual(parseSite('example.com:8080/x'), { host: 'example.com', path: '/x' });
    assert.equal(parseSite('user@example.com/x'), undefined);
    assert.equal(parseSite('not a site'), undefined);
    assert.equal(parseSite(''), undefined);
  });

  it('decodes escaped unreserved characters so they cannot dodge a prefix', () => {
    assert.equal(normalisePath('/p%61th/%7Euser'), '/path/~user');
    assert.equal(normalisePath('/a%2Fb'), '/a%2fb');
  });

  it('splits request URLs into host and path', () => {
    assert.deepEqual(parseRequestUrl('https://WWW.Example.com/Adult/page?x=1'), { host: 'www.example.com', path: '/adult/page?x=1' });
    assert.deepEqual(parseRequestUrl('http://example.com'), { host: 'example.com', path: '/' });
    assert.equal(parseRequestUrl('not a url'), undefined);
  });

  const prefixes: [path: string, prefix: string, expected: boolean][] = [
    ['/a', '/a', true],
    ['/a/b', '/a', true],
    ['/a?x=1', '/a', true],
    ['/ab', '/a', false],
    ['/watch?v=abc&t=1', '/watch?v=abc', true],
    ['/watch?v=abcdef', '/watch?v=abc', false],
    ['/b', '/a', false],
  ];
  for (const [path, prefix, expected] of prefixes) {
    it(`${prefix} ${expected ? 'covers' : 'does not cover'} ${path}`, () => {
      assert.equal(pathHasPrefix(path, prefix), expected);
    });
  }
});
