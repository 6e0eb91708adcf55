// One way to format and to count in each language: Intl lives in shared/locale only, and no word is put in the
// plural by hand, so a new copy of a date format or of a plural rule fails here with the file and line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);

/** What a line must not hold outside the locale module, and why. */
const RULES: { pattern: RegExp; why: string }[] = [
  { pattern: /\bIntl\.|\.toLocale(?:Date|Time)?String\(/, why: 'format through shared/locale (dates, numbers, plurals, sorting)' },
  {
    pattern: /(?:[<>]=?|[=!]==)\s*[12]\s*\?\s*(['"`])[^'"`]*\1\s*:\s*(['"`])/,
    why: 'put a word in the plural with countWord/plural/translateCount (Intl.PluralRules), not by hand',
  },
  { pattern: /'(?:fr-FR|en-GB|en-US)'/, why: 'take the language’s locale from shared/locale (LOCALES)' },
  { pattern: /\b[A-Z][A-Z_]*_FR\b/, why: 'write one { fr, en } Text table, not a French table beside an English one' },
];

/** The offending lines of one file's source, as "path:line: why". */
function offences(path: string, source: string): string[] {
  if (path.startsWith('shared/locale/')) return [];
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const rule of RULES) if (rule.pattern.test(line)) found.push(`${path}:${i + 1}: ${rule.why}`);
  });
  return found;
}

function sources(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'shared', 'renderer', 'electron'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.startsWith('renderer/bench/'));
}

describe('one locale module, one plural rule', () => {
  it('finds no Intl formatter, hand-written plural or parallel French table outside shared/locale', () => {
    const found = sources().flatMap((path) => {
      try {
        return offences(path, readFileSync(new URL(path, ROOT), 'utf8'));
      } catch {
        return []; // listed but deleted in the working tree
      }
    });
    expect(found).toEqual([]);
  });

  it('fires on each kind of copy, and leaves the locale module and ordinary code alone', () => {
    expect(offences('renderer/x.ts', "const d = new Intl.DateTimeFormat('fr').format(t);")).toHaveLength(1);
    expect(offences('renderer/x.ts', 'const s = date.toLocaleDateString(language);')).toHaveLength(1);
    expect(offences('electron/host/x.ts', 'const s = n.toLocaleString();')).toHaveLength(1);
    expect(offences('shared/x.ts', "const s = `${n} carte${n > 1 ? 's' : ''}`;")).toHaveLength(1);
    expect(offences('renderer/x.ts', "const s = count === 1 ? 'card' : 'cards';")).toHaveLength(1);
    expect(offences('electron/x.ts', 'const REASONS_FR = { a: 1 };')).toHaveLength(1);
    expect(offences('electron/x.ts', "const tag = fr ? 'fr-FR' : 'en-GB';")).toHaveLength(1);
    expect(offences('shared/locale/dates.ts', "new Intl.DateTimeFormat('fr')")).toEqual([]);
    expect(
      offences(
        'renderer/x.ts',
        'const key = n === 1 ? topKey : rowKey;\n// Intl.DateTimeFormat in a comment\nconst x = a.localeCompare(b);',
      ),
    ).toEqual([]);
  });
});
