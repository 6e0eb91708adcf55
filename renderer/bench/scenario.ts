// The scripted interaction both canvases go through: one step per frame, with each frame's interval and work measured.
export const VIEWPORT = { x: 40, y: 40, zoom: 0.6 };
export const STEPS = 120;
/**
 * One wheel notch of the zoom gesture: React Flow scales by 2^(-deltaY x 0.002) per notch, so 60 notches of 28 take the
 * view from 0.6 to 0.058 and back, every frame a real change. A larger notch hits the 0.05 floor, and the frames there,
 * where the wheel moves nothing, measure no canvas at all (with 40, 15 frames of the 120 did).
 */
const WHEEL = 28;
/** The pointer's move per frame in a pan or a drag, and how far it goes (60 frames out, then back). */
const STEP_PX = 9;
const DRAG_RUN = (STEPS / 2) * STEP_PX;
/** React Flow pans the view by itself when a dragged card's pointer comes within 40 px of its edge: keep clear of that. */
const EDGE = 48;

export type Scenario = 'pan' | 'zoom' | 'drag';

export interface FrameSample {
  /** Time between two frames (ms). */
  interval: number;
  /** From the frame's start to the end of the work it caused: events, React, style and layout (ms). */
  work: number;
}

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
const afterWork = () =>
  new Promise<number>((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  });

const mouse = (type: string, x: number, y: number, buttons = 1) =>
  new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons, bubbles: true, cancelable: true, view: window });

/** A card wholly on screen, with room on its right for the drag: the first in the page can be half off the top left. */
function cardToDrag(pane: HTMLElement): HTMLElement | undefined {
  const view = pane.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((n) => {
    const r = n.getBoundingClientRect();
    return (
      r.left >= view.left + EDGE && r.top >= view.top + EDGE && r.right + DRAG_RUN <= view.right - EDGE && r.bottom <= view.bottom - EDGE
    );
  });
}

export async function run(scenario: Scenario): Promise<FrameSample[]> {
  const pane = document.querySelector<HTMLElement>('.react-flow__pane');
  const node = pane && cardToDrag(pane);
  if (!pane || !node) throw new Error('no canvas on the page, or no card wholly on screen');
  const box = (scenario === 'drag' ? node : pane).getBoundingClientRect();
  let x = box.left + Math.min(box.width / 2, 60);
  let y = box.top + Math.min(box.height / 2, 40);
  const target = scenario === 'drag' ? node : pane;
  if (scenario !== 'zoom') target.dispatchEvent(mouse('mousedown', x, y));
  const samples: FrameSample[] = [];
  let last = await nextFrame();
  for (let i = 0; i < STEPS; i++) {
    const start = await nextFrame();
    if (scenario === 'zoom') {
      // Out for the first half, back in for the second: more and more cards come into view, then fewer.
      const deltaY = i < STEPS / 2 ? WHEEL : -WHEEL;
      pane.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: 640, clientY: 400, bubbles: true, cancelable: true, view: window }));
    } else {
      x += i < STEPS / 2 ? STEP_PX : -STEP_PX;
      y += i % 2 ? 3 : -3;
      window.dispatchEvent(mouse('mousemove', x, y));
    }
    const end = await afterWork();
    samples.push({ interval: start - last, work: end - start });
    last = start;
  }
  if (scenario !== 'zoom') window.dispatchEvent(mouse('mouseup', x, y, 0));
  await nextFrame();
  return samples;
}
