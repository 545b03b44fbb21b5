import type { BenchSuite } from '../bench-suite';
import { allocationSuite } from './allocation.bench';
import { boardSuite } from './board.bench';
import { bookingsSuite } from './bookings.bench';
import { bookingsUnderLoadSuite } from './bookings-under-load.bench';
import { bookingsThroughputSuite } from './bookings-throughput.bench';
import { equipmentSuite } from './equipment.bench';
import { notificationsSuite } from './notifications.bench';
import { recurrenceSuite } from './recurrence.bench';
import { staffSuite } from './staff.bench';

/** Every benchmark suite, in the order they run. `npm run bench -- <name>` runs the suites whose name contains it. */
export const SUITES: BenchSuite[] = [
  recurrenceSuite,
  bookingsSuite,
  bookingsUnderLoadSuite,
  bookingsThroughputSuite,
  equipmentSuite,
  staffSuite,
  allocationSuite,
  notificationsSuite,
  boardSuite,
];
