// A seeded random source and random JSON values, for fuzzing reproducibly.
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  ' ',
  'é',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE cards; --",
  '\u0000',
  '🙂',
  'NaN',
  '__proto__',
  'constructor',
];

export function randomValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * (depth > 4 ? 7 : 10));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return [0, -1, 1e308, -1e308, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 42][Math.floor(rand() * 8)];
    case 3:
      return STRINGS[Math.floor(rand() * STRINGS.length)];
    case 4:
      return 'x'.repeat(Math.floor(rand() * 30_000));
    case 5:
      return Math.floor(rand() * 1000);
    case 6:
      return undefined;
    case 7:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rand() * 4); i > 0; i--)
        o[STRINGS[Math.floor(rand() * STRINGS.length)] || 'k'] = randomValue(rand, depth + 1);
      return o;
    }
  }
}

/** A copy of a valid payload with one key changed, removed, or added, at any depth. */
export function mutate(rand: () => number, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return randomValue(rand);
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  const keys = Object.keys(copy);
  const roll = rand();
  if (keys.length === 0 || roll < 0.15) copy[`extra${Math.floor(rand() * 9)}`] = randomValue(rand);
  else {
    const key = keys[Math.floor(rand() * keys.length)]!;
    if (roll < 0.35) delete copy[key];
    else if (roll < 0.7) copy[key] = randomValue(rand);
    else copy[key] = mutate(rand, copy[key]);
  }
  return copy;
}

export function deepNest(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
