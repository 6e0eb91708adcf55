// What the main process says about opening workshop files (dialogs and refusals), in French and English.
import type { Language } from '../../shared/model';

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

const fr: FileText = {
  workshopFiles: 'Atelier Socle',
  openTitle: 'Ouvrir un fichier d’atelier',
  notOpenedTitle: 'Le fichier n’a pas été ouvert',
  notSocle: (arg) => `« ${arg} » n’est pas un fichier d’atelier : Socle ouvre les fichiers .socle.`,
  url: (arg) => `« ${arg} » est une adresse, pas un fichier : Socle n’ouvre que des fichiers de cet ordinateur.`,
  missing: (name) => `« ${name} » est introuvable : il a peut-être été déplacé ou supprimé.`,
  tooLarge: (name, megabytes) => `« ${name} » est trop gros pour un fichier d’atelier (plus de ${megabytes} Mo).`,
  unreadable: (name, reason) => `« ${name} » n’a pas pu être lu : ${reason}`,
  importFailed: (name, reason) => `« ${name} » n’a pas pu être importé : ${reason}`,
};

const en: FileText = {
  workshopFiles: 'Socle workshop',
  openTitle: 'Open a workshop file',
  notOpenedTitle: 'The file was not opened',
  notSocle: (arg) => `"${arg}" is not a workshop file: Socle opens .socle files.`,
  url: (arg) => `"${arg}" is an address, not a file: Socle only opens files on this computer.`,
  missing: (name) => `"${name}" cannot be found: it may have been moved or deleted.`,
  tooLarge: (name, megabytes) => `"${name}" is too large for a workshop file (over ${megabytes} MB).`,
  unreadable: (name, reason) => `"${name}" could not be read: ${reason}`,
  importFailed: (name, reason) => `"${name}" could not be imported: ${reason}`,
};

export const FILE_TEXT: Record<Language, FileText> = { fr, en };
