import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Secret } from 'otpauth';
import { isAppError } from '../platform/errors.ts';
import {
  createTotpSecret,
  generateRecoveryCodes,
  generateTotp,
  hashRecoveryCode,
  normaliseRecoveryCode,
  totpStep,
  totpUri,
  verifyTotp,
} from './totp.ts';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = new Secret({ buffer: new Uint8Array(Buffer.from('12345678901234567890', 'ascii')).buffer }).base32;

describe('TOTP', () => {
  describe('matches the RFC 6238 SHA-1 test vectors (last 6 of the 8 digits)', () => {
    const vectors: Array<{ seconds: number; code: string }> = [
      { seconds: 59, code: '287082' }, // 94287082
      { seconds: 1111111109, code: '081804' }, // 07081804
      { seconds: 1111111111, code: '050471' }, // 14050471
      { seconds: 1234567890, code: '005924' }, // 89005924
      { seconds: 2000000000, code: '279037' }, // 69279037
      { seconds: 20000000000, code: '353130' }, // 65353130
    ];
    for (const { seconds, code } of vectors) {
      it(`T=${seconds}s → ${code}`, () => {
        const nowMs = seconds * 1000;
        assert.equal(RFC_SECRET, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
        assert.equal(generateTotp(RFC_SECRET, nowMs), code);
        assert.deepEqual(verifyTotp(RFC_SECRET, code, nowMs), { ok: true, step: Math.floor(seconds / 30) });
      });
    }
  });

  describe('accepts one step either side of now, and no further', () => {
    const now = 1_800_000_000_000; // a step boundary: 1.8e12 ms is 60,000,000 steps
    const step = totpStep(now);
    const cases: Array<{ offsetSteps: number; ok: boolean }> = [
      { offsetSteps: -2, ok: false },
      { offsetSteps: -1, ok: true },
      { offsetSteps: 0, ok: true },
      { offsetSteps: 1, ok: true },
      { offsetSteps: 2, ok: false },
    ];
    for (const { offsetSteps, ok } of cases) {
      it(`code from step ${offsetSteps >= 0 ? '+' : ''}${offsetSteps}: ${ok ? 'accepted' : 'refused'}`, () => {
        const code = generateTotp(RFC_SECRET, now + offsetSteps * 30_000);
        const result = verifyTotp(RFC_SECRET, code, now + 29_999);
        assert.deepEqual(result, ok ? { ok: true, step: step + offsetSteps } : { ok: false });
      });
    }
  });

  it('refuses a replayed code: its step must come after the last one used', () => {
    const now = 1_800_000_000_000;
    const code = generateTotp(RFC_SECRET, now);
    const first = verifyTotp(RFC_SECRET, code, now);
    assert.ok(first.ok, 'the first use is accepted');
    const cases: Array<{ lastUsedStep: number | undefined; ok: boolean; why: string }> = [
      { lastUsedStep: undefined, ok: true, why: 'never used' },
      { lastUsedStep: first.step - 1, ok: true, why: 'an earlier step was used' },
      { lastUsedStep: first.step, ok: false, why: 'the same step was used' },
      { lastUsedStep: first.step + 1, ok: false, why: 'a later step was used' },
    ];
    for (const { lastUsedStep, ok, why } of cases) {
      assert.equal(verifyTotp(RFC_SECRET, code, now + 10_000, lastUsedStep).ok, ok, why);
    }
  });

  it('after using the current code, still accepts the next step’s code', () => {
    const now = 1_800_000_000_000;
    const used = totpStep(now);
    assert.deepEqual(verifyTotp(RFC_SECRET, generateTotp(RFC_SECRET, now + 30_000), now, used), { ok: true, step: used + 1 });
  });

  it('tolerates spaces and refuses anything that is not six digits', () => {
    const now = 59_000;
    const cases: Array<{ code: string; ok: boolean }> = [
      { code: '287082', ok: true },
      { code: '287 082', ok: true },
      { code: ' 287082\n', ok: true },
      { code: '2 8 7 0 8 2', ok: true },
      { code: '287083', ok: false },
      { code: '28708', ok: false },
      { code: '2870820', ok: false },
      { code: '287-082', ok: false },
      { code: '２８７０８２', ok: false }, // fullwidth digits are not digits to an authenticator
      { code: '', ok: false },
    ];
    for (const { code, ok } of cases) assert.equal(verifyTotp(RFC_SECRET, code, now).ok, ok, JSON.stringify(code));
  });

  it('makes distinct 160-bit base32 secrets that round-trip', () => {
    const a = createTotpSecret();
    const b = createTotpSecret();
    assert.match(a, /^[A-Z2-7]{32}$/);
    assert.notEqual(a, b);
    assert.equal(Secret.fromBase32(a).bytes.length, 20);
    assert.equal(verifyTotp(a, generateTotp(a, 1_000_000), 1_000_000).ok, true);
  });

  it('builds an otpauth URI with issuer, account, algorithm, digits and period', () => {
    const uri = new URL(totpUri({ secret: RFC_SECRET, accountName: 'jane.okafor@oakwood.sch.uk', issuer: 'Haven' }));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.equal(decodeURIComponent(uri.pathname), '/Haven:jane.okafor@oakwood.sch.uk');
    const params = Object.fromEntries(uri.searchParams);
    assert.deepEqual(params, { issuer: 'Haven', secret: RFC_SECRET, algorithm: 'SHA1', digits: '6', period: '30' });
  });

  it('throws an internal AppError for a stored secret that is not base32', () => {
    assert.throws(
      () => verifyTotp('not base32!', '123456', 0),
      (err: unknown) => isAppError(err) && err.code === 'identity.totp_secret_invalid' && err.kind === 'internal',
    );
  });
});

describe('recovery codes', () => {
  it('makes ten distinct xxxx-xxxx-xxxx codes of 60 bits from an unambiguous alphabet', () => {
    const codes = generateRecoveryCodes();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) {
      assert.match(code, /^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
      assert.equal(normaliseRecoveryCode(code), code);
    }
    // 12 characters from 32 symbols: 12 × log2(32) = 60 bits.
    assert.ok(12 * Math.log2(32) >= 60, '60 bits');
    assert.equal(generateRecoveryCodes(3).length, 3);
  });

  it('refuses to make a silly number of codes', () => {
    for (const count of [0, -1, 1.5, 101]) {
      assert.throws(() => generateRecoveryCodes(count), (err: unknown) => isAppError(err) && err.code === 'identity.recovery_count_invalid');
    }
  });

  it('normalises what people type: case, spaces, hyphens and look-alike letters', () => {
    const cases: Array<{ input: string; expected: string }> = [
      { input: 'ab12-cd34-ef56', expected: 'ab12-cd34-ef56' },
      { input: 'AB12-CD34-EF56', expected: 'ab12-cd34-ef56' },
      { input: ' ab12 cd34 ef56 ', expected: 'ab12-cd34-ef56' },
      { input: 'ab12cd34ef56', expected: 'ab12-cd34-ef56' },
      { input: 'ab1O-cd34-ef5I', expected: 'ab10-cd34-ef51' }, // O → 0, I → 1
      { input: 'abl2-cd34-ef56', expected: 'ab12-cd34-ef56' }, // l → 1
    ];
    for (const { input, expected } of cases) assert.equal(normaliseRecoveryCode(input), expected, JSON.stringify(input));
  });

  it('hashes the canonical form with SHA-256, so any typing of a code finds its hash', () => {
    const [code = ''] = generateRecoveryCodes(1);
    const stored = hashRecoveryCode(code);
    assert.match(stored, /^[0-9a-f]{64}$/);
    assert.equal(hashRecoveryCode(code.toUpperCase().replace(/-/g, ' ')), stored);
    assert.equal(hashRecoveryCode(normaliseRecoveryCode(code)), stored);
    assert.notEqual(hashRecoveryCode('ab12-cd34-ef56'), hashRecoveryCode('ab12-cd34-ef57'));
  });
});
