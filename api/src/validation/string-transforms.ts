/** class-transformer `@Transform` functions for request strings: surrounding spaces never reach a service. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** E-mails are compared case-insensitively; they are stored lower-case. */
export const trimLowerCase = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
