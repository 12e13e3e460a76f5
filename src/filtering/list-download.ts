/**
 * Downloads a subscribed list and streams it through the list parser, never holding the file:
 * conditional requests (ETag / If-Modified-Since) so an unchanged list costs one round trip,
 * `.gz` bodies decompressed, and UT1 category tarballs (`<cat>/domains`, `<cat>/urls`) read
 * entry by entry. Sizes and time are bounded so a hostile or broken source cannot exhaust the
 * server.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { CatalogueFormat } from './catalogue.ts';
import { createListParser, type ListParseResult, type ListParser } from './core/parse-list.ts';
import { isAppError } from '../platform/errors.ts';
import { filteringErrors } from './errors.ts';
import type { ListFormat } from './model.ts';

/** Limits of one download. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;
export const DOWNLOAD_MAX_BYTES = 512 * 1024 * 1024;

/** What a download gave: nothing new, or a parsed list with the validators for next time. */
export type DownloadResult =
  | { readonly status: 'not-modified' }
  | { readonly status: 'ok'; readonly parsed: ListParseResult; readonly etag: string | null; readonly lastModified: string | null; readonly bytes: number };

/** Splits a byte stream into lines for one parser, carrying partial lines and UTF-8 sequences across chunks. */
function createLineFeeder(parser: ListParser): { write(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lineNo = 0;
  return {
    write(chunk) {
      const text = carry + decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        parser.push(text.slice(start, end), ++lineNo);
        start = nl + 1;
      }
      carry = text.slice(start);
    },
    end() {
      carry += decoder.decode();
      if (carry.endsWith('\r')) carry = carry.slice(0, -1);
      if (carry !== '') parser.push(carry, ++lineNo);
    },
  };
}

function tarString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? raw.length : nul).toString('utf8');
}

/**
 * Reads a UT1 tarball: the `domains` file (plain) and the `urls` file (urls format) of its one
 * category, merged into one result. Other entries (directories, links, `usage`) are skipped.
 */
async function readUt1Tar(stream: AsyncIterable<Buffer>): Promise<ListParseResult> {
  const domains = createListParser('plain');
  const urls = createListParser('urls');
  let carry: Buffer = Buffer.alloc(0);
  let remaining = 0;
  let padding = 0;
  let sink: ReturnType<typeof createLineFeeder> | undefined;
  const feeders = new Map<ListParser, ReturnType<typeof createLineFeeder>>();
  const feederOf = (p: ListParser): ReturnType<typeof createLineFeeder> => {
    let f = feeders.get(p);
    if (f === undefined) feeders.set(p, (f = createLineFeeder(p)));
    return f;
  };
  for await (const chunk of stream) {
    carry = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    for (;;) {
      if (remaining > 0) {
        const take = Math.min(remaining, carry.length);
        sink?.write(carry.subarray(0, take));
        carry = carry.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
        continue;
      }
      if (padding > 0) {
        const take = Math.min(padding, carry.length);
        carry = carry.subarray(take);
        padding -= take;
        if (padding > 0) break;
        continue;
      }
      if (carry.length < 512) break;
      const header = carry.subarray(0, 512);
      carry = carry.subarray(512);
      if (header.every((b) => b === 0)) continue;
      const prefix = tarString(header, 345, 155);
      const name = prefix === '' ? tarString(header, 0, 100) : `${prefix}/${tarString(header, 0, 100)}`;
      const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
      const type = header[156] ?? 0;
      const regular = type === 0 || type === 48; // '\0' or '0'
      const base = name.split('/').at(-1);
      sink = !regular ? undefined : base === 'domains' ? feederOf(domains) : base === 'urls' ? feederOf(urls) : undefined;
      remaining = regular ? size : 0;
      padding = regular && size % 512 !== 0 ? 512 - (size % 512) : 0;
    }
  }
  for (const f of feeders.values()) f.end();
  const d = domains.finish();
  const u = urls.finish();
  return {
    format: 'plain',
    domains: d.domains,
    urls: u.urls,
    stats: {
      lines: d.stats.lines + u.stats.lines,
      accepted: d.stats.accepted + u.stats.accepted,
      duplicates: d.stats.duplicates + u.stats.duplicates,
      comments: d.stats.comments + u.stats.comments,
      skippedRules: d.stats.skippedRules + u.stats.skippedRules,
      skippedExceptions: d.stats.skippedExceptions + u.stats.skippedExceptions,
      skippedLocal: d.stats.skippedLocal + u.stats.skippedLocal,
      invalidCount: d.stats.invalidCount + u.stats.invalidCount,
      invalid: [...d.stats.invalid, ...u.stats.invalid].slice(0, 100),
    },
  };
}

/** Counts bytes through a stream and fails past the limit. */
async function* bounded(stream: AsyncIterable<unknown>, limit: number, url: string, counter: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) continue;
    counter.bytes += chunk.byteLength;
    if (counter.bytes > limit) throw filteringErrors.downloadFailed(`${url} is larger than ${Math.round(limit / 1_048_576)} MB`);
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/** Downloads and parses a list; `validators` make it conditional. Throws `filtering.download_failed` with why. */
export async function downloadList(
  fetchFn: typeof fetch,
  url: string,
  format: CatalogueFormat | ListFormat | 'auto',
  validators: { etag: string | null; lastModified: string | null },
  limits: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<DownloadResult> {
  const headers: Record<string, string> = { 'user-agent': 'Haven list subscription' };
  if (validators.etag !== null) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== null) headers['if-modified-since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetchFn(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs ?? DOWNLOAD_TIMEOUT_MS) });
  } catch (cause) {
    throw filteringErrors.downloadFailed(`cannot download ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok || response.body === null) throw filteringErrors.downloadFailed(`cannot download ${url}: HTTP ${response.status}`);
  const counter = { bytes: 0 };
  const max = limits.maxBytes ?? DOWNLOAD_MAX_BYTES;
  try {
    const raw = Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]);
    const gzipped = format === 'ut1-tar' || new URL(url).pathname.endsWith('.gz');
    const source = bounded(gzipped ? raw.pipe(createGunzip()) : raw, max, url, counter);
    let parsed: ListParseResult;
    if (format === 'ut1-tar') parsed = await readUt1Tar(source);
    else {
      const parser = createListParser(format);
      const feeder = createLineFeeder(parser);
      for await (const chunk of source) feeder.write(chunk);
      feeder.end();
      parsed = parser.finish();
    }
    return { status: 'ok', parsed, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'), bytes: counter.bytes };
  } catch (cause) {
    if (isAppError(cause)) throw cause;
    throw filteringErrors.downloadFailed(`cannot read ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
