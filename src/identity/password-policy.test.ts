import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { isAppError } from '../platform/errors.ts';
import {
  COMMON_PASSWORD_COUNT,
  PASSWORD_MAX_LENGTH,
  checkPassword,
  loadCommonPasswords,
  passwordProblems,
  toLookupForm,
} from './password-policy.ts';
import type { PasswordContext, PasswordProblem } from './password-policy.ts';

function buildContext(overrides: PasswordContext = {}): PasswordContext {
  return { email: 'j.okafor+haven@oakwood.sch.uk', names: ['Jane', 'Okafor'], schoolNames: ['Oakwood Primary School'], ...overrides };
}

describe('password policy', () => {
  describe('refuses common passwords, also with trivial decoration', () => {
    const cases: string[] = [
      'password',
      'Password1',
      'PASSWORD',
      'password!',
      'P@ssw0rd',
      'P4ssw0rd!',
      'qwerty123',
      'Dragon2024!',
      'iloveyou2',
      'letmein!',
      's3cur1ty2024',
      'football123',
      'Summer2024',
      'welcome1',
      'love!!!!',
      'abcd1234',
      '12345678',
      'ｐａｓｓｗｏｒｄ', // fullwidth: NFKC makes it `password`
    ];
    for (const password of cases) {
      it(`refuses ${JSON.stringify(password)} as common`, () => {
        assert.ok(passwordProblems(password).includes('identity.password_common'), 'not refused as common');
      });
    }
  });

  describe('accepts good passwords, including passphrases that merely contain common words', () => {
    const cases: string[] = [
      'marmalade-kettle-orbit',
      'purple tractors hum at dawn',
      'my-dragon-eats-pancakes',
      'password is not my password',
      'Kettle Orbit 42',
      'tea with 2 sugars!',
      'Xy!93$81', // random: a short prefix of it being on the list must not refuse it
      'Gd8#kq2Lw!zP',
      '75zb!93$',
    ];
    for (const password of cases) {
      it(`accepts ${JSON.stringify(password)}`, () => {
        assert.deepEqual(passwordProblems(password, buildContext()), []);
        assert.doesNotThrow(() => checkPassword(password, buildContext()));
      });
    }
  });

  describe('refuses the person’s names, email local part and school name', () => {
    const cases: Array<{ password: string; context: PasswordContext; why: string }> = [
      { password: 'okafor-rules-the-lab', context: { names: ['Jane', 'Okafor'] }, why: 'surname' },
      { password: 'JANE-in-the-garden', context: { names: ['Jane', 'Okafor'] }, why: 'first name, any case' },
      { password: '0kaf0r-is-my-hero', context: { names: ['Okafor'] }, why: 'name in leetspeak' },
      { password: 'zoe-likes-marmalade', context: { names: ['Zoë Adeyemi'] }, why: 'name without its accent' },
      { password: 'cheers-oneill-forever', context: { names: ["Siobhán O'Neill"] }, why: 'name run together' },
      { password: 'jokafor-secret-garden', context: { email: 'j.okafor@oakwood.sch.uk' }, why: 'email local part run together' },
      { password: 'marmalade-okafor-kettle', context: { email: 'j.okafor+haven@oakwood.sch.uk' }, why: 'email part, tag dropped' },
      { password: 'up-the-oakwood-lads', context: { schoolNames: ['Oakwood Primary School'] }, why: 'school name' },
      { password: 'stmarysprimary-rocks', context: { schoolNames: ["St Mary's Primary"] }, why: 'whole school name' },
    ];
    for (const { password, context, why } of cases) {
      it(`refuses ${JSON.stringify(password)} (${why})`, () => {
        assert.deepEqual(passwordProblems(password, context), ['identity.password_personal']);
      });
    }

    const allowed: Array<{ password: string; context: PasswordContext; why: string }> = [
      { password: 'albatross-lighthouse', context: { names: ['Al Li'] }, why: 'parts under 3 characters are ignored' },
      { password: 'my-primary-colours-are-red', context: { schoolNames: ['Oakwood Primary School'] }, why: 'generic school words are ignored' },
      { password: 'marmalade-kettle-orbit', context: {}, why: 'no context' },
    ];
    for (const { password, context, why } of allowed) {
      it(`accepts ${JSON.stringify(password)} (${why})`, () => {
        assert.deepEqual(passwordProblems(password, context), []);
      });
    }
  });

  describe('length in code points after NFKC', () => {
    const cases: Array<{ password: string; expected: PasswordProblem[]; why: string }> = [
      { password: 'mkq7#zt', expected: ['identity.password_too_short'], why: '7 characters' },
      { password: 'mkq7#ztw', expected: [], why: '8 characters' },
      { password: 'cafe\u0301tbz', expected: ['identity.password_too_short'], why: '8 UTF-16 units, 7 once é is composed' },
      { password: '🦊🦊🦊🦊🦊🦊🦊', expected: ['identity.password_too_short'], why: '14 UTF-16 units, 7 code points' },
      { password: '🦊🌵🦊🌵🦊🌵🦊🌵', expected: [], why: 'eight emoji' },
      { password: 'ｍｋｑ７＃ｚｔｗ', expected: [], why: 'fullwidth, NFKC to 8 ASCII characters' },
      { password: 'k'.repeat(PASSWORD_MAX_LENGTH - 1) + 'q', expected: [], why: 'exactly the maximum' },
      { password: 'k'.repeat(PASSWORD_MAX_LENGTH) + 'q', expected: ['identity.password_too_long'], why: 'one over the maximum' },
      { password: 'k'.repeat(100_000), expected: ['identity.password_too_long'], why: 'absurdly long' },
    ];
    for (const { password, expected, why } of cases) {
      it(`${why}: ${JSON.stringify(expected)}`, () => {
        assert.deepEqual(passwordProblems(password), expected);
      });
    }
  });

  it('reports every problem that applies, in a fixed order', () => {
    assert.deepEqual(passwordProblems('jane1', { names: ['Jane'] }), [
      'identity.password_too_short',
      'identity.password_common',
      'identity.password_personal',
    ]);
  });

  it('throws an invalid AppError with the first code and a message that never quotes the password', () => {
    const cases: Array<{ password: string; code: PasswordProblem }> = [
      { password: 'Password1', code: 'identity.password_common' },
      { password: 'qwerty123', code: 'identity.password_common' },
      { password: 'Sh0rt!x', code: 'identity.password_too_short' },
      { password: 'okafor-rules-the-lab', code: 'identity.password_personal' },
    ];
    for (const { password, code } of cases) {
      assert.throws(
        () => checkPassword(password, buildContext()),
        (err: unknown) => {
          assert.ok(isAppError(err), 'an AppError');
          assert.equal(err.code, code);
          assert.equal(err.kind, 'invalid');
          assert.equal(err.message, err.message.toLowerCase());
          assert.ok(!err.message.toLowerCase().includes(password.toLowerCase()), 'the message quotes the password');
          return true;
        },
      );
    }
  });

  describe('the common-password list', () => {
    it(`holds at least ${COMMON_PASSWORD_COUNT} entries, and at least 100,000`, () => {
      const list = loadCommonPasswords();
      assert.ok(list.size >= COMMON_PASSWORD_COUNT, `${list.size} < ${COMMON_PASSWORD_COUNT}`);
      assert.ok(COMMON_PASSWORD_COUNT >= 100_000, 'the stated count is below 100,000');
    });

    it('is loaded once and finds entries by whole string only', () => {
      const list = loadCommonPasswords();
      assert.equal(loadCommonPasswords(), list);
      for (const entry of ['123456', 'password', 'qwerty', 'iloveyou', 'trustno1']) assert.ok(list.has(entry), entry);
      for (const entry of ['', 'password\n', ' password', 'marmalade-kettle-orbit']) assert.ok(!list.has(entry), JSON.stringify(entry));
    });

    it('ships its entries in lookup form, strictly ascending, each one found by bisection', () => {
      const file = new URL('./data/common-passwords.txt.br', import.meta.url);
      const entries = brotliDecompressSync(readFileSync(file)).toString('utf8').split('\n');
      const list = loadCommonPasswords();
      assert.equal(entries.length, list.size);
      for (let i = 0; i < entries.length; i += 1) {
        const entry = entries[i] ?? '';
        assert.ok(i === 0 || (entries[i - 1] ?? '') < entry, `not ascending at line ${i + 1}`);
        if (i % 101 === 0) {
          assert.equal(entry, toLookupForm(entry), `line ${i + 1} is not in lookup form`);
          assert.ok(list.has(entry), `line ${i + 1} not found`);
        }
      }
    });
  });
});
