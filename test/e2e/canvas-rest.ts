// Waits for the canvas to come to rest after a zoom control (fit, zoom): instead of sleeping through the animation,
// watch it. d3 marks the zooming element with `__transition` while a pan or zoom animates; the fit starts a frame or
// two after the click (React Flow queues it until the nodes are measured), so the canvas counts as at rest after
// several frames in a row without a transition.
import type { Page } from '@playwright/test';

const QUIET_FRAMES = 5;

export async function canvasAtRest(page: Page): Promise<void> {
  await page.evaluate(
    (quietFrames) =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const tick = () => {
          const moving = [...document.querySelectorAll('.react-flow__renderer')].some((el) => '__transition' in el);
          quiet = moving ? 0 : quiet + 1;
          if (quiet >= quietFrames) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    QUIET_FRAMES,
  );
}
