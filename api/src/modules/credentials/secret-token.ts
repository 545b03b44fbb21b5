import { createHash, randomBytes } from 'node:crypto';

/** A secret shown to its owner once; only its SHA-256 is stored, so a database leak reveals no usable token. */
export function generateSecretToken(prefix: string): { token: string; hash: Buffer } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
