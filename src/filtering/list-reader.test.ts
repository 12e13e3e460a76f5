import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readListFile, readUt1Directory } from './list-reader.ts';

const root = mkdtempSync(join(tmpdir(), 'haven-list-reader-'));
after(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('readListFile', () => {
  it('streams a hosts file, detecting the format, with line numbers for bad lines', async () => {
    const path = file('hosts.txt', '# StevenBlack\r\n127.0.0.1 localhost\r\n0.0.0.0 a.example\r\nnot a hosts line\r\n0.0.0.0 b.example');
    const r = await readListFile(path);
    assert.equal(r.format, 'hosts');
    assert.deepEqual(r.domains, ['a.example', 'b.example']);
    assert.deepEqual(
      r.stats.invalid.map((i) => i.line),
      [4],
    );
  });

  it('reads gzip files and reports progress up to the stored size', async () => {
    const path = file('list.txt.gz', gzipSync('a.example\nb.example\n'));
    const progress: [number, number][] = [];
    const r = await readListFile(path, { format: 'plain', onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(r.domains, ['a.example', 'b.example']);
    const last = progress.at(-1);
    assert.ok(last !== undefined && last[0] === last[1], JSON.stringify(progress));
  });

  it('decodes multi-byte names split across read chunks', async () => {
    const filler = 'x.example\n'.repeat(104_857); // 1,048,570 bytes: the next name straddles the 1 MiB chunk
    const path = file('big.txt', `${filler}bücher.example\nlast.example\n`);
    const progress: number[] = [];
    const r = await readListFile(path, { format: 'plain', onProgress: (done) => progress.push(done) });
    assert.deepEqual(r.domains, ['x.example', 'xn--bcher-kva.example', 'last.example']);
    assert.equal(r.stats.lines, 104_859);
    assert.ok(progress.length >= 2);
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
    );
  });
});

describe('readUt1Directory', () => {
  const ut1 = join(root, 'ut1', 'blacklists');
  file('ut1/blacklists/adult/domains', 'porn.example\nsex.example\n');
  file('ut1/blacklists/adult/urls', 'host.example/adult\n');
  file('ut1/blacklists/agressif/domains', 'hate.example\n');
  file('ut1/blacklists/drogue/domains.gz', gzipSync('drugs.example\n'));
  file('ut1/blacklists/webmail/domains', 'mail.example\n');
  file('ut1/blacklists/strict_redirector/domains', 'cache.example\n');
  file('ut1/blacklists/mystery/domains', 'x.example\n');
  file('ut1/blacklists/global_usage', 'NAME: adult\n');
  symlinkSync('adult', join(ut1, 'porn'));

  it('imports the recommended categories under Haven names, skipping aliases and unmapped ones', async () => {
    const progress: [number, number][] = [];
    const r = await readUt1Directory(join(root, 'ut1'), { onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(
      r.categories.map((c) => [c.ut1Name, c.category, c.domains?.domains, c.urls?.urls]),
      [
        ['adult', 'pornography', ['porn.example', 'sex.example'], ['host.example/adult']],
        ['agressif', 'discrimination', ['hate.example'], undefined],
        ['drogue', 'drugs', ['drugs.example'], undefined],
      ],
    );
    assert.deepEqual(
      r.skipped.map((s) => s.ut1Name),
      ['mystery', 'porn', 'strict_redirector', 'webmail'],
    );
    const last = progress.at(-1);
    assert.ok(last !== undefined && last[0] === last[1]);
  });

  it('imports exactly the categories asked for', async () => {
    const r = await readUt1Directory(ut1, { categories: ['strict_redirector'] });
    assert.deepEqual(
      r.categories.map((c) => [c.ut1Name, c.category]),
      [['strict_redirector', 'circumvention']],
    );
  });
});
