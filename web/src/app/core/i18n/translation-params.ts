/** The values interpolated into a translation: `{{ name }}` in « Jeton « {{ name }} » révoqué. ». */
export type TranslationParams = Readonly<Record<string, unknown>>;
