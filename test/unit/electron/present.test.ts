// "Present" in Electron: which display the audience screen takes, and which window.open asks for it.
import { describe, expect, it } from 'vitest';
import { audienceRequest, audienceUrl, planPresentation } from '../../../electron/main/present';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const small = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 720 } };

describe('planPresentation', () => {
  it('keeps a single screen for the single-screen presentation', () => {
    expect(planPresentation([laptop], 1, { x: 10, y: 10, width: 1200, height: 800 })).toEqual({ kind: 'single-screen' });
    expect(planPresentation([], 1, null)).toEqual({ kind: 'single-screen' });
  });

  it('puts the audience on the display the control window is not on', () => {
    expect(planPresentation([laptop, projector], 1, { x: 100, y: 50, width: 1200, height: 800 })).toEqual({
      kind: 'audience-window',
      displayId: 2,
      bounds: projector.bounds,
    });
    // The facilitator dragged the control window to the big screen: the laptop's display is the audience's.
    expect(planPresentation([laptop, projector], 1, { x: 1500, y: 50, width: 1200, height: 800 })).toMatchObject({ displayId: 1 });
  });

  it('without a control window, leaves the primary display to the facilitator and takes the largest other', () => {
    expect(planPresentation([laptop, small, projector], 1, null)).toMatchObject({ displayId: 2 });
  });
});

describe('audienceRequest', () => {
  it('reads the workshop of Socle’s own audience route only', () => {
    expect(audienceRequest('socle://app/index.html#/audience/w-1_A')).toBe('w-1_A');
    expect(audienceRequest(audienceUrl('abc'))).toBe('abc');
    expect(audienceRequest('socle://app/index.html?x=1#/audience/abc')).toBe('abc');
    expect(audienceRequest('socle://app/index.html#/workshop/abc')).toBeNull();
    expect(audienceRequest('socle://app/index.html#/audience/a%2Fb')).toBeNull();
    expect(audienceRequest('https://evil.example/index.html#/audience/abc')).toBeNull();
    expect(audienceRequest('socle://app/index.html#/audience/abc/../x')).toBeNull();
  });
});
