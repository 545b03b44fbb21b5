import { Initial1764130000000 } from './1764130000000-initial';
import { Identity1764140000000 } from './1764140000000-identity';

/** In order. `npm run migration:generate -- Name` appends here. */
export const MIGRATIONS = [Initial1764130000000, Identity1764140000000];
