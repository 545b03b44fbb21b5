import type { FieldError } from '@mutualis/contracts';
import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';

/** ValidationPipe's errors become VALIDATION_FAILED with every offending field, nested ones as `a.b`. */
export function validationExceptionFactory(errors: ValidationError[]): DomainError {
  const fields = flatten(errors, '');
  const names = fields.map((f) => f.field).join(', ');
  return new DomainError('VALIDATION_FAILED', `Invalid fields: ${names}.`, { fields });
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
