/**
 * Addresses as the ledger keeps them: hashes, not text. The popup needs subjects, client names (from
 * settings) and promise sentences; it never needs to show a client's or the user's address, only to
 * know which client an address belongs to, and that works as well on hashes of both sides.
 *
 *   hashedAddress('Anna <ANNA@eu.acme.com>') -> '#<anna@eu.acme.com>/<eu.acme.com>/<acme.com>'
 *                                              each part 16 hex digits of SHA-256; the domain parts
 *                                              let a domain on the client list still match
 *   hashedAccount('me@freelance.dev')        -> '#<me@freelance.dev>'  (also "u/0" and the like)
 *   hashParts(token)                          -> the parts, exact address first, longest domain next
 *   isHashed(x)                               both functions return hashed input unchanged, so
 *                                              migrating or merging twice changes nothing
 *
 * Unsalted on purpose: the hashes must match whatever the client list says in every context (popup,
 * badge, background, a re-imported export) from pure functions that only see settings, and a salt
 * would have to be stored next to the hashes, where anyone able to read them reads the salt too. What
 * this buys is that storage, backups and exports do not show addresses in readable form; a determined
 * reader could still hash a guessed address (or a domain) and compare, which no local scheme prevents.
 * The fixed prefix keeps these hashes from equalling plain SHA-256 of an address found elsewhere.
 */

const PREFIX = 'candor-address:';
const HEX_DIGITS = 16;
const TOKEN = /^#[0-9a-f]{16}(?:\/[0-9a-f]{16})*$/;

// ---- SHA-256 (FIPS 180-4), synchronous: the ledger functions are synchronous and WebCrypto is not. --

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  let out = '';
  for (const word of h) out += word.toString(16).padStart(8, '0');
  return out;
}

// ---- hashed addresses -------------------------------------------------------------------------

/**
 * 64 bits of the digest: two of a few thousand addresses sharing a hash is about 1 in 10^12, and
 * each thread stays small.
 */
export function textHash(text: string): string {
  return remember(`h:${text}`, () => sha256Hex(PREFIX + text).slice(0, HEX_DIGITS));
}

export function isHashed(x: unknown): boolean {
  return typeof x === 'string' && TOKEN.test(x);
}

/** The hashes in a token: the exact address (or account) first, then its domains, longest first. */
export function hashParts(token: string): string[] {
  return token.slice(1).split('/');
}

// The same few hundred addresses come back for thousands of sightings: hash each once.
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

function remember(key: string, compute: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/**
 * An address (already normalised: lower case, no display name) as a token of its hash and the
 * hashes of its domains that still contain a dot ("eu.acme.com", "acme.com"; never "com"), the
 * same domains the client list can name.
 */
export function hashedAddress(address: string): string {
  if (isHashed(address)) return address;
  const normal = address.trim().toLowerCase();
  return remember(`a:${normal}`, () => {
    const parts = [textHash(normal)];
    const at = normal.lastIndexOf('@');
    if (at >= 0) {
      for (let domain = normal.slice(at + 1); domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) parts.push(textHash(domain));
    }
    return `#${parts.join('/')}`;
  });
}

/** The mailbox a thread belongs to ("me@freelance.dev", "u/0"), lower case, hashed. */
export function hashedAccount(account: string): string {
  const text = typeof account === 'string' ? account : '';
  if (isHashed(text)) return text;
  const normal = text.trim().toLowerCase();
  return remember(`u:${normal}`, () => `#${textHash(normal)}`);
}

/** The hash an address or account is matched by: the first part of a token, else the hash of the text. */
export function identityHash(addressOrAccount: string): string {
  return isHashed(addressOrAccount) ? addressOrAccount.slice(1, 1 + HEX_DIGITS) : hashedAccount(addressOrAccount).slice(1);
}
