import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectListFormat } from './parse-list-line.ts';
import { createListParser, parseListText } from './parse-list.ts';
import { UT1_CATEGORIES, ut1Category } from './ut1-categories.ts';

const lines = (...xs: string[]): string => xs.join('\n');

describe('plain lists', () => {
  it('keeps normalised, distinct domains and counts the rest', () => {
    const r = parseListText(
      lines('# comment', '! also a comment', '', 'Example.com', 'example.com.', '*.wild.example', 'bücher.example', 'two fields.example x', 'bad..name', 'site.example # trailing comment'),
      'plain',
    );
    assert.deepEqual(r.domains, ['example.com', 'wild.example', 'xn--bcher-kva.example', 'site.example']);
    assert.equal(r.stats.lines, 10);
    assert.equal(r.stats.comments, 3);
    assert.equal(r.stats.duplicates, 1);
    assert.equal(r.stats.accepted, 4);
    assert.equal(r.stats.invalidCount, 2);
    assert.deepEqual(
      r.stats.invalid.map((i) => [i.line, i.text]),
      [
        [8, 'two fields.example x'],
        [9, 'bad..name'],
      ],
    );
  });

  it('reads CRLF lines and a byte-order mark', () => {
    const r = parseListText('\uFEFFa.example\r\nb.example\r\n', 'plain');
    assert.deepEqual(r.domains, ['a.example', 'b.example']);
    assert.equal(r.stats.invalidCount, 0);
  });

  it('keeps only the first hundred invalid lines but counts them all', () => {
    const parser = createListParser('plain');
    for (let i = 1; i <= 250; i++) parser.push(`bad name ${i}`, i);
    const r = parser.finish();
    assert.equal(r.stats.invalidCount, 250);
    assert.equal(r.stats.invalid.length, 100);
    assert.equal(r.stats.invalid[99]?.line, 100);
  });
});

describe('hosts lists', () => {
  it('reads several names per line and skips the machine itself', () => {
    const r = parseListText(
      lines('127.0.0.1 localhost', '::1 localhost ip6-localhost', '0.0.0.0 0.0.0.0', '0.0.0.0 ads.example tracker.example # x', '127.0.0.1\tmetrics.example', 'ads.example', '0.0.0.0', '0.0.0.0 ok.example bad!name'),
      'hosts',
    );
    assert.deepEqual(r.domains, ['ads.example', 'tracker.example', 'metrics.example', 'ok.example']);
    assert.equal(r.stats.skippedLocal, 4);
    assert.deepEqual(
      r.stats.invalid.map((i) => [i.line, i.reason]),
      [
        [6, 'no address at the start of a hosts line'],
        [7, 'an address with no host name'],
        [8, 'not a valid host name: "bad!name"'],
      ],
    );
  });
});

describe('adblock lists', () => {
  it('applies domain rules only and counts skipped rules and exceptions apart from errors', () => {
    const r = parseListText(
      lines(
        '[Adblock Plus 2.0]',
        '! Title: test',
        '||ads.example^',
        '||important.example^$important',
        '||*.wild.example^',
        '||third.example^$third-party',
        '||path.example/ads^',
        '@@||allowed.example^',
        'example.com##.banner',
        '##.ad',
        '/banner[0-9]+/',
        '|https://x.example/',
        '||no-caret.example',
        '||bad..name^',
        '||pipe.example^|',
      ),
      'adblock',
    );
    assert.deepEqual(r.domains, ['ads.example', 'important.example', 'wild.example', 'pipe.example']);
    assert.equal(r.stats.comments, 2);
    assert.equal(r.stats.skippedRules, 7);
    assert.equal(r.stats.skippedExceptions, 1);
    assert.equal(r.stats.invalidCount, 1);
    assert.equal(r.stats.invalid[0]?.line, 14);
  });
});

describe('URL lists', () => {
  it('reads host + path prefixes with or without a scheme; bare hosts are domains', () => {
    const r = parseListText(lines('example.com/path/x', 'https://WWW.Example.org/A/', 'plain.example', 'plain.example/', 'example.com/path/x/', 'not a url'), 'urls');
    assert.deepEqual(r.urls, ['example.com/path/x', 'www.example.org/a']);
    assert.deepEqual(r.domains, ['plain.example']);
    assert.equal(r.stats.duplicates, 2);
    assert.equal(r.stats.invalid[0]?.line, 6);
  });
});

describe('format detection', () => {
  const cases: [name: string, sample: string[], expected: string][] = [
    ['plain', ['# list', 'a.example', 'b.example'], 'plain'],
    ['hosts', ['# hosts', '127.0.0.1 localhost', '0.0.0.0 a.example', '0.0.0.0 b.example'], 'hosts'],
    ['adblock', ['[Adblock Plus 2.0]', '! x', '||a.example^', '||b.example^'], 'adblock'],
    ['adblock without a header', ['||a.example^', '||b.example^$important', 'c.example'], 'adblock'],
    ['urls', ['a.example/x', 'b.example/y/z', 'c.example'], 'urls'],
  ];
  for (const [name, sample, expected] of cases) {
    it(`detects ${name}`, () => assert.equal(detectListFormat(sample), expected));
  }

  it('auto-detects while streaming and replays the sampled lines', () => {
    const parser = createListParser('auto', { detectionSample: 3 });
    ['# StevenBlack-style', '0.0.0.0 a.example', '0.0.0.0 b.example', '0.0.0.0 c.example', '0.0.0.0 d.example'].forEach((l, i) => parser.push(l, i + 1));
    const r = parser.finish();
    assert.equal(r.format, 'hosts');
    assert.deepEqual(r.domains, ['a.example', 'b.example', 'c.example', 'd.example']);
    assert.equal(r.stats.lines, 5);
    assert.equal(r.stats.comments, 1);
  });

  it('decides at finish when the list is shorter than the sample', () => {
    assert.equal(parseListText('||a.example^\n', 'auto').format, 'adblock');
  });
});

describe('UT1 categories', () => {
  it('maps UT1 names onto Haven categories', () => {
    assert.equal(ut1Category('adult'), 'pornography');
    assert.equal(ut1Category('agressif'), 'discrimination');
    assert.equal(ut1Category('drogue'), 'drugs');
    assert.equal(ut1Category('phishing'), 'malware');
    assert.equal(ut1Category('redirector'), 'circumvention');
    assert.equal(ut1Category('social_networks'), 'social-media');
    assert.equal(ut1Category('warez'), 'piracy');
    assert.equal(ut1Category('webmail'), undefined);
    assert.equal(ut1Category('no-such-category'), undefined);
  });

  it('recommends only mapped categories, and no aliases', () => {
    for (const [name, m] of Object.entries(UT1_CATEGORIES)) {
      if (m.recommended) assert.notEqual(m.category, null, name);
      if (m.aliasOf !== undefined) assert.equal(m.category, UT1_CATEGORIES[m.aliasOf]?.category, name);
    }
  });
});
