/**
 * A broker's API key: an Ed25519 key pair made on the broker's side (`bourse keygen`). The private
 * half stays in the broker's key file (mode 0600) and only signs login nonces; the public half is
 * what the exchange's operator registers (`bourse start --keys FILE`). The key file:
 *   {"id": 7, "firm": 1, "publicKey": "<base64 raw 32 bytes>", "privateKey": "<base64 PKCS#8 DER>"}
 */
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BourseError } from '../kernel/errors.ts';
import { loginPayload } from '../protocol/order-entry.ts';

export interface BrokerKey {
  id: number;
  firm: number;
  /** Raw Ed25519 public key, base64 (what the exchange registers). */
  publicKey: string;
  privateKey: KeyObject;
}

/** A fresh key pair for key `id` of `firm`. */
export function generateBrokerKey(id: number, firm: number): BrokerKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { id, firm, publicKey: Buffer.from(spki.subarray(spki.length - 32)).toString('base64'), privateKey };
}

/** The key file's JSON text (holds the private key: write it with mode 0600). */
export function brokerKeyJson(k: BrokerKey): string {
  const der = k.privateKey.export({ format: 'der', type: 'pkcs8' });
  return JSON.stringify({ id: k.id, firm: k.firm, publicKey: k.publicKey, privateKey: Buffer.from(der).toString('base64') }, null, 2) + '\n';
}

/** The entry of the exchange's keys file for this key (public half only). */
export function exchangeKeyEntry(k: BrokerKey, rate = 0): { id: number; firm: number; publicKey: string; rate: number } {
  return { id: k.id, firm: k.firm, publicKey: k.publicKey, rate };
}

export function parseBrokerKey(text: string, where: string): BrokerKey {
  const bad = (what: string): never => {
    throw new BourseError('CLI_BAD_KEY_FILE', `${where}: ${what}`);
  };
  let doc: Record<string, unknown> = {};
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    bad(`not JSON (${(e as Error).message})`);
  }
  const { id, firm, publicKey, privateKey } = doc;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 0xffffffff) bad('id must be an integer from 1 to 2^32-1');
  if (typeof firm !== 'number' || !Number.isInteger(firm) || firm < 1) bad('firm must be a positive integer');
  if (typeof publicKey !== 'string' || typeof privateKey !== 'string') bad('needs publicKey and privateKey (base64)');
  let key: KeyObject | undefined;
  try {
    key = createPrivateKey({ key: Buffer.from(privateKey as string, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    bad('privateKey is not a base64 PKCS#8 key');
  }
  if (key!.asymmetricKeyType !== 'ed25519') bad('privateKey is not an Ed25519 key');
  return { id: id as number, firm: firm as number, publicKey: publicKey as string, privateKey: key! };
}

export function loadBrokerKey(path: string): BrokerKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BourseError('CLI_BAD_KEY_FILE', `${path}: ${(e as Error).message}`);
  }
  return parseBrokerKey(text, path);
}

/** The Login signature for `nonce` (Ed25519 over context || nonce || key id). */
export function signLogin(privateKey: KeyObject, nonce: Uint8Array, keyId: number): Uint8Array {
  return new Uint8Array(sign(null, loginPayload(nonce, keyId), privateKey));
}
