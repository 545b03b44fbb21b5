import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/** The API's rule (WEAK_PASSWORD): 8 to 200 characters, at least 4 different ones. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_MIN_DISTINCT_CHARACTERS = 4;

/** `weak` when a non-empty password breaks the API's rule. */
export const strongPassword: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  const weak =
    value.length < PASSWORD_MIN_LENGTH ||
    value.length > PASSWORD_MAX_LENGTH ||
    new Set(value).size < PASSWORD_MIN_DISTINCT_CHARACTERS;
  return weak ? { weak: true } : null;
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
