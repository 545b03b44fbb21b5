import type { BenchSuite } from '../bench-suite';
import { bookingsSuite } from './bookings.bench';
import { recurrenceSuite } from './recurrence.bench';

/** Every benchmark suite, in the order they run. `npm run bench -- <name>` runs the suites whose name contains it. */
export const SUITES: BenchSuite[] = [recurrenceSuite, bookingsSuite];
