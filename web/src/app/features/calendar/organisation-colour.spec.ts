import { organisationColour, PALETTE } from './organisation-colour';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5]
    .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

describe('organisation colours', () => {
  it.each(PALETTE.map((colour) => [colour.background, colour]))(
    'text on %s meets WCAG AA (4.5:1), confirmed and pending',
    (_background, colour) => {
      expect(contrast(colour.text, colour.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#000000', colour.pending)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives an organisation the same colour every time', () => {
    const id = '4b8f2c1e-9a7d-4e3b-8c6f-0d1e2f3a4b5c';
    expect(organisationColour(id)).toBe(organisationColour(id));
  });
});
