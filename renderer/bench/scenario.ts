// The scripted interaction both canvases go through: one step per frame, with each frame's interval and work measured.
export const VIEWPORT = { x: 40, y: 40, zoom: 0.6 };
export const STEPS = 120;

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

export async function run(scenario: Scenario): Promise<FrameSample[]> {
  const pane = document.querySelector<HTMLElement>('.react-flow__pane');
  const node = document.querySelector<HTMLElement>('.react-flow__node');
  if (!pane || !node) throw new Error('no canvas on the page');
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
      const deltaY = i < STEPS / 2 ? 40 : -40;
      pane.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: 640, clientY: 400, bubbles: true, cancelable: true, view: window }));
    } else {
      x += i < STEPS / 2 ? 9 : -9;
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
