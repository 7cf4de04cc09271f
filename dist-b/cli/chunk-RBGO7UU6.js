import {
  InputError
} from "./chunk-ICS75TSL.js";

// dist/users/cvText.js
import { extname } from "node:path";
var CV_TYPES = [".txt", ".md", ".pdf"];
var MAX_CV_BYTES = 5 * 1024 * 1024;
function pageText(items) {
  let text = "";
  let prev = null;
  for (const item of items) {
    const touching = prev !== null && !prev.hasEOL && Math.abs(item.transform[5] - prev.transform[5]) < 1 && Math.abs(item.transform[4] - (prev.transform[4] + prev.width)) < Math.max(0.5, item.height * 0.05);
    text += `${prev === null ? "" : prev.hasEOL ? "\n" : touching ? "" : " "}${item.str}`;
    prev = item;
  }
  return text.replace(/[ \t]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
}
async function cvText(fileName, bytes) {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length > MAX_CV_BYTES)
    throw new InputError(`--cv: ${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; a CV is at most ${MAX_CV_BYTES / 1048576} MB`);
  if (ext !== ".pdf") {
    const text2 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (bytes.includes(0) || (text2.match(/\uFFFD/g)?.length ?? 0) > Math.max(3, text2.length / 1e3)) {
      throw new InputError(`--cv: ${fileName} is not a text file (binary content); save the CV as .txt, .md or .pdf`);
    }
    return text2;
  }
  const { getDocument, VerbosityLevel } = await import("./pdf-7OPBFKNK.js");
  let text;
  try {
    const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(pageText(content.items.flatMap((item) => "str" in item ? [item] : [])));
    }
    await doc.destroy();
    text = pages.join("\n\n").trim();
  } catch (err) {
    throw new InputError(`--cv: ${fileName} is not a readable PDF (${err.message})`);
  }
  if (!text)
    throw new InputError(`--cv: ${fileName} has no text layer (a scan?); save it as .txt or .md instead`);
  return text;
}

export {
  CV_TYPES,
  MAX_CV_BYTES,
  cvText
};
