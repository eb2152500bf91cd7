/**
 * API keys of the order-entry gateway: the table folded from sequenced API_KEY events (so it is
 * journaled, replayed and replicated like orders), Ed25519 login verification, and the
 * operator's keys file (`bourse start --keys FILE`).
 *
 * Only public keys are ever held here: the exchange cannot sign in a broker's name, and there is
 * no secret to store, journal, replicate or leak (docs/decisions.md, "Ed25519 logins").
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BourseError } from '../kernel/errors.ts';
import { loginPayload } from '../protocol/order-entry.ts';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows. */
const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);
export const MAX_FIRM = 1 << 20;

export interface ApiKey {
  keyId: number;
  firm: number;
  /** Raw Ed25519 public key, 32 bytes. */
  publicKey: Uint8Array;
  /** Orders per second of the firm's token bucket (0: the gateway's default). */
  rate: number;
  revoked: boolean;
}

export function publicKeyObject(raw: Uint8Array): KeyObject {
  const der = new Uint8Array(ED25519_SPKI_PREFIX.length + raw.length);
  der.set(ED25519_SPKI_PREFIX);
  der.set(raw, ED25519_SPKI_PREFIX.length);
  return createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
}

export class KeyTable {
  private readonly keys = new Map<number, ApiKey & { object?: KeyObject }>();

  set(k: ApiKey): void {
    this.keys.set(k.keyId, { ...k });
  }

  get(keyId: number): ApiKey | undefined {
    return this.keys.get(keyId);
  }

  get size(): number {
    return this.keys.size;
  }

  /** Every registration, in the order first registered (the gateway's snapshot, state.ts). */
  all(): ApiKey[] {
    return [...this.keys.values()].map((k) => ({ keyId: k.keyId, firm: k.firm, publicKey: k.publicKey, rate: k.rate, revoked: k.revoked }));
  }

  /** True when `signature` is the key's Ed25519 signature of the login payload for `nonce`. */
  verifyLogin(keyId: number, nonce: Uint8Array, signature: Uint8Array): boolean {
    const k = this.keys.get(keyId);
    if (!k || k.revoked || signature.length !== 64) return false;
    try {
      k.object ??= publicKeyObject(k.publicKey);
      return verify(null, loginPayload(nonce, keyId), k.object, signature);
    } catch {
      return false;
    }
  }

  /** True when the table holds exactly this registration (nothing to sequence). */
  holds(k: ApiKey): boolean {
    const h = this.keys.get(k.keyId);
    return !!h && h.firm === k.firm && h.rate === k.rate && h.revoked === k.revoked && Buffer.compare(h.publicKey, k.publicKey) === 0;
  }
}

/**
 * The operator's keys file: `{"keys": [{"id": 7, "firm": 1, "publicKey": "<base64 of the raw 32
 * bytes>", "rate": 50000, "revoked": false}]}` (rate and revoked optional). Public keys only: a
 * file holding a private key is refused, so one cannot be journaled by mistake.
 */
export function parseKeysFile(text: string, where: string): ApiKey[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BourseError('GW_BAD_KEY_FILE', `${where}: not JSON (${(e as Error).message})`);
  }
  const list = (doc as { keys?: unknown }).keys;
  if (!Array.isArray(list)) throw new BourseError('GW_BAD_KEY_FILE', `${where}: needs {"keys": [...]}`);
  const seen = new Set<number>();
  return list.map((e: Record<string, unknown>, i) => {
    const bad = (what: string): never => {
      throw new BourseError('GW_BAD_KEY_FILE', `${where}: keys[${i}]: ${what}`);
    };
    if (typeof e !== 'object' || e === null) bad('not an object');
    if ('privateKey' in e) bad('holds a private key: the exchange takes public keys only');
    const id = e.id, firm = e.firm, rate = e.rate ?? 0;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 0xffffffff) bad('id must be an integer from 1 to 2^32-1');
    if (seen.has(id as number)) bad(`id ${id} appears twice`);
    seen.add(id as number);
    if (typeof firm !== 'number' || !Number.isInteger(firm) || firm < 1 || firm > MAX_FIRM) bad(`firm must be an integer from 1 to ${MAX_FIRM}`);
    if (typeof rate !== 'number' || !Number.isInteger(rate) || rate < 0 || rate > 0xffffffff) bad('rate must be a whole number of orders per second');
    if (typeof e.publicKey !== 'string') bad('publicKey must be base64 of a raw 32-byte Ed25519 key');
    const publicKey = new Uint8Array(Buffer.from(e.publicKey as string, 'base64'));
    if (publicKey.length !== 32) bad('publicKey must be base64 of a raw 32-byte Ed25519 key');
    try {
      publicKeyObject(publicKey);
    } catch {
      bad('publicKey is not an Ed25519 key');
    }
    return { keyId: id as number, firm: firm as number, publicKey, rate: rate as number, revoked: e.revoked === true };
  });
}

export function loadKeysFile(path: string): ApiKey[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BourseError('GW_BAD_KEY_FILE', `${path}: ${(e as Error).message}`);
  }
  return parseKeysFile(text, path);
}
