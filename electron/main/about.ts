// The About box: what Socle is, its version and licence, the five articles it draws on, as typed { fr, en } pairs.
import { SOURCES } from '../../shared/catalogue/sources';
import type { Language } from '../../shared/model';
import { tr, type Text } from '../../shared/text';

export interface AboutFacts {
  version: string;
  /** The package's licence (SPDX id), when one is declared. */
  licence?: string | undefined;
  versions?: { electron?: string | undefined; chrome?: string | undefined; node?: string | undefined };
}

const TEXT = {
  title: { fr: 'À propos de Socle', en: 'About Socle' },
  tagline: {
    fr: 'Animer des ateliers de stratégie social media et en tirer une stratégie qui tient debout.',
    en: 'Run social media strategy workshops and turn them into a strategy that holds together.',
  },
  offline: {
    fr: 'Fonctionne hors ligne : rien de ce que vous saisissez ne quitte cet ordinateur, et Socle ne se connecte jamais à internet (ni mise à jour, ni télémétrie).',
    en: 'Works offline: nothing you enter ever leaves this computer, and Socle never connects to the internet (no updates, no telemetry).',
  },
  licence: { fr: 'Licence : {licence}.', en: 'Licence: {licence}.' },
  noLicence: { fr: 'Licence : tous droits réservés.', en: 'Licence: all rights reserved.' },
  font: { fr: 'Police Inter : SIL Open Font License 1.1.', en: 'Inter typeface: SIL Open Font License 1.1.' },
  sources: {
    fr: 'Les questions, contrôles et arguments s’appuient sur cinq articles consacrés aux échecs des stratégies social media :',
    en: 'The questions, checks and arguments draw on five articles about why social media strategies fail:',
  },
  runtime: { fr: 'Electron {electron}, Chromium {chrome}, Node.js {node}.', en: 'Electron {electron}, Chromium {chrome}, Node.js {node}.' },
  close: { fr: 'Fermer', en: 'Close' },
} satisfies Record<string, Text>;

/** The About box's texts in each language, filled and typeset like every text written in code. */
export const ABOUT_TEXT: Readonly<Record<Language, Record<keyof typeof TEXT, string>>> = {
  fr: Object.fromEntries(Object.entries(TEXT).map(([key, text]) => [key, tr('fr', text)])) as Record<keyof typeof TEXT, string>,
  en: Object.fromEntries(Object.entries(TEXT).map(([key, text]) => [key, tr('en', text)])) as Record<keyof typeof TEXT, string>,
};

export interface AboutBox {
  title: string;
  message: string;
  detail: string;
  button: string;
}

/** The About box's text, as dialog.showMessageBox takes it. */
export function aboutBox(language: Language, facts: AboutFacts): AboutBox {
  const t = ABOUT_TEXT[language];
  const say = (text: Text, vars: Record<string, string>) => tr(language, text, vars);
  const credits = SOURCES.map((s) => `${s.id} · ${s.title}`);
  const v = facts.versions;
  const runtime = v?.electron ? [say(TEXT.runtime, { electron: v.electron, chrome: v.chrome ?? '?', node: v.node ?? '?' })] : [];
  const detail = [
    t.tagline,
    t.offline,
    [facts.licence ? say(TEXT.licence, { licence: facts.licence }) : t.noLicence, t.font].join('\n'),
    [t.sources, ...credits].join('\n'),
    ...runtime,
  ].join('\n\n');
  return { title: t.title, message: `Socle ${facts.version}`, detail, button: t.close };
}
