import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMasterKey } from '../platform/crypto.ts';
import { BLOCK_TOKEN_TTL_MS, createBlockTokens } from './block-token.ts';

const tokens = createBlockTokens(parseMasterKey('1'.repeat(64)));
const claims = { h: 'bad.example', a: '10.0.0.7', school: 's-1', p: 'person-1', g: 'g-1', c: 'gambling', t: 1_000_000 };

describe('block page tokens', () => {
  it('round-trips the claims for the address they were issued to', () => {
    assert.deepEqual(tokens.verify(tokens.issue(claims), '10.0.0.7', 1_000_000 + 60_000), claims);
  });

  it('refuses another address, an edited token, another key and an expired one', () => {
    const token = tokens.issue(claims);
    assert.equal(tokens.verify(token, '10.0.0.8', 1_000_000), 'invalid');
    const [body, sig] = token.split('.');
    const edited = Buffer.from(JSON.stringify({ ...claims, p: 'someone-else' })).toString('base64url');
    assert.equal(tokens.verify(`${edited}.${sig}`, '10.0.0.7', 1_000_000), 'invalid');
    assert.equal(createBlockTokens(parseMasterKey('2'.repeat(64))).verify(token, '10.0.0.7', 1_000_000), 'invalid');
    assert.equal(tokens.verify(`${body}`, '10.0.0.7', 1_000_000), 'invalid');
    assert.equal(tokens.verify(token, '10.0.0.7', 1_000_000 + BLOCK_TOKEN_TTL_MS + 1), 'expired');
  });
});
