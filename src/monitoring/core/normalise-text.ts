/**
 * Readings of the raw text that the normaliser makes before folding a character: HTML entities,
 * a hashtag's camel case, and which Indic code points are signs rather than letters. Pure
 * functions of the text, no Node-only modules (the browser extension runs them too).
 */

/** Combining marks (vowel signs, anusvara, virama…) of the Indic blocks U+0900–U+0DFF, by offset. */
const INDIC_MARK: Uint8Array = (() => {
  const marks = new Uint8Array(0x500);
  for (let i = 0; i < marks.length; i++) marks[i] = /\p{M}/u.test(String.fromCharCode(0x0900 + i)) ? 1 : 0;
  return marks;
})();

export const isIndicMark = (code: number): boolean => code >= 0x0900 && code <= 0x0dff && INDIC_MARK[code - 0x0900] === 1;

export const AMPERSAND = 0x26;

/** Named HTML entities that turn up in exported text, and what they stand for. */
const NAMED_ENTITIES: Readonly<Record<string, number>> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, nbsp: 0x20, rsquo: 0x2019, lsquo: 0x2018,
  rdquo: 0x201d, ldquo: 0x201c, hellip: 0x2026, ndash: 0x2013, mdash: 0x2014, shy: 0xad, zwj: 0x200d, zwnj: 0x200c,
};
/** An entity, possibly escaped again ("&amp;#39;", as text escaped twice reads). */
const ENTITY = /&(?:amp;)*(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));/y;

/** The entity starting at `i`, if one does. */
export function entityAt(text: string, i: number): { codePoint: number; length: number } | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (m === null) return undefined;
  const [whole, decimal, hex, name] = m;
  const codePoint = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : NAMED_ENTITIES[(name ?? '').toLowerCase()];
  if (codePoint === undefined || codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return { codePoint, length: whole.length };
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * True when a new word starts at `i` inside a camel-case run: a capital after a small letter
 * ("Want" in "iWant"), or a capital after a capital and before a small letter ("Want" in
 * "IWant"). Only hashtags are read this way: elsewhere "YouTube" and "McDonald" are one word.
 */
export function camelBreak(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (!isUpper(c)) return false;
  const before = text.charAt(i - 1);
  return isLower(before) || (isUpper(before) && isLower(text.charAt(i + 1)));
}
