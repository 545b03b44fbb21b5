import type { BenchSuite } from '../bench-suite';
import { recurrenceSuite } from './recurrence.bench';

/** Every benchmark suite, in the order they run. */
export const SUITES: BenchSuite[] = [recurrenceSuite];
