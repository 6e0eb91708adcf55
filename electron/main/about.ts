// The About box: what Socle is, its version and licence, the five articles it draws on; FR and EN.
import { SOURCES } from '../../shared/catalogue/sources';
import type { Language } from '../../shared/model';

export interface AboutFacts {
  version: string;
  /** The package's licence (SPDX id), when one is declared. */
  licence?: string | undefined;
  versions?: { electron?: string | undefined; chrome?: string | undefined; node?: string | undefined };
}

interface AboutTable {
  title: string;
  tagline: string;
  offline: string;
  licence: (licence: string) => string;
  noLicence: string;
  font: string;
  sources: string;
  runtime: (electron: string, chrome: string, node: string) => string;
  close: string;
}

const TABLES: Record<Language, AboutTable> = {
  fr: {
    title: 'À propos de Socle',
    tagline: 'Animer des ateliers de stratégie social media et en tirer une stratégie qui tient debout.',
    offline:
      'Fonctionne hors ligne : rien de ce que vous saisissez ne quitte cet ordinateur, et Socle ne se connecte jamais à internet (ni mise à jour, ni télémétrie).',
    licence: (licence) => `Licence : ${licence}.`,
    noLicence: 'Licence : tous droits réservés.',
    font: 'Police Inter : SIL Open Font License 1.1.',
    sources: 'Les questions, contrôles et arguments s’appuient sur cinq articles consacrés aux échecs des stratégies social media :',
    runtime: (electron, chrome, node) => `Electron ${electron}, Chromium ${chrome}, Node.js ${node}.`,
    close: 'Fermer',
  },
  en: {
    title: 'About Socle',
    tagline: 'Run social media strategy workshops and turn them into a strategy that holds together.',
    offline:
      'Works offline: nothing you enter ever leaves this computer, and Socle never connects to the internet (no updates, no telemetry).',
    licence: (licence) => `Licence: ${licence}.`,
    noLicence: 'Licence: all rights reserved.',
    font: 'Inter typeface: SIL Open Font License 1.1.',
    sources: 'The questions, checks and arguments draw on five articles about why social media strategies fail:',
    runtime: (electron, chrome, node) => `Electron ${electron}, Chromium ${chrome}, Node.js ${node}.`,
    close: 'Close',
  },
};

export const ABOUT_TEXT: Readonly<Record<Language, AboutTable>> = TABLES;

export interface AboutBox {
  title: string;
  message: string;
  detail: string;
  button: string;
}

/** The About box's text, as dialog.showMessageBox takes it. */
export function aboutBox(language: Language, facts: AboutFacts): AboutBox {
  const t = TABLES[language];
  const credits = SOURCES.map((s) => `${s.id} · ${s.title}`);
  const v = facts.versions;
  const runtime = v?.electron ? [t.runtime(v.electron, v.chrome ?? '?', v.node ?? '?')] : [];
  const detail = [
    t.tagline,
    t.offline,
    [facts.licence ? t.licence(facts.licence) : t.noLicence, t.font].join('\n'),
    [t.sources, ...credits].join('\n'),
    ...runtime,
  ].join('\n\n');
  return { title: t.title, message: `Socle ${facts.version}`, detail, button: t.close };
}
