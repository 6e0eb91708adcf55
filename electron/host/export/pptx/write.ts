// Writes the presentation with pptxgenjs's public async API, then tidies what it writes against the schema.
import PptxGenJS from 'pptxgenjs';
import { replayDeck } from './replay';
import { tidyPptx } from './tidy';
import type { DeckSpec } from './spec';

type Constructor = Parameters<typeof replayDeck>[0];

export async function writePptx(spec: DeckSpec): Promise<Uint8Array> {
  return tidyPptx(await replayDeck(PptxGenJS as unknown as Constructor, spec));
}
