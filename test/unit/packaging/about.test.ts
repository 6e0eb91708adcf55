// The About box, in French and English: name, version, licence, the five source articles, works offline.
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../shared/catalogue/sources';
import { ABOUT_TEXT, aboutBox } from '../../../electron/main/about';

const facts = { version: '1.2.3', versions: { electron: '38.8.6', chrome: '140.0', node: '22.20.0' } };

describe('aboutBox', () => {
  it('names the app and its version, in both languages', () => {
    expect(aboutBox('en', facts)).toMatchObject({ title: 'About Socle', message: 'Socle 1.2.3', button: 'Close' });
    expect(aboutBox('fr', facts)).toMatchObject({ title: 'À propos de Socle', message: 'Socle 1.2.3', button: 'Fermer' });
  });

  it('credits the five source articles by id and title', () => {
    expect(SOURCES).toHaveLength(5);
    for (const language of ['fr', 'en'] as const) {
      const { detail } = aboutBox(language, facts);
      for (const source of SOURCES) expect(detail).toContain(`${source.id} · ${source.title}`);
    }
  });

  it('says that it works offline and sends nothing anywhere', () => {
    expect(aboutBox('en', facts).detail).toMatch(/Works offline: nothing you enter ever leaves this computer/);
    expect(aboutBox('en', facts).detail).toMatch(/no updates, no telemetry/);
    expect(aboutBox('fr', facts).detail).toMatch(/Fonctionne hors ligne\u00a0: rien de ce que vous saisissez ne quitte cet ordinateur/);
    expect(aboutBox('fr', facts).detail).toMatch(/ni mise à jour, ni télémétrie/);
  });

  it('states the licence declared by the package, or that all rights are reserved', () => {
    expect(aboutBox('en', { ...facts, licence: 'MIT' }).detail).toContain('Licence: MIT.');
    expect(aboutBox('fr', { ...facts, licence: 'MIT' }).detail).toContain('Licence\u00a0: MIT.');
    expect(aboutBox('en', facts).detail).toContain('Licence: all rights reserved.');
    expect(aboutBox('fr', facts).detail).toContain('Licence\u00a0: tous droits réservés.');
    // The bundled typeface's own licence is credited too.
    expect(aboutBox('en', facts).detail).toContain('SIL Open Font License 1.1');
  });

  it('shows the runtime versions when known', () => {
    expect(aboutBox('en', facts).detail).toContain('Electron 38.8.6, Chromium 140.0, Node.js 22.20.0.');
    expect(aboutBox('en', { version: '1.0.0' }).detail).not.toContain('Electron');
  });

  it('has the same entries in French and English, none empty', () => {
    expect(Object.keys(ABOUT_TEXT.fr).sort()).toEqual(Object.keys(ABOUT_TEXT.en).sort());
    for (const table of [ABOUT_TEXT.fr, ABOUT_TEXT.en]) {
      for (const value of Object.values(table)) {
        const text = typeof value === 'function' ? (value as (...a: string[]) => string)('x', 'y', 'z') : value;
        expect(text.trim()).not.toBe('');
      }
    }
  });
});
