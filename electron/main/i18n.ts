// Text the main process shows (menu, dialogs), as typed { fr, en } pairs like all content written in code.
import type { Language } from '../../shared/model';
import { tr, type Text } from '../../shared/text';

const TEXT = {
  app: { fr: 'Socle', en: 'Socle' },
  file: { fr: 'Fichier', en: 'File' },
  newWorkshop: { fr: 'Nouvel atelier', en: 'New workshop' },
  openFile: { fr: 'Ouvrir un fichier d’atelier…', en: 'Open workshop file…' },
  openRecent: { fr: 'Ouvrir un fichier récent', en: 'Open recent' },
  exportWorkshop: { fr: 'Exporter…', en: 'Export…' },
  presenter: { fr: 'Mode présentateur', en: 'Presenter mode' },
  clearRecent: { fr: 'Effacer la liste', en: 'Clear list' },
  noRecent: { fr: 'Aucun fichier récent', en: 'No recent files' },
  closeWindow: { fr: 'Fermer la fenêtre', en: 'Close window' },
  quit: { fr: 'Quitter Socle', en: 'Quit Socle' },
  edit: { fr: 'Édition', en: 'Edit' },
  undo: { fr: 'Annuler', en: 'Undo' },
  redo: { fr: 'Rétablir', en: 'Redo' },
  cut: { fr: 'Couper', en: 'Cut' },
  copy: { fr: 'Copier', en: 'Copy' },
  paste: { fr: 'Coller', en: 'Paste' },
  selectAll: { fr: 'Tout sélectionner', en: 'Select all' },
  view: { fr: 'Affichage', en: 'View' },
  reload: { fr: 'Recharger', en: 'Reload' },
  devTools: { fr: 'Outils de développement', en: 'Developer tools' },
  toggleFullScreen: { fr: 'Plein écran', en: 'Toggle full screen' },
  resetZoom: { fr: 'Taille réelle', en: 'Actual size' },
  zoomIn: { fr: 'Agrandir', en: 'Zoom in' },
  zoomOut: { fr: 'Réduire', en: 'Zoom out' },
  window: { fr: 'Fenêtre', en: 'Window' },
  minimize: { fr: 'Réduire la fenêtre', en: 'Minimize' },
  zoom: { fr: 'Agrandir la fenêtre', en: 'Zoom' },
  front: { fr: 'Tout ramener au premier plan', en: 'Bring all to front' },
  help: { fr: 'Aide', en: 'Help' },
  about: { fr: 'À propos de Socle', en: 'About Socle' },
  hide: { fr: 'Masquer Socle', en: 'Hide Socle' },
  hideOthers: { fr: 'Masquer les autres', en: 'Hide others' },
  showAll: { fr: 'Tout afficher', en: 'Show all' },
  newerTitle: { fr: 'Bibliothèque créée par une version plus récente de Socle', en: 'This library was made by a newer version of Socle' },
  openFailedTitle: { fr: 'La bibliothèque ne peut pas être ouverte', en: 'The library cannot be opened' },
  startFailedTitle: { fr: 'Socle n’a pas pu démarrer', en: 'Socle could not start' },
  noticeTitle: { fr: 'À savoir sur votre bibliothèque', en: 'About your library' },
  nativeMissing: {
    fr: 'Le module SQLite compilé pour Electron est introuvable ({file}). Lancez Socle avec « npm start », qui le prépare.',
    en: 'The SQLite module built for Electron is missing ({file}). Start Socle with "npm start", which prepares it.',
  },
  nativeMissingPackaged: {
    fr: 'Il manque un fichier à cette installation de Socle ({file}). Réinstallez Socle.',
    en: 'A file of this Socle installation is missing ({file}). Please reinstall Socle.',
  },
  /** The library's process ended without being asked to: Socle says so, then closes. */
  hostStoppedTitle: { fr: 'La bibliothèque de Socle s’est arrêtée', en: 'Socle’s library stopped' },
  hostStopped: {
    fr: 'Le processus qui garde vos ateliers s’est arrêté de lui-même (code {code}). Tout ce qui a été enregistré jusqu’à la dernière modification est conservé. Socle va se fermer ; rouvrez-le pour continuer.',
    en: 'The process that keeps your workshops stopped on its own (code {code}). Everything saved up to the last change is kept. Socle will now close; open it again to carry on.',
  },
  ok: { fr: 'OK', en: 'OK' },
  unknownCode: { fr: 'inconnu', en: 'unknown' },
} satisfies Record<string, Text>;

type Filled = 'nativeMissing' | 'nativeMissingPackaged' | 'hostStopped';

/** Every text in one language: plain strings, and functions for those that name a file or an exit code. */
type Plain = Record<Exclude<keyof typeof TEXT, Filled | 'unknownCode'>, string>;

export interface MainText extends Plain {
  nativeMissing: (file: string) => string;
  nativeMissingPackaged: (file: string) => string;
  hostStopped: (code: number | null) => string;
}

function textIn(language: Language): MainText {
  const plain = Object.fromEntries(Object.entries(TEXT).map(([key, text]) => [key, tr(language, text)])) as Record<
    keyof typeof TEXT,
    string
  >;
  const { unknownCode, nativeMissing: _a, nativeMissingPackaged: _b, hostStopped: _c, ...rest } = plain;
  return {
    ...rest,
    nativeMissing: (file) => tr(language, TEXT.nativeMissing, { file }),
    nativeMissingPackaged: (file) => tr(language, TEXT.nativeMissingPackaged, { file }),
    hostStopped: (code) => tr(language, TEXT.hostStopped, { code: code ?? unknownCode }),
  };
}

export const MAIN_TEXT: Record<Language, MainText> = { fr: textIn('fr'), en: textIn('en') };

/** The app speaks French to a French system and English to everyone else. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return (locale ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const textFor = (language: Language): MainText => MAIN_TEXT[language];
