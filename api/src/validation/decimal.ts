import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals (`12.5`, `0.25`). Replaces class-validator's
 * `IsNumber({ maxDecimalPlaces })`, which throws on numbers JavaScript writes in exponent
 * notation (`1e-7`), turning a bad value into a 500.
 */
export const IsDecimal = (places: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDecimal',
      constraints: [places],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'number' || !Number.isFinite(value)) return false;
          const scaled = value * 10 ** places;
          return Math.abs(scaled - Math.round(scaled)) < 1e-6;
        },
        defaultMessage: buildMessage((each) => `${each}$property must be a number with at most ${places} decimals`, options),
      },
    },
    options,
  );
