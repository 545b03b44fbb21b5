import type { ResourceView } from '@mutualis/contracts';

export interface RoomGroup {
  readonly siteName: string;
  readonly rooms: readonly ResourceView[];
}

/** Rooms by site, sites and rooms in alphabetical order, for a select with one group per site. */
export function roomGroupsOf(rooms: readonly ResourceView[], locale = 'fr-CA'): RoomGroup[] {
  const collator = new Intl.Collator(locale);
  const bySite = new Map<string, ResourceView[]>();
  for (const room of rooms) {
    const siteName = room.siteName ?? '';
    bySite.set(siteName, [...(bySite.get(siteName) ?? []), room]);
  }
  return [...bySite.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([siteName, siteRooms]) => ({ siteName, rooms: [...siteRooms].sort((a, b) => collator.compare(a.name, b.name)) }));
}
