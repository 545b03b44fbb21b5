/** Every TypeORM entity of the API, listed once (webpack bundles them; no globbing at run time). */
export const ENTITIES: Function[] = [];
