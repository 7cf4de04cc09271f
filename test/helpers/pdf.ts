// Writes minimal, valid one-page PDFs (Helvetica, 12 pt), for CV tests: a line of text, or runs of text placed
// one by one on a line, each in a font of its own if asked (as PDF printers set a ligature such as "fi" apart).

/** A one-page PDF with a line of text. */
export const minimalPdf = (text: string): Buffer => pdfOfRuns([{ text, x: 72 }]);

/** A one-page PDF whose line at y = 720 is drawn as the given runs, each at its own x (in points), in font 1 or 2 (both Helvetica). */
export function pdfOfRuns(runs: { text: string; x: number; font?: 1 | 2 }[]): Buffer {
  const content = runs.map(({ text, x, font = 1 }) => `BT /F${font} 12 Tf ${x} 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
