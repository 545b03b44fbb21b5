import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out, but not sent as null: class-validator's `@IsOptional()` lets null
 * through every other check, and a service then writes it into a NOT NULL column (a 500) or reads
 * a property of it. Keep `@IsOptional()` for the fields where null means "clear".
 */
export const IsOptionalNotNull = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined, options);
