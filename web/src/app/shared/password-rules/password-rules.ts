import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { type ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, WEAK_PASSWORD_REASONS } from '@mutualis/contracts';
import { apiErrorOf } from '../../core/http/api-error-of';
import { type InlineError, inlineErrorOf } from '../../core/http/inline-error';

/**
 * `weak` when a non-empty password has the wrong length. The API checks the rest (common passwords,
 * the e-mail, the name) and says why with WEAK_PASSWORD's `details.reason`.
 */
export const strongPassword: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  return value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH ? { weak: true } : null;
};

export const newPasswordValidators: ValidatorFn[] = [Validators.required, strongPassword];

/** A group validator: `mismatch` on the group when the confirmation differs from the password. */
export function passwordsMatch(passwordKey: string, confirmationKey: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const confirmation = group.get(confirmationKey)?.value;
    return confirmation && confirmation !== group.get(passwordKey)?.value ? { mismatch: true } : null;
  };
}

/** Shows the confirmation field in error when it is invalid itself or differs from the password. */
export class ConfirmationErrorMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null): boolean {
    return !!control && control.touched && (control.invalid || !!control.parent?.hasError('mismatch'));
  }
}

/** A failed password change or choice: the API's reason for a weak password, else the page's own keys. */
export function passwordErrorOf(error: unknown, keysByCode: Partial<Record<ErrorCode, string>>): InlineError {
  const apiError = apiErrorOf(error);
  const reason: unknown =
    apiError?.code === 'WEAK_PASSWORD' ? (apiError.details as { reason?: unknown } | undefined)?.reason : null;
  if (WEAK_PASSWORD_REASONS.some((known) => known === reason)) return { key: `passwordRules.reasons.${reason}` };
  return inlineErrorOf(error, keysByCode);
}
