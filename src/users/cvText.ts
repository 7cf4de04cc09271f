// The text of a CV file: .txt and .md as they are, .pdf through Mozilla's pdf.js (loaded only then).

import { extname } from 'node:path';
import { InputError } from '../core/errors.js';

export const CV_TYPES = ['.txt', '.md', '.pdf'] as const;

export async function cvText(fileName: string, bytes: Buffer): Promise<string> {
  const ext = extname(fileName).toLowerCase();
  if (ext !== '.pdf') return bytes.toString('utf8');
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let text: string;
  try {
    const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join('').replace(/[ \t]+/g, ' ').trim());
    }
    await doc.destroy();
    text = pages.join('\n\n').trim();
  } catch (err) {
    throw new InputError(`--cv: ${fileName} is not a readable PDF (${(err as Error).message})`);
  }
  if (!text) throw new InputError(`--cv: ${fileName} has no text layer (a scan?); save it as .txt or .md instead`);
  return text;
}
