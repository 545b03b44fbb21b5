import { renderAllocationNetworkPdf } from './allocation-network-pdf';
import { allocationReportFixture, ESCALE, EVEIL, SAINT_ROCH } from './allocation-report.fixture';
import { drawnText } from './pdf-drawn-text.testing';

describe('network allocation report as PDF', () => {
  it('shows every organisation’s lines and total, the totals per organisation and pool, and the grand total', async () => {
    const report = allocationReportFixture();
    const text = drawnText(await renderAllocationNetworkPdf(report, 'fr', { compress: false }));

    expect(text).toContain('Répartition des coûts du réseau');
    expect(text).toContain('Réseau communautaire de la Basse-Ville');
    for (const organisation of [SAINT_ROCH, ESCALE, EVEIL]) expect(text).toContain(organisation.name);
    for (const total of report.totals.byOrganisation) {
      expect(text).toContain(`Total pour ${total.organisationName} :`);
    }
    expect(text).toContain('Total par organisme');
    expect(text).toContain('Total par enveloppe de coûts');
    expect(text).toContain('Total général :');
    expect(text).not.toContain('?');
  });

  it('is written in English too', async () => {
    const text = drawnText(await renderAllocationNetworkPdf(allocationReportFixture(), 'en', { compress: false }));

    expect(text).toContain('Network cost allocation');
    expect(text).toContain('Grand total: $');
  });
});
