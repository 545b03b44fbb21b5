import { Initial1764130000000 } from './1764130000000-initial';

/** In order. `npm run migration:generate -- Name` appends here. */
export const MIGRATIONS = [Initial1764130000000];
