import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out, but not sent as null: class-validator's `@IsOptional()` lets null
 * through every other check, and a service then writes it into a NOT NULL column (a 500) or reads
 * a property of it. Use `@Nullable()` for the fields where null means "clear".
 */
export const IsOptionalNotNull = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined, options);

/**
 * The field may be left out or sent as null (null clears it); any other value must pass the field's
 * own validators. Documented as optional and nullable in the OpenAPI document.
 */
export const Nullable = (api: ApiPropertyOptions = {}): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ ...api, nullable: true } as ApiPropertyOptions), IsOptional());
