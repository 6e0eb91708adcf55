// Keeps PDF text within the glyphs of the bundled Inter (Latin subset): near equivalents for the rest, never a blank box.
const OUTSIDE = /[^\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]/gu;

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
  'Ł': 'L',
  'ł': 'l',
  'Đ': 'D',
  'đ': 'd',
  'ß': 'ss',
};

function near(ch: string): string {
  const mapped = NEAR[ch];
  if (mapped !== undefined) return mapped;
  // Latin letters with accents the subset lacks (ă, ş, ő...) lose the accent rather than the letter.
  const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare !== ch && !bare.match(OUTSIDE) ? bare : '';
}

export function printable(text: string): string {
  OUTSIDE.lastIndex = 0;
  return OUTSIDE.test(text) ? text.replace(OUTSIDE, near) : text;
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
