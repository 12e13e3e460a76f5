/**
 * The streaming list parser: feed it lines (`push(line, lineNo)`) from a file, a download or a
 * test string, then `finish()` for the distinct domains and URL prefixes and an account of every
 * line. Bad lines never abort an import: they are counted, and the first hundred are kept with
 * their line numbers so the dashboard can show them.
 */
import type { ListFormat } from '../model.ts';
import { LIST_LINE_READERS, detectListFormat, type ListLineSink } from './parse-list-line.ts';

/** A line that could not be read, with its 1-based number. */
export interface InvalidLine {
  readonly line: number;
  /** The line as written (cut at 200 characters). */
  readonly text: string;
  readonly reason: string;
}

/** What happened to every line of one list. */
export interface ListParseStats {
  readonly lines: number;
  /** Distinct domains plus distinct URL prefixes kept. */
  readonly accepted: number;
  readonly duplicates: number;
  /** Comment and blank lines. */
  readonly comments: number;
  /** Adblock rules of kinds Haven does not apply (cosmetic, regex, narrowing options). */
  readonly skippedRules: number;
  /** Adblock `@@` exception rules. */
  readonly skippedExceptions: number;
  /** Hosts-file entries for the machine itself (`localhost` and friends). */
  readonly skippedLocal: number;
  readonly invalidCount: number;
  /** The first {@link ListParserOptions.maxInvalidExamples} invalid lines. */
  readonly invalid: readonly InvalidLine[];
}

/** The outcome of parsing one list. */
export interface ListParseResult {
  /** The format used (the detected one when `auto` was asked for). */
  readonly format: ListFormat;
  /** Distinct normalised domains, in first-seen order. */
  readonly domains: string[];
  /** Distinct `host/path` prefixes, in first-seen order. */
  readonly urls: string[];
  readonly stats: ListParseStats;
}

/** A parser fed one line at a time. */
export interface ListParser {
  push(line: string, lineNo: number): void;
  finish(): ListParseResult;
}

/** Options for {@link createListParser}. */
export interface ListParserOptions {
  /** Invalid lines kept as examples (default 100); all are counted. */
  readonly maxInvalidExamples?: number;
  /** Lines with content that `auto` looks at before choosing a format (default 200). */
  readonly detectionSample?: number;
}

/** Creates a streaming parser for one list in the given format, or `auto` to detect it from the first lines. */
export function createListParser(format: ListFormat | 'auto', options: ListParserOptions = {}): ListParser {
  const maxExamples = options.maxInvalidExamples ?? 100;
  const sampleSize = options.detectionSample ?? 200;
  const domains = new Set<string>();
  const urls = new Set<string>();
  const invalid: InvalidLine[] = [];
  const counts = { lines: 0, duplicates: 0, comments: 0, skippedRules: 0, skippedExceptions: 0, skippedLocal: 0, invalidCount: 0 };
  // The line being read, for the invalid-line record; mutated rather than reallocated per line.
  const current = { line: 0, text: '' };
  const sink: ListLineSink = {
    domain(name) {
      if (domains.has(name)) counts.duplicates++;
      else domains.add(name);
    },
    url(hostAndPath) {
      if (urls.has(hostAndPath)) counts.duplicates++;
      else urls.add(hostAndPath);
    },
    comment: () => void counts.comments++,
    skippedRule: () => void counts.skippedRules++,
    exception: () => void counts.skippedExceptions++,
    local: () => void counts.skippedLocal++,
    invalid(reason) {
      counts.invalidCount++;
      if (invalid.length < maxExamples) invalid.push({ line: current.line, text: current.text.slice(0, 200), reason });
    },
  };

  let chosen: ListFormat | undefined = format === 'auto' ? undefined : format;
  const pending: { line: string; lineNo: number }[] = [];
  let contentLines = 0;

  const read = (line: string, lineNo: number, f: ListFormat): void => {
    current.line = lineNo;
    current.text = line;
    LIST_LINE_READERS[f](lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, sink);
  };
  const settle = (): ListFormat => {
    const f = detectListFormat(pending.map((p) => p.line));
    for (const p of pending) read(p.line, p.lineNo, f);
    pending.length = 0;
    chosen = f;
    return f;
  };

  return {
    push(line, lineNo) {
      counts.lines++;
      if (chosen !== undefined) return read(line, lineNo, chosen);
      pending.push({ line, lineNo });
      const t = line.trimStart();
      if (t !== '' && !t.startsWith('#') && !t.startsWith('!')) contentLines++;
      if (contentLines >= sampleSize) settle();
    },
    finish() {
      const f = chosen ?? settle();
      return {
        format: f,
        domains: [...domains],
        urls: [...urls],
        stats: { ...counts, accepted: domains.size + urls.size, invalid },
      };
    },
  };
}

/** Parses a whole list held in memory (tests, small uploads); numbers lines from 1. */
export function parseListText(text: string, format: ListFormat | 'auto'): ListParseResult {
  const parser = createListParser(format);
  const lines = text.split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => parser.push(line, i + 1));
  return parser.finish();
}
