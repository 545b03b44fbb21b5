import { Initial1764130000000 } from './1764130000000-initial';
import { Identity1764140000000 } from './1764140000000-identity';
import { Premises1764150000000 } from './1764150000000-premises';
import { Staff1764160000000 } from './1764160000000-staff';
import { Timesheets1764170000000 } from './1764170000000-timesheets';
import { Allocation1764180000000 } from './1764180000000-allocation';
import { BookingExceptions1764190000000 } from './1764190000000-booking-exceptions';
import { Scoping1764191100000 } from './1764191100000-scoping';
import { Impact1764250000000 } from './1764250000000-impact';
import { Notifications1764260000000 } from './1764260000000-notifications';
import { OccurrenceTimeIndex1764270000000 } from './1764270000000-occurrence-time-index';
import { Equipment1764280000000 } from './1764280000000-equipment';
import { InvitationLocale1764280500000 } from './1764280500000-invitation-locale';
import { Board1764290000000 } from './1764290000000-board';
import { BookingMonthUsage1764300000000 } from './1764300000000-booking-month-usage';
import { BoardSearchIndexes1764305000000 } from './1764305000000-board-search-indexes';
import { IndicatorTargets1764310000000 } from './1764310000000-indicator-targets';
import { BundlesAndStorageArea1764316000000 } from './1764316000000-bundles-and-storage-area';
import { BoardSearchByCategory1764320000000 } from './1764320000000-board-search-by-category';
import { BoardPhotoThumbnail1764321000000 } from './1764321000000-board-photo-thumbnail';
import { BookingImpactUsage1764322000000 } from './1764322000000-booking-impact-usage';
import { UsageReadByResource1764323000000 } from './1764323000000-usage-read-by-resource';

/** In order. `npm run migration:generate -- Name` appends here. */
export const MIGRATIONS = [
  Initial1764130000000,
  Identity1764140000000,
  Premises1764150000000,
  Staff1764160000000,
  Timesheets1764170000000,
  Allocation1764180000000,
  BookingExceptions1764190000000,
  Scoping1764191100000,
  Impact1764250000000,
  Notifications1764260000000,
  OccurrenceTimeIndex1764270000000,
  Equipment1764280000000,
  InvitationLocale1764280500000,
  Board1764290000000,
  BookingMonthUsage1764300000000,
  BoardSearchIndexes1764305000000,
  IndicatorTargets1764310000000,
  BundlesAndStorageArea1764316000000,
  BoardSearchByCategory1764320000000,
  BoardPhotoThumbnail1764321000000,
  BookingImpactUsage1764322000000,
  UsageReadByResource1764323000000,
];
