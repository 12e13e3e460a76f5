import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, it } from 'node:test';
import type { CliIo } from '../context.ts';
import { main } from '../main.ts';
import { analyseJsonLines } from './analyse.ts';

async function haven(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: process.cwd(), readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the JSON-lines loop over `input` with a slow consumer, collecting the output lines. */
async function jsonl(input: string): Promise<{ failed: number; lines: string[] }> {
  const chunks: string[] = [];
  const output = new Writable({
    highWaterMark: 256, // small, so the loop has to wait for 'drain'
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  const failed = await analyseJsonLines({ input: Readable.from([input]), output }, {});
  output.end();
  await finished(output);
  return { failed, lines: chunks.join('').split('\n').filter((l) => l.length > 0) };
}

describe('haven analyse', () => {
  it('prints severity 5 and suicide-self-harm for the done-when example', async () => {
    const r = await jsonl('{"text":"how many paracetamol to die"}\n');
    assert.equal(r.lines.length, 1);
    const a = JSON.parse(r.lines[0] ?? '') as { severity: number; categories: string[]; matches: unknown[] };
    assert.equal(a.severity, 5);
    assert.deepEqual(a.categories, ['suicide-self-harm']);
    assert.deepEqual(Object.keys(a), ['severity', 'categories', 'matches']);
  });

  it('prints severity 0 for a zombie process, as text and as JSON', async () => {
    const text = await haven('analyse', 'how do I kill a zombie process');
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /^severity 0 \(nothing\)$/);
    const json = await haven('analyse', '--json', 'how', 'do', 'I', 'kill', 'a', 'zombie', 'process');
    assert.equal((JSON.parse(json.out) as { severity: number }).severity, 0);
  });

  it('explains its matches as text', async () => {
    const r = await haven('analyse', 'i want to k1ll myself');
    assert.match(r.out, /^severity 5 \(risk to life\): suicide-self-harm\n/);
    assert.match(r.out, /en\.ssh\./);
  });

  it('answers every line in order, with an error line in place of a bad one', async () => {
    const input = ['{"text":"how do I kill a zombie process"}', 'not json', '', '{"text":"jak się zabić","lang":"pl"}', '{"nope":1}'].join('\n');
    const r = await jsonl(input);
    assert.equal(r.failed, 2);
    assert.equal(r.lines.length, 4);
    assert.equal((JSON.parse(r.lines[0] ?? '') as { severity: number }).severity, 0);
    assert.match(r.lines[1] ?? '', /^\{"error":"line 2: /);
    assert.equal((JSON.parse(r.lines[2] ?? '') as { severity: number }).severity, 5);
    assert.match(r.lines[3] ?? '', /^\{"error":"line 5: expected/);
  });

  it('streams many lines through a slow consumer in order', async () => {
    const n = 3000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ text: i % 2 === 0 ? `line ${i} i want to die` : `line ${i} maths homework` })).join('\n');
    const r = await jsonl(input);
    assert.equal(r.failed, 0);
    assert.equal(r.lines.length, n);
    r.lines.forEach((l, i) => assert.equal((JSON.parse(l) as { severity: number }).severity, i % 2 === 0 ? 5 : 0, `line ${i}`));
  });

  it('refuses a text together with --jsonl, and an unknown age band', async () => {
    assert.equal((await haven('analyse', '--jsonl', 'text')).code, 2);
    assert.equal((await haven('analyse', '--age-band', 'toddler', 'text')).code, 2);
    assert.equal((await haven('analyse')).code, 2);
  });
});
