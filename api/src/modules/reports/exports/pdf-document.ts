import type { Content, Style, TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake 0.3 exports an instance whose methods live on its prototype: `import * as` would drop them.
import pdfmake = require('pdfmake');

/** The 14 standard PDF fonts need no font file; pdfkit ships their metrics. */
const STANDARD_FONT_FILES = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);
let pdfmakeConfigured = false;

/**
 * pdfmake is a process-wide singleton. Add our font without replacing others', and forbid fetching
 * URLs and reading local files except the standard fonts' names (which pdfmake checks against the
 * local policy too), so no document content can make the server read or download anything.
 */
function configurePdfmake(): void {
  if (pdfmakeConfigured) return;
  pdfmake.addFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_FILES.has(path));
  pdfmakeConfigured = true;
}

/** Characters WinAnsi has above U+00FF (pdfkit maps them); anything else above U+00FF would print garbage. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the standard fonts can draw: their WinAnsi encoding has accents and U+00A0 but no narrow
 * no-break space (U+202F, which Intl puts in French numbers) nor other Unicode spaces and dashes.
 */
export function toWinAnsiText(value: string): string {
  return value
    .replace(/[\u2000-\u200a\u202f\u205f]/g, '\u00a0')
    .replace(/[\u2010\u2011\u2212]/g, '-')
    .replace(/[\u{100}-\u{10ffff}]/gu, (char) => (WIN_ANSI_EXTRAS.has(char) ? char : '?'));
}

export interface PdfRenderOptions {
  /** Tests turn compression off to read the text back. */
  compress?: boolean;
}

/** The styles every report shares; a document adds or overrides its own. */
const REPORT_STYLES: Record<string, Style> = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
  network: { fontSize: 11 },
  tableHeader: { bold: true, fontSize: 8 },
  subtotal: { bold: true, alignment: 'right', margin: [0, 4, 0, 0] },
  total: { fontSize: 12, bold: true, alignment: 'right', margin: [0, 14, 0, 0] },
};

/** A report on Letter paper in Helvetica, numbered « page / pages » at the foot of each page. */
export function letterReport(title: string, content: Content[], styles: Record<string, Style> = {}): TDocumentDefinitions {
  return {
    info: { title, creator: 'Mutualis', producer: 'Mutualis' },
    pageSize: 'LETTER',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    content,
    footer: (currentPage, pageCount) => ({ text: `${currentPage} / ${pageCount}`, alignment: 'center', fontSize: 8 }),
    styles: { ...REPORT_STYLES, ...styles },
  };
}

/** The PDF file of a document, compressed unless a test asks otherwise. */
export function renderPdf(document: TDocumentDefinitions, options: PdfRenderOptions = {}): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf({ ...document, compress: options.compress ?? true }).getBuffer();
}
