// Fixes what pptxgenjs writes against the schema, so that PowerPoint opens the file without offering a repair.
import { unzipSync, zipSync } from 'fflate';

// pptxgenjs writes paragraph properties before every run of a paragraph, not only the first: <a:pPr> after </a:r>
// breaks CT_TextParagraph (pPr?, runs*), which PowerPoint 2016 reports as damage (PptxGenJS pull request 1083).
// The first <a:pPr> of each paragraph holds the paragraph's real properties; the later ones are dropped.
const LATE_PPR = /(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*>.*?<\/a:pPr>/g;

export function tidyPptx(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const name of Object.keys(files)) {
    if (!/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name)) continue;
    const xml = decoder.decode(files[name]);
    const fixed = xml.replace(LATE_PPR, '$1');
    if (fixed !== xml) files[name] = encoder.encode(fixed);
  }
  return zipSync(files, { level: 6 });
}
