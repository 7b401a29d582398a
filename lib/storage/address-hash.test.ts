import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashParts, hashedAccount, hashedAddress, identityHash, isHashed, sha256Hex, textHash } from './address-hash';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('gives the FIPS 180-4 digest of %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with node:crypto on any text, block boundaries and non-ASCII included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120]) expect(sha256Hex('x'.repeat(n))).toBe(createHash('sha256').update('x'.repeat(n)).digest('hex'));
  });
});

describe('hashed addresses', () => {
  it.each([
    // address, the texts hashed in order
    ['anna@eu.acme.com', ['anna@eu.acme.com', 'eu.acme.com', 'acme.com']],
    ['Bob@Acme.COM ', ['bob@acme.com', 'acme.com']],
    ['root@localhost', ['root@localhost']],
  ])('%s keeps the hashes of the address and of its dotted domains', (address, texts) => {
    const token = hashedAddress(address);
    expect(isHashed(token)).toBe(true);
    expect(hashParts(token)).toEqual(texts.map(textHash));
    expect(token).not.toContain('acme');
    expect(identityHash(token)).toBe(textHash(texts[0]));
  });

  it('returns hashed input unchanged, so converting twice changes nothing', () => {
    const token = hashedAddress('anna@studio.lv');
    expect(hashedAddress(token)).toBe(token);
    const account = hashedAccount('Me@Freelance.dev');
    expect(hashedAccount(account)).toBe(account);
    expect(account).toBe(hashedAccount('me@freelance.dev'));
    expect(identityHash(account)).toBe(identityHash('me@freelance.dev'));
    expect(identityHash(account)).toBe(identityHash(hashedAddress('me@freelance.dev')));
  });

  it.each([['anna@studio.lv'], ['u/0'], ['#abc'], ['#0123456789abcdef/'], [42]])('%j is not a hash', (x) => {
    expect(isHashed(x)).toBe(false);
  });
});
