// Strips the characters XML 1.0 cannot hold (control characters pasted from other tools, lone surrogates) from export text.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A vertical tab or form feed, which Office pastes as a soft break, becomes a line break; the other invalid characters go. */
export function xmlSafe(text: string): string {
  let out = '';
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
    const lone = (isHigh(c) && !isLow(text.charCodeAt(i + 1))) || (isLow(c) && !isHigh(text.charCodeAt(i - 1)));
    if (control || lone || c === 0xfffe || c === 0xffff) {
      if (clean) out = text.slice(0, i);
      clean = false;
      if (c === 0x0b || c === 0x0c) out += '\n';
    } else if (!clean) out += text[i];
  }
  return clean ? text : out;
}

/** The same value with every string made safe (outlines, decks and calendars are plain data). */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  return value;
}
