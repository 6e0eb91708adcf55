// Speaker notes of a slide: the argument from the text table, figures from the workshop, then the sources cited.
import { sourceById } from '../../catalogue/sources';
import type { Language } from '../../model';
import { joinList } from '../format';
import { tr } from '../text';
import { WORDS } from '../text/labels';
import { NOTES, NOTE_PARTS } from '../text/notes';
import { STORY } from '../text/story';
import type { Facts } from '../facts';
import { raisedObjections, roomFacts } from '../story/objections';

export type NoteId = keyof typeof NOTES;

export function notesFor(language: Language, id: NoteId, figures: string[] = []): string {
  const note = NOTES[id];
  const parts = [tr(language, note.text)];
  if (figures.length) parts.push(tr(language, NOTE_PARTS.figures, { list: figures.join(' · ') }));
  const refs = note.sources.map((s) => tr(language, WORDS.sourceRef, { id: s, title: sourceById(s)?.title ?? s }));
  parts.push(tr(language, NOTE_PARTS.sources, { list: joinList(language, refs) }));
  return parts.join('\n\n');
}

/** The objections actually raised in the room, each with its answer and the workshop's own figures. */
export function objectionNotes(f: Facts, language: Language): string[] {
  const raised = raisedObjections(f, language);
  if (raised.length === 0) return [];
  const lines = raised.map((o) => {
    const who = o.raisedBy ? ` (${tr(language, STORY.raisedBy, { who: o.raisedBy })})` : '';
    return `${tr(language, STORY.quote, { text: o.statement })}${who}${tr(language, WORDS.labelSep)}${o.answer}`;
  });
  const facts = roomFacts(f, language);
  return [
    `${tr(language, STORY.objectionsRaised)}${tr(language, WORDS.labelSep)}\n${lines.map((l) => `- ${l}`).join('\n')}`,
    ...(facts.length ? [tr(language, STORY.answerFromFigures, { facts: joinList(language, facts) })] : []),
  ];
}
