import type { ResourceView } from '@mutualis/contracts';

export interface SpaceGroup {
  readonly siteName: string;
  readonly spaces: readonly ResourceView[];
}

/** Spaces by site, sites and spaces in alphabetical order, for a select with one group per site. */
export function spaceGroupsOf(spaces: readonly ResourceView[], locale = 'fr-CA'): SpaceGroup[] {
  const collator = new Intl.Collator(locale);
  const bySite = new Map<string, ResourceView[]>();
  for (const space of spaces) {
    const siteName = space.siteName ?? '';
    bySite.set(siteName, [...(bySite.get(siteName) ?? []), space]);
  }
  return [...bySite.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([siteName, siteSpaces]) => ({ siteName, spaces: [...siteSpaces].sort((a, b) => collator.compare(a.name, b.name)) }));
}
