// Text the main process shows (menu, dialogs), in French and English: nothing user-facing is inline.
import type { Language } from '../../shared/model';

export interface MainText {
  app: string;
  file: string;
  newWorkshop: string;
  openFile: string;
  openRecent: string;
  clearRecent: string;
  noRecent: string;
  closeWindow: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  toggleFullScreen: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  window: string;
  minimize: string;
  zoom: string;
  front: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  newerTitle: string;
  openFailedTitle: string;
  startFailedTitle: string;
  noticeTitle: string;
  nativeMissing: (file: string) => string;
  nativeMissingPackaged: (file: string) => string;
  /** The library's process ended without being asked to: Socle says so, then closes. */
  hostStoppedTitle: string;
  hostStopped: (code: number | null) => string;
  ok: string;
}

const fr: MainText = {
  app: 'Socle',
  file: 'Fichier',
  newWorkshop: 'Nouvel atelier',
  openFile: 'Ouvrir un fichier d’atelier…',
  openRecent: 'Ouvrir un fichier récent',
  clearRecent: 'Effacer la liste',
  noRecent: 'Aucun fichier récent',
  closeWindow: 'Fermer la fenêtre',
  quit: 'Quitter Socle',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  reload: 'Recharger',
  devTools: 'Outils de développement',
  toggleFullScreen: 'Plein écran',
  resetZoom: 'Taille réelle',
  zoomIn: 'Agrandir',
  zoomOut: 'Réduire',
  window: 'Fenêtre',
  minimize: 'Réduire la fenêtre',
  zoom: 'Agrandir la fenêtre',
  front: 'Tout ramener au premier plan',
  help: 'Aide',
  about: 'À propos de Socle',
  hide: 'Masquer Socle',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher',
  newerTitle: 'Bibliothèque créée par une version plus récente de Socle',
  openFailedTitle: 'La bibliothèque ne peut pas être ouverte',
  startFailedTitle: 'Socle n’a pas pu démarrer',
  noticeTitle: 'À savoir sur votre bibliothèque',
  nativeMissing: (file) =>
    `Le module SQLite compilé pour Electron est introuvable (${file}). Lancez Socle avec « npm start », qui le prépare.`,
  nativeMissingPackaged: (file) => `Il manque un fichier à cette installation de Socle (${file}). Réinstallez Socle.`,
  hostStoppedTitle: 'La bibliothèque de Socle s’est arrêtée',
  hostStopped: (code) =>
    `Le processus qui garde vos ateliers s’est arrêté de lui-même (code ${code ?? 'inconnu'}). Tout ce qui a été enregistré jusqu’à la dernière modification est conservé. Socle va se fermer ; rouvrez-le pour continuer.`,
  ok: 'OK',
};

const en: MainText = {
  app: 'Socle',
  file: 'File',
  newWorkshop: 'New workshop',
  openFile: 'Open workshop file…',
  openRecent: 'Open recent',
  clearRecent: 'Clear list',
  noRecent: 'No recent files',
  closeWindow: 'Close window',
  quit: 'Quit Socle',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer tools',
  toggleFullScreen: 'Toggle full screen',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring all to front',
  help: 'Help',
  about: 'About Socle',
  hide: 'Hide Socle',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  newerTitle: 'This library was made by a newer version of Socle',
  openFailedTitle: 'The library cannot be opened',
  startFailedTitle: 'Socle could not start',
  noticeTitle: 'About your library',
  nativeMissing: (file) => `The SQLite module built for Electron is missing (${file}). Start Socle with "npm start", which prepares it.`,
  nativeMissingPackaged: (file) => `A file of this Socle installation is missing (${file}). Please reinstall Socle.`,
  hostStoppedTitle: 'Socle’s library stopped',
  hostStopped: (code) =>
    `The process that keeps your workshops stopped on its own (code ${code ?? 'unknown'}). Everything saved up to the last change is kept. Socle will now close; open it again to carry on.`,
  ok: 'OK',
};

export const MAIN_TEXT: Record<Language, MainText> = { fr, en };

/** The app speaks French to a French system and English to everyone else. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return (locale ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const textFor = (language: Language): MainText => MAIN_TEXT[language];
