import type { ImpactReport, ImpactSummary } from '@mutualis/contracts';
import { renderImpactPdf } from './impact-pdf';

/** The words an uncompressed pdfkit file draws (WinAnsi bytes in hex in its TJ operators). */
function drawnText(pdf: Buffer): string {
  const words: string[] = [];
  for (const [, operands] of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    for (const [, hex] of operands.matchAll(/<([0-9a-fA-F]*)>/g)) {
      words.push(
        [...Buffer.from(hex, 'hex')]
          .map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80_9F[b - 0x80] : String.fromCharCode(b)))
          .join(''),
      );
    }
  }
  return words.join('').replace(/\u00a0/g, ' ');
}

/** WinAnsi is Latin-1 except for 0x80–0x9F. */
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const SUMMARY: ImpactSummary = {
  occupancyRate: 0.25,
  bookedMinutes: 1500,
  plannedMinutes: 300,
  deliveredMinutes: 270,
  organisationsServed: 2,
  savedCents: 106_000,
  sharedSquareMetreHours: 980,
};

const REPORT: ImpactReport = {
  networkId: 'n',
  networkName: 'Réseau Laurentides',
  organisationId: null,
  organisationName: null,
  from: '2027-03-01',
  to: '2027-04-01',
  summary: SUMMARY,
  comparison: {
    previous: { from: '2027-02-01', to: '2027-03-01', summary: { ...SUMMARY, occupancyRate: 0.2 } },
    lastYear: { from: '2026-03-01', to: '2026-04-01', summary: { ...SUMMARY, savedCents: 0 } },
  },
  occupancy: {
    rooms: [
      {
        resourceId: 'r',
        name: 'Salle Érable',
        siteId: 's',
        siteName: 'Carrefour',
        floorAreaM2: 40,
        bookedMinutes: 1440,
        openMinutes: 5760,
        rate: 0.25,
        byMonth: [],
      },
    ],
    sites: [],
    total: { bookedMinutes: 1440, openMinutes: 5760, rate: 0.25 },
    heatMap: { booked: [], open: [] },
    rarelyUsedResourceIds: [],
  },
  staff: {
    lines: [
      {
        resourceId: 's',
        name: 'Comptable',
        jobTitle: 'Comptabilité',
        organisationId: 'o',
        organisationName: 'Maison de la famille',
        plannedMinutes: 180,
        deliveredMinutes: 150,
      },
    ],
    byRole: [],
    employees: [],
    hourBanks: [],
    total: { plannedMinutes: 180, deliveredMinutes: 150 },
  },
  reach: {
    organisationsServed: 2,
    bookings: 6,
    hourRequests: 2,
    people: 3,
    boardPosts: 0,
    boardConversations: 0,
    boardMatches: 0,
    boardCreations: 0,
  },
  savings: {
    lines: [
      {
        organisationId: 'o',
        organisationName: 'Maison de la famille',
        standAloneCents: 90_000,
        chargedCents: 50_000,
        savedCents: 40_000,
        explanation: ['Salle Érable : 4,00 h × 50,00 $/h = 200,00 $'],
      },
    ],
    total: { standAloneCents: 90_000, chargedCents: 50_000, savedCents: 40_000 },
  },
  environment: { sharedSquareMetreHours: 980 },
  indicators: [
    {
      id: 'i',
      stage: 'effect',
      nameFr: 'Nouvelles collaborations',
      nameEn: 'New collaborations',
      metric: 'entered',
      target: 4,
      targetBasis: 'prorated',
      targetSources: [{ from: '2026-04-01', to: '2027-04-01', target: 48 }],
      defaultTarget: 2,
      position: 0,
      value: 3,
      valueBasis: 'period',
      progress: 0.75,
    },
    {
      id: 'j',
      stage: 'output',
      nameFr: 'Taux d’occupation (%)',
      nameEn: 'Occupancy (%)',
      metric: 'occupancy_percent',
      target: 35,
      targetBasis: 'default',
      targetSources: [],
      defaultTarget: 35,
      position: 1,
      value: 25,
      valueBasis: null,
      progress: 25 / 35,
    },
  ],
};

describe('impact report as PDF', () => {
  it('sums the period up on its first page, then details every part, in French', async () => {
    const text = drawnText(await renderImpactPdf(REPORT, null, 'fr', { compress: false }));
    expect(text).toContain('Rapport d’impact de la mutualisation');
    expect(text).toContain('Période : du 1er mars 2027 au 31 mars 2027');
    expect(text).toContain('Taux d’occupation des salles');
    expect(text).toContain('+25,00 %');
    expect(text).toContain('Économies par rapport à l’achat en solo');
    expect(text).toContain('Salle Érable : 4,00 h × 50,00 $/h = 200,00 $');
    expect(text).toContain('Effets — Nouvelles collaborations');
  });

  it("says where each indicator's target for the period comes from", async () => {
    const fr = drawnText(await renderImpactPdf(REPORT, null, 'fr', { compress: false }));
    expect(fr).toContain('au prorata de la cible de 2026-2027');
    expect(fr).toContain('cible par défaut');
    const en = drawnText(await renderImpactPdf(REPORT, null, 'en', { compress: false }));
    expect(en).toContain('prorated from the target of 2026-2027');
    expect(en).toContain('default target');
  });

  it('speaks English when asked', async () => {
    const text = drawnText(await renderImpactPdf(REPORT, 'Maison de la famille', 'en', { compress: false }));
    expect(text).toContain('Impact report of pooling');
    expect(text).toContain('Organisation: Maison de la famille');
    expect(text).toContain('Savings against buying alone');
    expect(text).toContain('Effects — New collaborations');
  });
});
