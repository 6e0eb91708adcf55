// Why a library database could not be opened as it is, said in English and French.
import type { Language } from '../../../shared/model';
import { tr, type Text } from '../../../shared/text';

/** What was set aside (the file is kept under another name and a new library started). */
export type AsideProblem = 'foreign' | 'corrupt' | 'unreadable';
/** What stops the start and changes nothing: the user has something to fix first. */
export type RefusalProblem = 'newer' | 'in-use' | 'busy' | 'not-a-file' | 'unwritable' | 'unreadable';
export type OpenProblem = AsideProblem | RefusalProblem;

export class LibraryOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    /** What to tell the user, in both languages; English alone where only a developer would read it. */
    readonly text: string | Text,
  ) {
    super(typeof text === 'string' ? text : text.en);
    this.name = 'LibraryOpenError';
  }

  /** The message in the user's language, typeset like every text written in code. */
  say(language: Language): string {
    return typeof this.text === 'string' ? this.text : tr(language, this.text);
  }
}

/** The refusals that name a path: what is wrong, where, and that nothing was changed. */
export const refusal = {
  inUse: (dir: string) =>
    new LibraryOpenError('in-use', {
      en: `The library in ${dir} is already open in another Socle (the desktop app or npm run serve). Close that one first, or start this one on another folder with --data-dir. Nothing was changed.`,
      fr: `La bibliothèque de ${dir} est déjà ouverte dans un autre Socle (l’application ou npm run serve). Fermez-le d’abord, ou lancez celui-ci sur un autre dossier avec --data-dir. Rien n’a été modifié.`,
    }),
  busy: (file: string) =>
    new LibraryOpenError('busy', {
      en: `Another program keeps ${file} locked (a backup or sync tool, a database viewer?). Close it and start Socle again. Nothing was changed.`,
      fr: `Un autre programme garde ${file} verrouillé (un outil de sauvegarde ou de synchronisation, un lecteur de bases ?). Fermez-le et relancez Socle. Rien n’a été modifié.`,
    }),
  notAFile: (path: string) =>
    new LibraryOpenError('not-a-file', {
      en: `${path} is a folder (or something else), not a file: Socle cannot keep its library there. Move it away and start Socle again. Nothing was changed.`,
      fr: `${path} est un dossier (ou autre chose), pas un fichier : Socle ne peut pas y tenir sa bibliothèque. Déplacez-le et relancez Socle. Rien n’a été modifié.`,
    }),
  unwritable: (dir: string, reason: string) =>
    new LibraryOpenError('unwritable', {
      en: `Socle cannot write in the library folder ${dir} (${reason}). Check that it exists, is yours and is not read-only, or choose another one with --data-dir. Nothing was changed.`,
      fr: `Socle ne peut pas écrire dans le dossier de la bibliothèque ${dir} (${reason}). Vérifiez qu’il existe, qu’il vous appartient et qu’il n’est pas en lecture seule, ou choisissez-en un autre avec --data-dir. Rien n’a été modifié.`,
    }),
  unreadable: (file: string, reason: string) =>
    new LibraryOpenError('unreadable', {
      en: `The library ${file} could not be opened (${reason}). Nothing was changed.`,
      fr: `La bibliothèque ${file} n’a pas pu être ouverte (${reason}). Rien n’a été modifié.`,
    }),
};
