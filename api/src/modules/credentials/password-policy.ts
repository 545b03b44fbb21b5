import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type WeakPasswordDetails, type WeakPasswordReason } from '@mutualis/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { DomainError } from '../../errors/domain-error';

/** Whose password it is: a password may not contain their e-mail or name. */
export interface PasswordOwner {
  email: string;
  name: string | null;
}

/** zxcvbn's scale: 3 means "safely unguessable" against online attacks and slowed offline ones. */
const MIN_ZXCVBN_SCORE = 3;
/** Shorter pieces of a name or an e-mail (« Léa », « Li ») are inside too many honest passwords (« clear »). */
const MIN_PERSONAL_PIECE_LENGTH = 4;

const ENGLISH_REASONS: Record<WeakPasswordReason, string> = {
  'too-short': `A password has at least ${PASSWORD_MIN_LENGTH} characters.`,
  'too-long': `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
  'contains-email': 'This password contains your e-mail address: choose one that does not.',
  'contains-name': 'This password contains your name: choose one that does not.',
  'too-common': 'This password is too common or too easy to guess: add words or unexpected characters.',
};

// The dictionaries take most of a second to load: once, on the first password set, not at start.
let estimator: ZxcvbnFactory | undefined;
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** Lower case without accents, so that « Léa » is found in « lea2026 ». */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function piecesOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((piece) => piece.length >= MIN_PERSONAL_PIECE_LENGTH);
}

/** Why this password would be refused, or null when it is acceptable. */
export function passwordWeakness(password: string, owner: PasswordOwner): WeakPasswordReason | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  const folded = fold(password);
  const email = fold(owner.email.trim());
  const localPart = email.split('@')[0];
  if (folded.includes(email) || (localPart.length >= 3 && folded.includes(localPart))) {
    return 'contains-email';
  }
  const nameParts = piecesOf(owner.name ?? '');
  if (nameParts.some((part) => folded.includes(part))) return 'contains-name';
  const emailParts = piecesOf(localPart);
  if (emailParts.some((part) => folded.includes(part))) return 'contains-email';
  const { score } = strengthEstimator().check(password, [email, localPart, ...emailParts, ...nameParts]);
  return score < MIN_ZXCVBN_SCORE ? 'too-common' : null;
}

/** Throws WEAK_PASSWORD with `details.reason` when the password may not be used. */
export function assertStrongPassword(password: string, owner: PasswordOwner): void {
  const reason = passwordWeakness(password, owner);
  if (!reason) return;
  const details: WeakPasswordDetails = { reason, minLength: PASSWORD_MIN_LENGTH };
  throw new DomainError('WEAK_PASSWORD', ENGLISH_REASONS[reason], details);
}
