// The main process's texts go through the shared-content mechanism: filled, typeset in French, same keys in both languages.
import { describe, expect, it } from 'vitest';
import { MAIN_TEXT } from '../../../electron/main/i18n';
import { FILE_TEXT } from '../../../electron/main/i18n-files';

describe('main process text', () => {
  it('fills the exit code, or says it is unknown, in each language', () => {
    expect(MAIN_TEXT.fr.hostStopped(3)).toContain('(code 3)');
    expect(MAIN_TEXT.fr.hostStopped(null)).toContain('(code inconnu)');
    expect(MAIN_TEXT.en.hostStopped(null)).toContain('(code unknown)');
    expect(MAIN_TEXT.en.nativeMissing('/x/n.node')).toContain('(/x/n.node)');
  });

  it('typesets French like the interface and the exports: no-break spaces before ; and inside « »', () => {
    expect(MAIN_TEXT.fr.hostStopped(1)).toContain('Socle va se fermer\u00a0; rouvrez-le');
    expect(MAIN_TEXT.fr.nativeMissing('f')).toContain('«\u00a0npm start\u00a0»');
    expect(MAIN_TEXT.en.hostStopped(1)).toContain('Socle will now close; open it');
  });

  it('names the file in the refusals, typeset in French', () => {
    expect(FILE_TEXT.fr.tooLarge('plan.socle', 50)).toBe(
      '«\u00a0plan.socle\u00a0» est trop gros pour un fichier d’atelier (plus de 50 Mo).',
    );
    expect(FILE_TEXT.en.unreadable('plan.socle', 'bad zip')).toBe('"plan.socle" could not be read: bad zip');
  });
});
