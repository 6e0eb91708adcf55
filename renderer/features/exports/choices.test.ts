// The export dialog's choices: which formats use sections, and what is sent for the chosen sections.
import { describe, expect, it } from 'vitest';
import { CHOOSABLE_SECTIONS, sectionsToSend, toggle, usesSections } from './choices';
import { base64ToBytes } from '../../ui/download';

describe('export choices', () => {
  it('knows which formats are built from the outline', () => {
    expect(usesSections(['ics', 'csv', 'socle'])).toBe(false);
    expect(usesSections(['ics', 'pptx'])).toBe(true);
  });

  it('sends all sections as undefined, and otherwise keeps the cover first', () => {
    expect(sectionsToSend([...CHOOSABLE_SECTIONS])).toBeUndefined();
    expect(sectionsToSend(['kpis', 'summary'])).toEqual(['cover', 'summary', 'kpis']);
  });

  it('toggles an item in and out', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['b'], 'a')).toEqual(['b', 'a']);
  });

  it('decodes base64 to the exact bytes', () => {
    // btoa takes Latin-1: é is the single byte 233.
    expect([...base64ToBytes(btoa('Socle é'))]).toEqual([83, 111, 99, 108, 101, 32, 233]);
  });
});
