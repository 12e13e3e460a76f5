/**
 * Domain names between wire form and text. Text form has no trailing dot (the root is `''`),
 * and a label octet that is not a plain printable character is escaped the way dig writes it
 * (`\.`, `\\`, `\032`), so two different wire names never share a text form and an escaped
 * name never passes as a host name to the filter.
 */
import { LIMITS } from './wire.ts';

const BACKSLASH = 92;
const DOT = 46;

/** Appends one label octet to `out` in text form, lower-casing A–Z when asked. */
function labelChar(c: number, lower: boolean): string {
  if (c >= 65 && c <= 90) return String.fromCharCode(lower ? c + 32 : c);
  if (c === DOT || c === BACKSLASH) return `\\${String.fromCharCode(c)}`;
  if (c > 0x20 && c < 0x7f) return String.fromCharCode(c);
  return `\\${c < 10 ? '00' : c < 100 ? '0' : ''}${c}`;
}

/** True when every octet of the label is a letter, digit, `-` or `_` (the fast path). */
function isPlainOctet(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/**
 * Text of the label octets `buf[start .. start+len)`; `lower` folds A–Z. Plain labels (the
 * overwhelming case) become one string without per-character escaping.
 */
export function labelText(buf: Uint8Array, start: number, len: number, lower: boolean): string {
  let plain = true;
  let upper = false;
  for (let i = start; i < start + len; i++) {
    const c = buf[i] ?? 0;
    if (c >= 65 && c <= 90) upper = true;
    else if (!isPlainOctet(c)) {
      plain = false;
      break;
    }
  }
  if (plain && (!upper || !lower)) return latin1(buf, start, len);
  let s = '';
  for (let i = start; i < start + len; i++) s += labelChar(buf[i] ?? 0, lower);
  return s;
}

/** Octets as Latin-1 characters (the caller has checked they are printable ASCII). */
function latin1(buf: Uint8Array, start: number, len: number): string {
  if (len <= 16) {
    let s = '';
    for (let i = start; i < start + len; i++) s += String.fromCharCode(buf[i] ?? 0);
    return s;
  }
  return String.fromCharCode.apply(null, Array.from(buf.subarray(start, start + len)));
}

/**
 * The wire form of a text name (escapes understood; a trailing dot allowed), or undefined when
 * it is not a valid name (empty label, label over 63 octets, name over 255 octets, bad escape).
 */
export function encodeName(text: string): Uint8Array | undefined {
  const out = new Uint8Array(LIMITS.MAX_NAME_WIRE);
  const n = writeName(out, 0, text);
  return n < 0 ? undefined : out.slice(0, n);
}

/**
 * Writes a text name in wire form (uncompressed) at `offset`; returns the offset after it, or
 * -1 when the name is invalid or does not fit.
 */
export function writeName(out: Uint8Array, offset: number, text: string): number {
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === DOT && (end < 2 || text.charCodeAt(end - 2) !== BACKSLASH)) end--;
  if (end === 0) {
    if (offset >= out.length) return -1;
    out[offset] = 0;
    return offset + 1;
  }
  const start = offset;
  let lenAt = offset;
  let p = offset + 1;
  let labelLen = 0;
  for (let i = 0; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === DOT) {
      if (labelLen === 0 || labelLen > LIMITS.MAX_LABEL) return -1;
      out[lenAt] = labelLen;
      lenAt = p;
      p++;
      labelLen = 0;
      continue;
    }
    let c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const d0 = text.charCodeAt(i + 1) - 48;
      if (d0 >= 0 && d0 <= 9) {
        const d1 = text.charCodeAt(i + 2) - 48;
        const d2 = text.charCodeAt(i + 3) - 48;
        if (i + 3 >= end || !(d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9)) return -1;
        c = d0 * 100 + d1 * 10 + d2;
        i += 3;
      } else {
        if (i + 1 >= end) return -1;
        c = text.charCodeAt(i + 1);
        i += 1;
      }
    }
    if (c > 0xff) return -1;
    if (p >= out.length || p - start >= LIMITS.MAX_NAME_WIRE) return -1;
    out[p++] = c;
    labelLen++;
  }
  // `p` points one past the slot reserved for the next length octet: that slot is the root.
  if (lenAt >= out.length || lenAt + 1 - start > LIMITS.MAX_NAME_WIRE) return -1;
  out[lenAt] = 0;
  return lenAt + 1;
}

/** Lower-cases A–Z only (DNS names compare case-insensitively in ASCII, RFC 4343). */
export function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** True when `name` is `suffix` or a subdomain of it (both lower-case text names). */
export function isSubdomainOf(name: string, suffix: string): boolean {
  if (suffix === '') return true;
  if (name.length === suffix.length) return name === suffix;
  return name.length > suffix.length && name.endsWith(suffix) && name.charCodeAt(name.length - suffix.length - 1) === DOT;
}
