import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { DUMMY_HASH, PASSWORD_HASH_PARAMETERS, hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hash.ts';

describe('password hashing', () => {
  it('hashes with argon2id at the documented parameters, with a fresh salt each time', async () => {
    const a = await hashPassword('marmalade-kettle-orbit');
    const b = await hashPassword('marmalade-kettle-orbit');
    assert.match(a, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.notEqual(a, b);
    assert.equal(needsRehash(a), false);
  });

  it('verifies the right password and refuses wrong ones', async () => {
    const stored = await hashPassword('marmalade-kettle-orbit');
    const cases: Array<{ password: string; expected: boolean }> = [
      { password: 'marmalade-kettle-orbit', expected: true },
      { password: 'Marmalade-kettle-orbit', expected: false },
      { password: 'marmalade-kettle-orbit ', expected: false },
      { password: '', expected: false },
    ];
    for (const { password, expected } of cases) {
      assert.equal(await verifyPassword(stored, password), expected, JSON.stringify(password));
    }
  });

  it('verifies a password typed with decomposed accents against one hashed composed (NFKC)', async () => {
    const stored = await hashPassword('crème brûlée for tea');
    assert.equal(await verifyPassword(stored, 'cre\u0300me bru\u0302le\u0301e for tea'), true);
  });

  it('returns false, never throws, for malformed or foreign hashes', async () => {
    const cases = [
      '',
      'not a hash',
      '$argon2id$v=19$m=19456,t=2,p=1$',
      '$argon2id$v=19$m=19456,t=2,p=1$nxHCPyOiCXa4TzND3Lfahg$',
      '$2b$12$C6UzMDM.H6dfI/f/IKxGhuWnX1pN4t/dtlrKq4oIC7Z5Z6hFZ/0yG', // bcrypt
      'x'.repeat(10_000),
    ];
    for (const stored of cases) {
      assert.equal(await verifyPassword(stored, 'marmalade-kettle-orbit'), false, JSON.stringify(stored.slice(0, 40)));
    }
  });

  it('asks for a rehash when the parameters differ from today’s or the hash cannot be read', async () => {
    const weaker = await hash('marmalade-kettle-orbit', { ...PASSWORD_HASH_PARAMETERS, memoryCost: 8192, timeCost: 1 });
    const argon2i = await hash('marmalade-kettle-orbit', { ...PASSWORD_HASH_PARAMETERS, algorithm: 1 });
    const cases: Array<{ stored: string; expected: boolean; why: string }> = [
      { stored: await hashPassword('marmalade-kettle-orbit'), expected: false, why: 'current parameters' },
      { stored: weaker, expected: true, why: 'weaker parameters' },
      { stored: argon2i, expected: true, why: 'argon2i' },
      { stored: 'not a hash', expected: true, why: 'malformed' },
    ];
    for (const { stored, expected, why } of cases) assert.equal(needsRehash(stored), expected, why);
  });

  it('has a dummy hash made with today’s parameters, so unknown accounts cost the same time', async () => {
    assert.equal(needsRehash(DUMMY_HASH), false);
    assert.equal(await verifyAgainstDummy('marmalade-kettle-orbit'), false);
    assert.equal(await verifyAgainstDummy(''), false);
  });
});
