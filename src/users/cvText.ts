// The text of a CV file: .txt and .md as they are, .pdf through Mozilla's pdf.js (loaded only then).

import { extname } from 'node:path';
import { InputError } from '../core/errors.js';

export const CV_TYPES = ['.txt', '.md', '.pdf'] as const;

/** A CV is a few pages; anything far larger is the wrong file (and would fill every prompt). */
export const MAX_CV_BYTES = 5 * 1024 * 1024;

/** What pdf.js gives for a run of text: its string, where it starts and how wide it is. */
interface TextRun { str: string; transform: number[]; width: number; height: number; hasEOL: boolean }

/**
 * A page's text from its runs: a space between runs apart, none between runs that touch (a ligature such as
 * "fi" or "fl" is a run of its own: "Certi|fi|ed" is one word), a line break where a line ends.
 */
function pageText(items: TextRun[]): string {
  let text = '';
  let prev: TextRun | null = null;
  for (const item of items) {
    const touching = prev !== null && !prev.hasEOL && Math.abs(item.transform[5]! - prev.transform[5]!) < 1 &&
      Math.abs(item.transform[4]! - (prev.transform[4]! + prev.width)) < Math.max(0.5, item.height * 0.05);
    text += `${prev === null ? '' : prev.hasEOL ? '\n' : touching ? '' : ' '}${item.str}`;
    prev = item;
  }
  return text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

export async function cvText(fileName: string, bytes: Buffer): Promise<string> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length > MAX_CV_BYTES) throw new InputError(`--cv: ${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; a CV is at most ${MAX_CV_BYTES / 1048576} MB`);
  if (ext !== '.pdf') {
    // Text means valid UTF-8 without NUL bytes: random bytes or a binary saved as .md are the wrong file.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (bytes.includes(0) || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(3, text.length / 1000)) {
      throw new InputError(`--cv: ${fileName} is not a text file (binary content); save the CV as .txt, .md or .pdf`);
    }
    return text;
  }
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let text: string;
  try {
    const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(pageText(content.items.flatMap((item) => ('str' in item ? [item] : []))));
    }
    await doc.destroy();
    text = pages.join('\n\n').trim();
  } catch (err) {
    throw new InputError(`--cv: ${fileName} is not a readable PDF (${(err as Error).message})`);
  }
  if (!text) throw new InputError(`--cv: ${fileName} has no text layer (a scan?); save it as .txt or .md instead`);
  return text;
}
