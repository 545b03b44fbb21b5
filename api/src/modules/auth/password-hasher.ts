import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DomainError } from '../../errors/domain-error';

export const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 200;
/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, and fast enough on a 2-core server. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    assertAcceptablePassword(password);
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

export function assertAcceptablePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError('WEAK_PASSWORD', `A password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, {
      minLength: MIN_PASSWORD_LENGTH,
    });
  }
  if (new Set(password).size < 4) {
    throw new DomainError('WEAK_PASSWORD', 'This password is too easy to guess: use more different characters.', {
      minLength: MIN_PASSWORD_LENGTH,
    });
  }
}
