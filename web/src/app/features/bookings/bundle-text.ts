import type { BundledItemView } from '@mutualis/contracts';

/** The equipment booked with a room, as one line: « Projecteur, Tables pliantes (10) ». */
export function bundleTextOf(bundle: readonly BundledItemView[] | undefined): string {
  return (bundle ?? [])
    .map((item) => (item.quantity > 1 ? `${item.resourceName} (${item.quantity})` : item.resourceName))
    .join(', ');
}
