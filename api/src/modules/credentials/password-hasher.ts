import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { assertStrongPassword, type PasswordOwner } from './password-policy';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, and fast enough on a 2-core server. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  /** Every password a person chooses goes through here, so the policy holds everywhere (the demo seed excepted). */
  hash(password: string, owner: PasswordOwner): Promise<string> {
    assertStrongPassword(password, owner);
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
