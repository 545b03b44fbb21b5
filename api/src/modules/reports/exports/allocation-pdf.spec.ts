import { DomainError } from '../../../errors/domain-error';
import { renderAllocationStatementPdf } from './allocation-pdf';
import { toWinAnsiText } from './pdf-document';
import { allocationReportFixture, ESCALE, EVEIL, SAINT_ROCH } from './allocation-report.fixture';
import { drawnText } from './pdf-drawn-text.testing';

describe('allocation statement as PDF', () => {
  it('is a PDF file', async () => {
    const pdf = await renderAllocationStatementPdf(allocationReportFixture(), ESCALE.id, 'fr');

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('names the organisation and what it owes each carrier, accents included', async () => {
    const text = drawnText(await renderAllocationStatementPdf(allocationReportFixture(), ESCALE.id, 'fr', { compress: false }));

    expect(text).toContain('Relevé de répartition des coûts');
    expect(text).toContain('Réseau communautaire de la Basse-Ville');
    expect(text).toContain('Maison des jeunes L’Escale');
    expect(text).toContain('Période : du 1er janvier 2025 au 31 mars 2025');
    expect(text).toContain('Base : réel');
    expect(text).toContain('Période fermée');
    expect(text).toContain('Montant dû à Centre communautaire Saint-Roch : 1\u00a0392,00\u00a0$');
    expect(text).toContain('Montant dû à Cuisine collective Éveil : 308,64\u00a0$');
    expect(text).toContain('Total dû : 1\u00a0700,64\u00a0$');
    expect(text).toContain('Votre part des coûts que vous portez : 4\u00a0680,00\u00a0$');
    expect(text).toContain('Total de votre part : 6\u00a0380,64\u00a0$');
  });

  it('prints French numbers with no-break spaces the standard fonts can draw', async () => {
    const text = drawnText(await renderAllocationStatementPdf(allocationReportFixture(), EVEIL.id, 'fr', { compress: false }));

    expect(text).toContain('de 15\u00a0600,00 $');
    expect(text).not.toContain('?');
  });

  it('writes the statement in English', async () => {
    const text = drawnText(
      await renderAllocationStatementPdf(allocationReportFixture(), SAINT_ROCH.id, 'en', { compress: false }),
    );

    expect(text).toContain('Cost allocation statement');
    expect(text).toContain('Amount due to Maison des jeunes L’Escale: $7,800.00');
    expect(text).toContain('Total due: $8,417.28');
    expect(text).toContain('Closed period');
  });

  it('groups lines of pools without a carrier last and counts them as due', async () => {
    const report = allocationReportFixture();
    const cleaning = report.pools.find((pool) => pool.id === 'pool-cleaning')!;
    cleaning.carrierOrganisationId = null;
    cleaning.carrierOrganisationName = null;

    const text = drawnText(await renderAllocationStatementPdf(report, EVEIL.id, 'fr', { compress: false }));

    expect(text).toContain('Coordonnatrice partagée — Julie Gagnon');
    expect(text.indexOf('Porteur : Sans organisme porteur')).toBeGreaterThan(
      text.indexOf('Porteur : Maison des jeunes L’Escale'),
    );
    expect(text).toContain('Total dû : 4\u00a0356,64\u00a0$');
  });

  it('refuses an organisation with no line in the report', async () => {
    const statement = renderAllocationStatementPdf(allocationReportFixture(), 'org-unknown', 'fr');

    await expect(statement).rejects.toThrow(DomainError);
    await expect(statement).rejects.toMatchObject({ code: 'NOT_FOUND', details: { organisationId: 'org-unknown' } });
  });

  it('replaces what WinAnsi cannot encode', () => {
    expect(toWinAnsiText('1\u202f234,56\u00a0$ – « réel » ‑ 5 \u2212 2 ✓ 😀')).toBe(
      '1\u00a0234,56\u00a0$ – « réel » - 5 - 2 ? ?',
    );
  });
});
