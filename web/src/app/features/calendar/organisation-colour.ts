/** A booking's colours: the fill, a darker border (thick for the user's own) and readable text. */
export interface OrganisationColour {
  readonly background: string;
  /** Lighter fill for bookings awaiting approval. */
  readonly pending: string;
  readonly border: string;
  readonly text: string;
}

/**
 * Twelve fills that stay distinct side by side, each with a border a few shades darker and a text
 * colour meeting WCAG AA contrast on it.
 */
export const PALETTE: readonly OrganisationColour[] = [
  { background: '#1565c0', pending: '#bbdefb', border: '#0d47a1', text: '#ffffff' },
  { background: '#2e7d32', pending: '#c8e6c9', border: '#1b5e20', text: '#ffffff' },
  { background: '#ad1457', pending: '#f8bbd0', border: '#880e4f', text: '#ffffff' },
  { background: '#6a1b9a', pending: '#e1bee7', border: '#4a148c', text: '#ffffff' },
  { background: '#00767f', pending: '#b2ebf2', border: '#004c52', text: '#ffffff' },
  { background: '#ef6c00', pending: '#ffe0b2', border: '#b53d00', text: '#000000' },
  { background: '#4e342e', pending: '#d7ccc8', border: '#260e04', text: '#ffffff' },
  { background: '#c62828', pending: '#ffcdd2', border: '#8e0000', text: '#ffffff' },
  { background: '#f9a825', pending: '#fff9c4', border: '#c17900', text: '#000000' },
  { background: '#37474f', pending: '#cfd8dc', border: '#102027', text: '#ffffff' },
  { background: '#5f6f14', pending: '#dcedc8', border: '#3a4500', text: '#ffffff' },
  { background: '#283593', pending: '#c5cae9', border: '#001064', text: '#ffffff' },
];

/**
 * The colours of an organisation, the same on every page, every device and every visit: they
 * come from a hash of its id (FNV-1a), not from the order organisations happen to appear in.
 */
export function organisationColour(organisationId: string): OrganisationColour {
  let hash = 0x811c9dc5;
  for (let index = 0; index < organisationId.length; index++) {
    hash ^= organisationId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length];
}
