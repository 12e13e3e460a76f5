/**
 * One line of a list file, read in each supported format. The readers report what they found
 * to a {@link ListLineSink} instead of returning objects, so a million-line import allocates
 * nothing per line beyond the names themselves.
 */
import type { ListFormat } from '../model.ts';
import { normaliseHost } from './normalise-host.ts';
import { parseSite } from './normalise-url.ts';

/** Receives what each line holds; the streaming parser implements it. */
export interface ListLineSink {
  domain(name: string): void;
  /** A `host/path` prefix, normalised. */
  url(hostAndPath: string): void;
  /** A comment or blank line. */
  comment(): void;
  /** A rule of a kind Haven does not apply (cosmetic, regex, options that narrow it): counted, not an error. */
  skippedRule(): void;
  /** An `@@` exception rule: counted, not applied (allowing is done by policy rules, not lists). */
  exception(): void;
  /** A hosts-file entry for the machine itself (`localhost`, `broadcasthost`, …). */
  local(): void;
  invalid(reason: string): void;
}

/** Reads one line of the given format into the sink. */
export type ListLineReader = (line: string, sink: ListLineSink) => void;

const LOCAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/** Adblock options that still mean "the whole domain" (everything else narrows the rule). */
const WHOLE_DOMAIN_OPTIONS = new Set(['important', 'all', 'document', 'doc']);

const HOSTS_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.%a-z]*)$/iu;
const WHITESPACE = /\s+/u;

/** Drops a `#` comment that follows content (`example.com  # tracker`). */
function stripTrailingComment(line: string): string {
  const hash = line.indexOf('#');
  if (hash <= 0) return line;
  const before = line.charCodeAt(hash - 1);
  return before === 32 || before === 9 ? line.slice(0, hash).trimEnd() : line;
}

/** `plain`: one domain per line; `#` and `!` comments. */
export function readPlainLine(raw: string, sink: ListLineSink): void {
  const line = raw.trim();
  if (line === '' || line.startsWith('#') || line.startsWith('!')) return sink.comment();
  const text = stripTrailingComment(line);
  if (WHITESPACE.test(text)) return sink.invalid('more than one field (is this a hosts file?)');
  if (text.includes('/')) return sink.invalid('a URL, not a domain (is this a urls list?)');
  const name = normaliseHost(text);
  if (name === undefined) return sink.invalid('not a valid host name');
  sink.domain(name);
}

/** `hosts`: `0.0.0.0 name [name…]` (any address); machine-local names are skipped and counted. */
export function readHostsLine(raw: string, sink: ListLineSink): void {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return sink.comment();
  const fields = stripTrailingComment(line).split(WHITESPACE);
  const address = fields[0] ?? '';
  if (!HOSTS_ADDRESS.test(address)) return sink.invalid('no address at the start of a hosts line');
  if (fields.length < 2) return sink.invalid('an address with no host name');
  let bad: string | undefined;
  for (let i = 1; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (LOCAL_NAMES.has(field.toLowerCase())) {
      sink.local();
      continue;
    }
    const name = normaliseHost(field);
    if (name === undefined) bad ??= field;
    else sink.domain(name);
  }
  if (bad !== undefined) sink.invalid(`not a valid host name: ${JSON.stringify(bad.slice(0, 80))}`);
}

/** `adblock`: `||name^` and `||name^$important` domain rules; other rule kinds are skipped and counted. */
export function readAdblockLine(raw: string, sink: ListLineSink): void {
  const line = raw.trim();
  if (line === '' || line.startsWith('!') || line.startsWith('[')) return sink.comment();
  if (line.startsWith('#')) return isCosmetic(line, 0) ? sink.skippedRule() : sink.comment();
  if (line.startsWith('@@')) return sink.exception();
  if (!line.startsWith('||')) return sink.skippedRule();
  const dollar = line.indexOf('$');
  const pattern = dollar < 0 ? line.slice(2) : line.slice(2, dollar);
  if (dollar >= 0) {
    for (const option of line.slice(dollar + 1).split(',')) {
      if (!WHOLE_DOMAIN_OPTIONS.has(option.trim().toLowerCase())) return sink.skippedRule();
    }
  }
  const caret = pattern.endsWith('^|') ? pattern.length - 2 : pattern.endsWith('^') ? pattern.length - 1 : -1;
  if (caret < 0) return sink.skippedRule();
  const host = pattern.slice(0, caret);
  if (/[/^|*]/u.test(host.startsWith('*.') ? host.slice(2) : host)) return sink.skippedRule();
  const name = normaliseHost(host);
  if (name === undefined) return sink.invalid('not a valid host name in a domain rule');
  sink.domain(name);
}

function isCosmetic(line: string, at: number): boolean {
  return ['##', '#@#', '#?#', '#$#', '#%#'].some((m) => line.startsWith(m, at));
}

/** `urls`: `example.com/path` or `https://example.com/path`; an entry without a path is a domain. */
export function readUrlLine(raw: string, sink: ListLineSink): void {
  const line = raw.trim();
  if (line === '' || line.startsWith('#') || line.startsWith('!')) return sink.comment();
  const text = stripTrailingComment(line);
  if (WHITESPACE.test(text)) return sink.invalid('more than one field');
  const site = parseSite(text);
  if (site === undefined) return sink.invalid('not a valid URL');
  if (site.path === undefined) sink.domain(site.host);
  else sink.url(site.host + site.path);
}

/** The line reader for a format. */
export const LIST_LINE_READERS: { readonly [F in ListFormat]: ListLineReader } = {
  plain: readPlainLine,
  hosts: readHostsLine,
  adblock: readAdblockLine,
  urls: readUrlLine,
};

/**
 * Guesses a list's format from a sample of its lines by majority of the lines that carry
 * content; `plain` when nothing else wins.
 */
export function detectListFormat(sample: readonly string[]): ListFormat {
  const votes: Record<ListFormat, number> = { plain: 0, hosts: 0, adblock: 0, urls: 0 };
  for (const raw of sample) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('[Adblock') || line.startsWith('!')) {
      votes.adblock += line.startsWith('[') ? 5 : 0.5;
      continue;
    }
    if (line.startsWith('#')) {
      if (isCosmetic(line, 0)) votes.adblock++;
      continue;
    }
    const first = line.split(WHITESPACE, 1)[0] ?? '';
    if (line.startsWith('||') || line.startsWith('@@') || line.startsWith('|') || line.includes('##') || /\^(?:\$|\|?$)/u.test(line)) {
      votes.adblock++;
    } else if (HOSTS_ADDRESS.test(first) && first !== line) {
      votes.hosts++;
    } else if (line.includes('/')) {
      votes.urls++;
    } else {
      votes.plain++;
    }
  }
  let best: ListFormat = 'plain';
  for (const f of ['hosts', 'adblock', 'urls'] as const) if (votes[f] > votes[best]) best = f;
  return best;
}
