import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AGE_BANDS, type AgeBand, type Analysis, analyse, type AnalyseOptions, compileLexicon, LEXICON_VERSION } from '../../monitoring/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type CliIo, print, table, usageError, withJson } from '../context.ts';

const SEVERITY_NAMES = ['nothing', 'very low', 'mild', 'concerning', 'serious', 'risk to life'] as const;

/** Streams `haven analyse --jsonl` reads from and writes to (the process's own unless a test passes others). */
export interface AnalyseStreams {
  input: Readable;
  output: Writable;
}

/** One analysis as text: the verdict, then one row per match. */
export function describeAnalysis(a: Analysis): string {
  const head = `severity ${a.severity} (${SEVERITY_NAMES[a.severity]})${a.categories.length > 0 ? `: ${a.categories.join(', ')}` : ''}`;
  if (a.matches.length === 0) return head;
  return [head, table(['SEVERITY', 'CATEGORY', 'ENTRY', 'TEXT', 'AT'], a.matches.map((m) => [m.severity, m.category, m.entry, m.text, `${m.start}-${m.end}`]))].join('\n');
}

function parseAgeBand(value: string | undefined): AgeBand | undefined {
  if (value === undefined) return undefined;
  const band = AGE_BANDS.find((b) => b === value);
  if (band === undefined) throw usageError(`unknown age band "${value}" (one of ${AGE_BANDS.join(', ')})`);
  return band;
}

/**
 * Analyses JSON lines `{"text": "...", "lang": "xx"}` from `input` and writes one
 * `{"severity", "categories", "matches"}` per line to `output`, in order, one line in flight at a
 * time and waiting for the output to drain, so memory stays constant whatever the input size.
 * A line that is not such an object gets `{"error": "..."}` in its place; returns how many did.
 */
export async function analyseJsonLines(streams: AnalyseStreams, base: AnalyseOptions): Promise<number> {
  const lines = createInterface({ input: streams.input, crlfDelay: Infinity });
  let failed = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let out: string;
    try {
      const item: unknown = JSON.parse(line);
      if (typeof item !== 'object' || item === null || !('text' in item) || typeof item.text !== 'string') throw new Error('expected {"text": "...", "lang": "xx"}');
      const lang = 'lang' in item && typeof item.lang === 'string' ? item.lang : base.lang;
      const a = analyse(item.text, { ...base, ...(lang === undefined ? {} : { lang }) });
      out = JSON.stringify({ severity: a.severity, categories: a.categories, matches: a.matches });
    } catch (e) {
      failed++;
      out = JSON.stringify({ error: `line ${lineNo}: ${e instanceof Error ? e.message : String(e)}` });
    }
    if (!streams.output.write(`${out}\n`)) await new Promise<void>((resolve) => streams.output.once('drain', () => resolve()));
  }
  if (streams.output.writableNeedDrain) await new Promise<void>((resolve) => streams.output.once('drain', () => resolve()));
  return failed;
}

/** `haven analyse`: runs the monitoring analyser on a text, or on JSON lines from stdin (offline; no server). */
export function registerAnalyseCommand(program: Command, io: CliIo, streams: AnalyseStreams = { input: process.stdin, output: process.stdout }): void {
  withJson(program.command('analyse'))
    .alias('analyze')
    .description(`analyse text for safeguarding risk with the built-in lexicon ${LEXICON_VERSION} (no server needed)`)
    .argument('[text...]', 'the text (words are joined with spaces)')
    .option('--jsonl', 'read {"text": "...", "lang": "xx"} per line from stdin; write {"severity", "categories", "matches"} per line')
    .option('--lang <lang>', 'language hint (en, pl, ro, ur, ur-Latn, pa); every language is matched anyway')
    .option('--age-band <band>', `age band: ${AGE_BANDS.join(', ')} (default secondary)`)
    .action(async (words: string[], opts: { json?: boolean; jsonl?: boolean; lang?: string; ageBand?: string }) => {
      const ageBand = parseAgeBand(opts.ageBand);
      const base: AnalyseOptions = { lexicon: compileLexicon(), ...(opts.lang === undefined ? {} : { lang: opts.lang }), ...(ageBand === undefined ? {} : { ageBand }) };
      if (opts.jsonl === true) {
        if (words.length > 0) throw usageError('give either a text or --jsonl, not both');
        const failed = await analyseJsonLines(streams, base);
        if (failed > 0) throw new AppError('monitoring.analyse_bad_lines', 'invalid', `${failed} line(s) were not {"text": "..."} objects; each got an {"error"} line`);
        return;
      }
      if (words.length === 0) throw usageError('nothing to analyse: give a text, or --jsonl to read JSON lines from stdin');
      print(io, opts, analyse(words.join(' '), base), describeAnalysis);
    });
}
