// Keeps PDF text within the glyphs of the bundled Inter (Latin subset): near equivalents for the rest, never a blank box.
/** The code points of @fontsource/inter's "latin" subset (its unicode.json). */
const RANGES: [number, number][] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];
const covered = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return RANGES.some(([a, b]) => c >= a && c <= b);
};
/** Anything beyond Latin-1 may be missing; the few covered ones are checked one by one. */
const MAYBE_OUTSIDE = /[^\x20-\xff\n\t]/u;

const NEAR: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↔': '<->',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '×': 'x',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ß: 'ss',
};

function near(ch: string): string {
  const mapped = NEAR[ch];
  if (mapped !== undefined) return mapped;
  // Latin letters with accents the subset lacks (ă, ş, ő...) lose the accent rather than the letter.
  const bare = Array.from(ch.normalize('NFD')).filter(covered).join('');
  return bare !== '' && bare !== ch ? bare : '';
}

export function printable(text: string): string {
  if (!MAYBE_OUTSIDE.test(text)) return text;
  return Array.from(text, (ch) => (covered(ch) ? ch : near(ch))).join('');
}

/** The same value with every string made printable (outlines and decks are plain data). */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v) => printableDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}
