/**
 * Host names as every part of filtering compares them: lower case, no trailing dot, no wildcard
 * prefix, internationalised labels as A-labels (`bücher.example` → `xn--bcher-kva.example`).
 * Plain ASCII names take a fast path; anything else goes through the WHATWG URL parser, which
 * browsers and Node share, so the extension and the server agree on every name.
 */

const MAX_NAME = 253;
const MAX_LABEL = 63;

/** Character classes of the fast path. */
const LOWER = 1;
const UPPER = 2;
const OTHER_OK = 3; // digits, '-', '_'
const DOT = 4;

function charClass(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if ((c >= 48 && c <= 57) || c === 45 || c === 95) return OTHER_OK;
  if (c === 46) return DOT;
  return 0;
}

/**
 * Normalises a host name, or returns undefined when it is not a usable name. Accepts a leading
 * `*.` or `.` (list wildcards: the name and its subdomains, which is how every entry matches
 * anyway), IPv4 addresses (canonicalised) and bracketed IPv6 addresses.
 */
export function normaliseHost(input: string): string | undefined {
  const fast = normaliseAscii(input);
  if (fast !== undefined) return fast === '' ? undefined : fast;
  return normaliseSlow(input);
}

/**
 * The fast path: returns the normalised name, '' for a definitely invalid name, or undefined when
 * the slow path must decide (non-ASCII, IDNA `xn--` labels, numeric last label, other characters).
 */
function normaliseAscii(input: string): string | undefined {
  let start = 0;
  let end = input.length;
  if (end > 0 && input.charCodeAt(0) === 46) start = 1;
  if (end > start && input.charCodeAt(end - 1) === 46) end -= 1;
  if (end <= start || end - start > MAX_NAME) return end <= start ? '' : undefined;
  let upper = false;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : input.charCodeAt(i);
    const k = charClass(c);
    if (k === DOT) {
      const len = i - labelStart;
      if (len === 0 || len > MAX_LABEL) return '';
      // `xn--` labels are checked by the URL parser (valid Punycode only).
      if (len >= 4 && isXn(input, labelStart)) return undefined;
      labelStart = i + 1;
    } else if (k === UPPER) {
      upper = true;
    } else if (k === 0) {
      return undefined;
    }
  }
  // A numeric last label is an IPv4 address (or an invalid one): the URL parser canonicalises it.
  if (looksNumeric(input, lastLabelStart(input, start, end), end)) return undefined;
  const name = start === 0 && end === input.length ? input : input.slice(start, end);
  return upper ? name.toLowerCase() : name;
}

function isXn(s: string, at: number): boolean {
  const a = s.charCodeAt(at) | 32;
  const b = s.charCodeAt(at + 1) | 32;
  return a === 120 && b === 110 && s.charCodeAt(at + 2) === 45 && s.charCodeAt(at + 3) === 45;
}

function lastLabelStart(s: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (s.charCodeAt(i) === 46) return i + 1;
  return start;
}

function looksNumeric(s: string, from: number, end: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 48 && end - from > 1 && (s.charCodeAt(from + 1) | 32) === 120) return true; // 0x…
  for (let i = from; i < end; i++) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/** Characters that would make the URL parser read something other than a host. */
const NOT_HOST = /[\s/\\?#@:[\]%<>^|"`{}]/u;

function normaliseSlow(input: string): string | undefined {
  let s = input.trim();
  if (s.startsWith('[') && s.endsWith(']')) return normaliseIpv6(s);
  if (s.startsWith('*.')) s = s.slice(2);
  else if (s.startsWith('.')) s = s.slice(1);
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s === '' || s.includes('*') || NOT_HOST.test(s)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${s}`).hostname;
  } catch {
    return undefined;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  const checked = normaliseAscii(host);
  if (checked === '') return undefined;
  // The URL parser has already validated IDNA labels and IPv4 forms; what is left must be plain ASCII.
  if (checked === undefined) return isAsciiName(host) ? host : undefined;
  return checked;
}

function isAsciiName(host: string): boolean {
  if (host.length === 0 || host.length > MAX_NAME) return false;
  for (const label of host.split('.')) {
    if (label.length === 0 || label.length > MAX_LABEL) return false;
    for (let i = 0; i < label.length; i++) {
      const k = charClass(label.charCodeAt(i));
      if (k === 0 || k === DOT) return false;
    }
  }
  return true;
}

function normaliseIpv6(bracketed: string): string | undefined {
  try {
    const host = new URL(`http://${bracketed}`).hostname;
    return host.startsWith('[') ? host : undefined;
  } catch {
    return undefined;
  }
}

/** True for a normalised host that is an IP address literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  if (host.startsWith('[')) return true;
  return looksNumeric(host, lastLabelStart(host, 0, host.length), host.length);
}
