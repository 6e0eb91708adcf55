// Known values as a person reads and types them: ids shown by name, names stored as ids, other text kept as typed.
import { describe, expect, it } from 'vitest';
import { FORMAT_OPTIONS } from '../../../../shared/catalogue';
import { labelOf, optionFor, ordered, othersOf, storedValue } from './options';

describe('field options', () => {
  it('shows a stored id by its name in the interface language, and unknown text as it is', () => {
    expect(labelOf(FORMAT_OPTIONS, 'short_video', 'fr')).toBe('Vidéo courte');
    expect(labelOf(FORMAT_OPTIONS, 'short_video', 'en')).toBe('Short video');
    expect(labelOf(FORMAT_OPTIONS, 'Témoignages', 'en')).toBe('Témoignages');
  });

  it('stores a typed name or id as the id, in either language, without case or accents', () => {
    expect(storedValue(FORMAT_OPTIONS, 'video courte')).toBe('short_video');
    expect(storedValue(FORMAT_OPTIONS, '  Short video ')).toBe('short_video');
    expect(storedValue(FORMAT_OPTIONS, 'carousel')).toBe('carousel');
    expect(storedValue(FORMAT_OPTIONS, ' Témoignages ')).toBe('Témoignages');
    expect(optionFor(FORMAT_OPTIONS, '  ')).toBeNull();
  });

  it('keeps the catalogue order for known values, then the typed ones, and never drops a typed one', () => {
    const stored = ['Témoignages', 'image', 'short_video'];
    const others = othersOf(FORMAT_OPTIONS, stored);
    expect(others).toEqual(['Témoignages']);
    expect(ordered(FORMAT_OPTIONS, new Set([...stored, 'carousel']), others)).toEqual(['image', 'carousel', 'short_video', 'Témoignages']);
    expect(ordered(FORMAT_OPTIONS, new Set(['image']), others)).toEqual(['image']);
  });
});
