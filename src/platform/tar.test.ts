import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { isSafeTarName, readTar, tarChunks } from './tar.ts';

describe('ustar archives', () => {
  it('reads back files of any size, byte for byte', () => {
    const files = [
      { name: 'manifest.json', content: Buffer.from('{}') },
      { name: 'attachments/HVN-1/01-a.bin', content: randomBytes(1500) },
      { name: 'empty.txt', content: Buffer.alloc(0) },
      { name: 'exact.bin', content: randomBytes(512) },
    ];
    const archive = Buffer.concat([...tarChunks(files, Date.UTC(2026, 8, 7))]);
    assert.equal(archive.length % 512, 0);
    assert.deepEqual(readTar(archive), files);
  });

  it('never writes or reads a name that could escape the folder it is opened in', () => {
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a\\b', '', 'a//b', 'ünïcode.txt', 'x'.repeat(101)]) {
      assert.equal(isSafeTarName(bad), false, bad);
      assert.throws(() => [...tarChunks([{ name: bad, content: Buffer.alloc(1) }], 0)], { code: 'tar.name_invalid' });
    }
    const archive = Buffer.concat([...tarChunks([{ name: 'safe.txt', content: Buffer.from('x') }], 0)]);
    const evil = Buffer.from(archive);
    evil.write('../evil.txt\0', 0, 'ascii');
    // Fix the checksum so only the name is wrong.
    evil.write('        ', 148, 'ascii');
    let sum = 0;
    for (const b of evil.subarray(0, 512)) sum += b;
    evil.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    assert.throws(() => readTar(evil), { code: 'tar.invalid' });
  });

  it('refuses a damaged header or an archive cut short', () => {
    const archive = Buffer.concat([...tarChunks([{ name: 'a.txt', content: randomBytes(2000) }], 0)]);
    const flipped = Buffer.from(archive);
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    assert.throws(() => readTar(flipped), { code: 'tar.invalid' });
    assert.throws(() => readTar(archive.subarray(0, 1024)), { code: 'tar.invalid' });
  });
});
