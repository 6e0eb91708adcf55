// Speaker notes of a slide: the argument from the text table, figures from the workshop, then the sources cited.
import { sourceById } from '../../catalogue/sources';
import type { Language } from '../../model';
import { joinList } from '../format';
import { tr } from '../text';
import { WORDS } from '../text/labels';
import { NOTES, NOTE_PARTS } from '../text/notes';

export type NoteId = keyof typeof NOTES;

export function notesFor(language: Language, id: NoteId, figures: string[] = []): string {
  const note = NOTES[id];
  const parts = [tr(language, note.text)];
  if (figures.length) parts.push(tr(language, NOTE_PARTS.figures, { list: figures.join(' · ') }));
  const refs = note.sources.map((s) => tr(language, WORDS.sourceRef, { id: s, title: sourceById(s)?.title ?? s }));
  parts.push(tr(language, NOTE_PARTS.sources, { list: joinList(language, refs) }));
  return parts.join('\n\n');
}
