import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { FieldError } from '@mutualis/contracts';
import { DomainError } from '../errors/domain-error';

/** Deeper than any request the API documents; deep enough nesting overflows the stack in validation. */
export const MAX_JSON_DEPTH = 32;

/**
 * Runs before validation on every body, query and path value: refuses what no field of the API
 * may hold and what would break below it, naming the field. PostgreSQL refuses NUL bytes and
 * unpaired surrogates in text (an error, not a 400), and class-transformer recurses without limit.
 */
@Injectable()
export class RejectHostileValuesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const where = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const problem = hostileValueIn(value, where, 0);
    if (problem) throw validationFailed([problem]);
    // An absent body is fine (ValidationPipe treats it as `{}`); an array or a scalar is not.
    if (metadata.type === 'body' && value !== undefined && expectsObject(metadata) && !isPlainObject(value)) {
      throw validationFailed([{ field: 'body', messages: ['The body must be a JSON object'] }]);
    }
    return value;
  }
}

function validationFailed(fields: FieldError[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid fields: ${fields.map((f) => f.field).join(', ')}.`, { fields });
}

export function hostileValueIn(value: unknown, field: string, depth: number): FieldError | null {
  const name = field || 'body';
  if (depth > MAX_JSON_DEPTH) return { field: name, messages: [`nested deeper than ${MAX_JSON_DEPTH} levels`] };
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: name, messages: [`${name} must not contain a NUL character`] };
    if (!isWellFormed(value)) return { field: name, messages: [`${name} must be valid Unicode (unpaired surrogate)`] };
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childField = field ? `${field}.${key}` : key;
    const keyProblem = hostileValueIn(key, childField, depth + 1);
    if (keyProblem) return keyProblem;
    const problem = hostileValueIn(child, childField, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** `String.prototype.isWellFormed` arrives with Node 20's successor; the same test by hand. */
function isWellFormed(value: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/** A DTO class (not `Object`, `Array` or a primitive wrapper) expects a JSON object, never an array. */
function expectsObject(metadata: ArgumentMetadata): boolean {
  const type = metadata.metatype;
  return typeof type === 'function' && ![Object, Array, String, Number, Boolean].includes(type as never);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
