/**
 * The text an uncompressed pdfkit file draws: its TJ operators hold WinAnsi bytes in hex, one word
 * per operator, so joining them in order gives back the page's words.
 */
export function drawnText(pdf: Buffer): string {
  const words: string[] = [];
  for (const [, operands] of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    for (const [, hex] of operands.matchAll(/<([0-9a-fA-F]*)>/g)) words.push(fromWinAnsi(Buffer.from(hex, 'hex')));
  }
  return words.join('');
}

/** WinAnsi is Latin-1 except for 0x80–0x9F (Node's TextDecoder may lack windows-1252). */
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromWinAnsi(bytes: Buffer): string {
  return [...bytes]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte)))
    .join('');
}
