import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { AppError } from '../platform/errors.ts';

// The school's password policy follows NCSC guidance: a minimum length, a deny list of common and
// breached passwords (also with trivial decoration), nothing personal — and deliberately no
// composition rules and no expiry, which only push people towards predictable passwords.

/** Every reason a password can be refused, in the order {@link passwordProblems} reports them. */
export const passwordProblemCodes = [
  'identity.password_too_short',
  'identity.password_too_long',
  'identity.password_common',
  'identity.password_personal',
] as const;
/** One reason a password is refused: its error code. */
export type PasswordProblem = (typeof passwordProblemCodes)[number];

/** Fewest characters (Unicode code points after NFKC) a password may have, as NCSC advises. */
export const PASSWORD_MIN_LENGTH = 8;

/** Most characters a password may have: room for any passphrase, a bound on the hashing work. */
export const PASSWORD_MAX_LENGTH = 256;

/** Distinct entries in the shipped deny list (see `data/LICENSES.md`); tests hold the loaded list to it. */
export const COMMON_PASSWORD_COUNT = 414_832;

/** Who the password is for: words they or their school are known by must not appear in it. */
export interface PasswordContext {
  email?: string;
  names?: string[];
  schoolNames?: string[];
}

/** A read-only set of common passwords in {@link toLookupForm}. */
export interface CommonPasswordList {
  readonly size: number;
  has(entry: string): boolean;
}

const messages: Record<PasswordProblem, string> = {
  'identity.password_too_short': `the new password is too short: use at least ${PASSWORD_MIN_LENGTH} characters`,
  'identity.password_too_long': `the new password is too long: use at most ${PASSWORD_MAX_LENGTH} characters`,
  'identity.password_common':
    'the new password is too common: it, or something very like it, is in lists of common and breached passwords',
  'identity.password_personal': "the new password must not contain your name, your email address or the school's name",
};

/** The form both the deny list and lookups use: NFKC, then lower case. */
export function toLookupForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Lists every rule the password breaks (empty when it is acceptable); never throws. */
export function passwordProblems(password: string, context: PasswordContext = {}): PasswordProblem[] {
  // NFKC can at most shrink a string about fourfold (e.g. U+1F8F from four code points), so
  // anything this long is certainly too long; refuse it before doing any work on it.
  if (password.length > 8 * PASSWORD_MAX_LENGTH) return ['identity.password_too_long'];
  const normalised = password.normalize('NFKC');
  const length = codePoints(normalised).length;
  const problems: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push('identity.password_too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('identity.password_too_long');
  if (isCommonPassword(normalised)) problems.push('identity.password_common');
  if (containsPersonalWords(normalised, context)) problems.push('identity.password_personal');
  return problems;
}

/** Throws `AppError(code, 'invalid')` for the first rule the password breaks; the message never quotes it. */
export function checkPassword(password: string, context: PasswordContext = {}): void {
  const [first] = passwordProblems(password, context);
  if (first === undefined) return;
  const details: Record<string, unknown> =
    first === 'identity.password_too_short'
      ? { minLength: PASSWORD_MIN_LENGTH }
      : first === 'identity.password_too_long'
        ? { maxLength: PASSWORD_MAX_LENGTH }
        : {};
  throw new AppError(first, 'invalid', messages[first], { details });
}

/**
 * True when the password is on the deny list as it is, or once trivial decoration is undone:
 * common leetspeak (`P@ssw0rd`) and a short run of trailing digits or symbols (`Password1`,
 * `qwerty123`, `dragon2024!`). Only whole strings are compared, so a long passphrase that merely
 * contains a common word is not refused.
 */
export function isCommonPassword(password: string): boolean {
  const list = loadCommonPasswords();
  return commonCandidates(toLookupForm(password)).some((candidate) => list.has(candidate));
}

const DATA_FILE = new URL('./data/common-passwords.txt.br', import.meta.url);
// The one piece of module state in identity: immutable data, loaded on first use (or at start-up
// through loadCommonPasswords), so importing this file costs nothing.
let commonPasswords: CommonPasswordList | undefined;

/** Loads the deny list once (about 415,000 entries, tens of milliseconds) and returns it. */
export function loadCommonPasswords(): CommonPasswordList {
  commonPasswords ??= createSortedLines(brotliDecompressSync(readFileSync(DATA_FILE)).toString('utf8'));
  return commonPasswords;
}

/**
 * Keeps the list as the one decompressed string plus the offset of each line, and bisects it:
 * a third of the memory of a `Set` of 415,000 strings and no hashing at load time. The file is
 * sorted by UTF-16 code unit, the order `<` compares strings in.
 */
function createSortedLines(text: string): CommonPasswordList {
  let count = text.length === 0 ? 0 : 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  // starts[i] is where line i begins; starts[count] is one past the end, as if a newline followed.
  const starts = new Uint32Array(count + 1);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  starts[count] = text.length + 1;
  const lineAt = (index: number): string => text.slice(starts[index] ?? 0, (starts[index + 1] ?? 1) - 1);
  return {
    size: count,
    has(entry: string): boolean {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const here = lineAt(mid);
        if (here === entry) return true;
        if (here < entry) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

// Common leetspeak, undone. `1` stands for both `i` and `l`, so there are two readings.
const leetReadings: ReadonlyArray<ReadonlyMap<string, string>> = [
  new Map([
    ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'], ['9', 'g'],
    ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l'], ['+', 't'],
  ]),
  new Map([['1', 'l'], ['!', 'l']]),
];
const MAX_DECORATION = 6; // trailing digits/symbols stripped: `2024!`, `123456`

function commonCandidates(lookup: string): string[] {
  const out = new Set<string>([lookup]);
  const base = stripTrailingDecoration(lookup);
  const stems = base !== undefined && isPlausibleBase(base) ? [lookup, base] : [lookup];
  for (const stem of stems) {
    out.add(stem);
    // Only letters can be written in leetspeak: an all-digit string is not decoded into words.
    if (/\p{L}/u.test(stem)) for (const reading of leetReadings) out.add(undoLeet(stem, reading));
  }
  return [...out];
}

function stripTrailingDecoration(text: string): string | undefined {
  const cps = codePoints(text);
  let end = cps.length;
  while (end > 0 && !/\p{L}/u.test(cps[end - 1] ?? '')) end -= 1;
  const run = cps.length - end;
  return run >= 1 && run <= MAX_DECORATION ? cps.slice(0, end).join('') : undefined;
}

// A short base counts only when it is a word (`love!!!!`): short junk entries such as `75zb` would
// otherwise refuse random passwords (`75zb!93$`) by chance.
function isPlausibleBase(base: string): boolean {
  const length = codePoints(base).length;
  return length >= 6 || (length >= 4 && /^\p{L}+$/u.test(base));
}

function undoLeet(text: string, reading: ReadonlyMap<string, string>): string {
  return codePoints(text)
    .map((c) => reading.get(c) ?? c)
    .join('');
}

// Words so common in school names that refusing them would refuse ordinary passphrases.
const genericSchoolWords = new Set([
  'the', 'and', 'school', 'schools', 'primary', 'secondary', 'academy', 'college', 'high', 'junior', 'juniors',
  'infant', 'infants', 'nursery', 'church', 'england', 'catholic', 'roman', 'community', 'foundation',
  'federation', 'trust', 'grammar', 'free', 'sixth', 'form', 'upper', 'middle', 'lower', 'saint', 'voluntary',
  'aided', 'controlled', 'special', 'learning', 'centre', 'studio', 'technical', 'girls', 'boys',
  'independent', 'preparatory', 'prep', 'international', 'multi', 'village',
]);
const MIN_PART = 3;

function containsPersonalWords(normalised: string, context: PasswordContext): boolean {
  const parts = personalParts(context);
  if (parts.size === 0) return false;
  const folded = fold(normalised);
  const forms = new Set([folded, compact(folded)]);
  for (const reading of leetReadings) {
    const decoded = undoLeet(folded, reading);
    forms.add(decoded);
    forms.add(compact(decoded));
  }
  for (const part of parts) for (const form of forms) if (form.includes(part)) return true;
  return false;
}

function personalParts(context: PasswordContext): Set<string> {
  const parts = new Set<string>();
  const addWords = (text: string, skip: ReadonlySet<string>): void => {
    const words = fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
    for (const w of words) if (codePoints(w).length >= MIN_PART && !skip.has(w)) parts.add(w);
    // Also the whole, run together: `o'neill` → `oneill`, `j.smith` → `jsmith`.
    const whole = words.join('');
    if (words.length > 1 && codePoints(whole).length >= MIN_PART) parts.add(whole);
  };
  const none = new Set<string>();
  for (const name of context.names ?? []) addWords(name, none);
  if (context.email) {
    const at = context.email.lastIndexOf('@');
    const local = at === -1 ? context.email : context.email.slice(0, at);
    addWords(local.split('+')[0] ?? local, none); // `jo+haven@` is Jo's address too
  }
  for (const school of context.schoolNames ?? []) addWords(school, genericSchoolWords);
  return parts;
}

/** Lower case without accents, so `Zoë` matches `zoe` and `ZOE`. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function codePoints(text: string): string[] {
  return Array.from(text);
}
