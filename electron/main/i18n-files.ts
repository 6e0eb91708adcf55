// What the main process says about opening workshop files (dialogs and refusals), as typed { fr, en } pairs.
import type { Language } from '../../shared/model';
import { tr, type Text } from '../../shared/text';

const TEXT = {
  workshopFiles: { fr: 'Atelier Socle', en: 'Socle workshop' },
  openTitle: { fr: 'Ouvrir un fichier d’atelier', en: 'Open a workshop file' },
  notOpenedTitle: { fr: 'Le fichier n’a pas été ouvert', en: 'The file was not opened' },
  notSocle: {
    fr: '« {arg} » n’est pas un fichier d’atelier : Socle ouvre les fichiers .socle.',
    en: '"{arg}" is not a workshop file: Socle opens .socle files.',
  },
  url: {
    fr: '« {arg} » est une adresse, pas un fichier : Socle n’ouvre que des fichiers de cet ordinateur.',
    en: '"{arg}" is an address, not a file: Socle only opens files on this computer.',
  },
  missing: {
    fr: '« {name} » est introuvable : il a peut-être été déplacé ou supprimé.',
    en: '"{name}" cannot be found: it may have been moved or deleted.',
  },
  tooLarge: {
    fr: '« {name} » est trop gros pour un fichier d’atelier (plus de {megabytes} Mo).',
    en: '"{name}" is too large for a workshop file (over {megabytes} MB).',
  },
  unreadable: { fr: '« {name} » n’a pas pu être lu : {reason}', en: '"{name}" could not be read: {reason}' },
  importFailed: { fr: '« {name} » n’a pas pu être importé : {reason}', en: '"{name}" could not be imported: {reason}' },
} satisfies Record<string, Text>;

export interface FileText {
  /** The file type's name in the open dialog's filter. */
  workshopFiles: string;
  openTitle: string;
  notOpenedTitle: string;
  notSocle: (arg: string) => string;
  url: (arg: string) => string;
  missing: (name: string) => string;
  tooLarge: (name: string, megabytes: number) => string;
  unreadable: (name: string, reason: string) => string;
  importFailed: (name: string, reason: string) => string;
}

function textIn(language: Language): FileText {
  const say = (text: Text, vars: Record<string, string | number> = {}) => tr(language, text, vars);
  return {
    workshopFiles: say(TEXT.workshopFiles),
    openTitle: say(TEXT.openTitle),
    notOpenedTitle: say(TEXT.notOpenedTitle),
    notSocle: (arg) => say(TEXT.notSocle, { arg }),
    url: (arg) => say(TEXT.url, { arg }),
    missing: (name) => say(TEXT.missing, { name }),
    tooLarge: (name, megabytes) => say(TEXT.tooLarge, { name, megabytes }),
    unreadable: (name, reason) => say(TEXT.unreadable, { name, reason }),
    importFailed: (name, reason) => say(TEXT.importFailed, { name, reason }),
  };
}

export const FILE_TEXT: Record<Language, FileText> = { fr: textIn('fr'), en: textIn('en') };
