/** The app's two languages: French first (fr-CA), English. */
export type Locale = 'fr' | 'en';
