// The application menu: both languages, the renderer's shortcuts, dev-only items, and its text table.
import { describe, expect, it } from 'vitest';
import { languageFromLocale, MAIN_TEXT } from '../../../electron/main/i18n';
import { menuLabel, menuTemplate, OPEN_FILE_SHORTCUT, SHORTCUTS, type MenuOptions } from '../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const clicked: string[] = [];
const options = (platform: NodeJS.Platform, dev = false, recent: MenuOptions['recent'] = []): MenuOptions => ({
  platform,
  dev,
  recent,
  actions: {
    newWorkshop: () => clicked.push('new'),
    undo: () => clicked.push('undo'),
    redo: () => clicked.push('redo'),
    exportWorkshop: () => clicked.push('export'),
    presenter: () => clicked.push('presenter'),
    openFile: () => clicked.push('open'),
    openRecent: (path) => clicked.push(`recent ${path}`),
    clearRecent: () => clicked.push('clear'),
    about: () => clicked.push('about'),
  },
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const find = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help in English and in French', () => {
    expect(menuTemplate('en', options('linux')).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(menuTemplate('fr', options('linux')).map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
  });

  it('labels every item that is not a separator, in the chosen language', () => {
    for (const language of ['fr', 'en'] as const) {
      const labels = new Set(Object.values(MAIN_TEXT[language]).filter((v): v is string => typeof v === 'string'));
      const recent = [{ path: '/w/a.socle', label: 'a.socle' }];
      for (const item of flatten(menuTemplate(language, options('darwin', true, recent)))) {
        // Separators have no label; recent files are labelled with their own names.
        if (item.type === 'separator' || item.id?.startsWith('recent:')) continue;
        expect(labels.has(item.label ?? '')).toBe(true);
      }
    }
  });

  it('shows Undo and Redo with their accelerators and leaves the keystroke to the page', () => {
    for (const [language, undo, redo] of [
      ['en', 'Undo', 'Redo'],
      ['fr', 'Annuler', 'Rétablir'],
    ] as const) {
      const template = menuTemplate(language, options('win32'));
      expect(find(template, undo)).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(find(template, redo)).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    }
    expect(SHORTCUTS).toMatchObject({ undo: 'CmdOrCtrl+Z', redo: 'CmdOrCtrl+Shift+Z' });
  });

  it('offers Export… in File and Presenter mode (F5) in View, leaving their keystrokes to the page', () => {
    clicked.length = 0;
    for (const [language, exportLabel, presenter] of [
      ['en', 'Export…', 'Presenter mode'],
      ['fr', 'Exporter…', 'Mode présentateur'],
    ] as const) {
      const template = menuTemplate(language, options('linux'));
      const [file, , view] = template;
      const inFile = flatten([file!]).find((i) => i.label === exportLabel);
      const inView = flatten([view!]).find((i) => i.label === presenter);
      expect(inFile).toMatchObject({ accelerator: 'CmdOrCtrl+E', registerAccelerator: false });
      expect(inView).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
      (inFile?.click as () => void)();
      (inView?.click as () => void)();
    }
    expect(clicked).toEqual(['export', 'presenter', 'export', 'presenter']);
  });

  it('leaves Export… and Presenter out while main does not carry them to the window', () => {
    const { exportWorkshop: _e, presenter: _p, ...rest } = options('linux').actions;
    const template = menuTemplate('en', { ...options('linux'), actions: rest });
    expect(find(template, 'Export…')).toBeUndefined();
    expect(find(template, 'Presenter mode')).toBeUndefined();
  });

  it('runs the renderer actions on click', () => {
    clicked.length = 0;
    const template = menuTemplate('en', options('linux'));
    for (const label of ['New workshop', 'Undo', 'Redo']) {
      (find(template, label)?.click as (() => void) | undefined)?.();
    }
    expect(clicked).toEqual(['new', 'undo', 'redo']);
  });

  it('uses roles for the clipboard, full screen and zoom', () => {
    const roles = flatten(menuTemplate('en', options('linux'))).map((i) => i.role);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'close', 'quit']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and developer tools in development only', () => {
    const roles = (dev: boolean) => flatten(menuTemplate('en', options('linux', dev))).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('opens workshop files with the usual shortcut, and lists recent ones (or says there are none)', () => {
    clicked.length = 0;
    const none = menuTemplate('fr', options('linux'));
    expect(find(none, 'Ouvrir un fichier d’atelier…')).toMatchObject({ accelerator: OPEN_FILE_SHORTCUT });
    expect(OPEN_FILE_SHORTCUT).toBe('CmdOrCtrl+O');
    expect(find(none, 'Aucun fichier récent')).toMatchObject({ enabled: false });
    const recent = [
      { path: '/w/a.socle', label: 'R&D 2027 (a.socle)' },
      { path: '/w/b.socle', label: 'b.socle' },
    ];
    const template = menuTemplate('en', options('win32', false, recent));
    const submenu = find(template, 'Open recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label ?? i.type)).toEqual(['R&&D 2027 (a.socle)', 'b.socle', 'separator', 'Clear list']);
    (submenu[1]?.click as () => void)();
    (submenu[3]?.click as () => void)();
    (find(template, 'Open workshop file…')?.click as () => void)();
    expect(clicked).toEqual(['recent /w/b.socle', 'clear', 'open']);
    expect(menuLabel('A & B')).toBe('A && B');
  });

  it('has one About box: in Help on Windows and Linux, in the app menu on macOS', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      clicked.length = 0;
      const template = menuTemplate('fr', options(platform));
      const about = flatten(template).filter((i) => i.label === 'À propos de Socle');
      expect(about).toHaveLength(1);
      (about[0]?.click as () => void)();
      expect(clicked).toEqual(['about']);
      const where = template.find((m) => (m.submenu as MenuItemConstructorOptions[]).includes(about[0]!));
      expect(where?.label).toBe(platform === 'darwin' ? 'Socle' : 'Aide');
    }
  });

  it('puts Quit in the app menu on macOS and in File elsewhere', () => {
    const mac = menuTemplate('en', options('darwin'));
    expect(mac[0]?.label).toBe('Socle');
    const file = (template: MenuItemConstructorOptions[]) =>
      (template.find((m) => m.label === 'File')?.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(file(mac)).not.toContain('quit');
    expect(file(menuTemplate('en', options('linux')))).toContain('quit');
  });
});

describe('main process text', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(MAIN_TEXT.fr).sort()).toEqual(Object.keys(MAIN_TEXT.en).sort());
    for (const text of [MAIN_TEXT.fr, MAIN_TEXT.en]) {
      for (const value of Object.values(text)) {
        expect(typeof value === 'function' ? value('x') : value).not.toBe('');
      }
    }
  });

  it('speaks French to a French system and English to the rest', () => {
    expect(languageFromLocale('fr')).toBe('fr');
    expect(languageFromLocale('fr-CA')).toBe('fr');
    expect(languageFromLocale('FR-fr')).toBe('fr');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('de')).toBe('en');
    expect(languageFromLocale('')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
