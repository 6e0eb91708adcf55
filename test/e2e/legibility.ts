// What the room sees of a board, measured in the page: smallest card title on screen, the board's share, cards inside
// the view, overlays over cards and cards over one another. Shared by the legibility and audience specs.
import type { Page } from '@playwright/test';

export interface Legibility {
  cards: number;
  /** Smallest card title on screen, in CSS pixels (font size times the view's zoom). */
  smallestTitle: number;
  /** The board's area over the window's. */
  share: number;
  /** Cards not wholly inside the board's frame. */
  outside: string[];
  /** Overlays (zoom buttons, overview, panels, popovers) that cover a card. */
  covered: string[];
  /** Pairs of cards that cover one another. */
  overlapping: string[];
  /** Cards whose title runs into their padding (a last line on the card's edge, or cut by it). */
  titlesCut: string[];
  /** Cards whose title does not fit its lines and ends in an ellipsis: the room reads part of it. */
  titlesClamped: string[];
  /** Zones (columns, lanes, quadrants, trays) that run off the board's edge: a picture cut by the screen. */
  zonesCut: string[];
  /** Key-field lines cut in half by their card's edge (a line is shown whole or not at all). */
  linesCut: string[];
}

/** What is measured as a card: step boards' cards (not groups) and references, and the strategy chain's cards. */
export const CARD_NODES = '.react-flow__node-card:not(.cn-wrap--group), .react-flow__node-ref, .react-flow__node-mapCard';

/** Measures the board under `root` (a CSS selector of the view that holds it). */
export function measure(page: Page, root: string): Promise<Legibility> {
  return page.evaluate(
    ([root, cardNodes]) => {
      const scope = document.querySelector(root);
      const flow = scope?.querySelector('.canvas__flow');
      if (!scope || !flow) throw new Error(`no board under ${root}`);
      const frame = flow.getBoundingClientRect();
      const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      const nodes = [...flow.querySelectorAll<HTMLElement>(cardNodes)];
      const boxes = nodes.map((n) => ({ id: n.dataset.id ?? '', r: n.getBoundingClientRect() }));
      const titles = nodes.map((n) => n.querySelector('.cn__title, .map-card__title')).filter((t): t is Element => t !== null);
      const titlesCut = nodes.flatMap((n) => {
        const title = n.querySelector('.cn__title, .map-card__title');
        const body = title?.parentElement;
        if (!title || !body) return [];
        const b = body.getBoundingClientRect();
        const t = title.getBoundingClientRect();
        const style = getComputedStyle(body);
        const inside =
          t.top >= b.top + parseFloat(style.paddingTop) * zoom - 0.5 && t.bottom <= b.bottom - parseFloat(style.paddingBottom) * zoom + 0.5;
        return inside ? [] : [n.dataset.id ?? ''];
      });
      const titlesClamped = nodes
        .filter((n) => {
          const title = n.querySelector('.cn__title, .map-card__title');
          return !!title && title.scrollHeight > title.clientHeight + 1;
        })
        .map((n) => n.dataset.id ?? '');
      const smallestTitle = Math.min(...titles.map((t) => parseFloat(getComputedStyle(t).fontSize) * zoom));
      const inter = (a: DOMRect, b: DOMRect) =>
        Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
        Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      const outside = boxes
        .filter(({ r }) => r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1)
        .map((b) => b.id);
      // Overlays of this view (the other view's, hidden behind a full-screen dialog, do not count).
      const overlaySelector = '.react-flow__panel, .react-flow__controls, .react-flow__minimap, [role="dialog"], [role="menu"], .popover';
      const overlays = [...scope.querySelectorAll(overlaySelector)].filter((o) => !o.closest('.react-flow__node'));
      const covered: string[] = [];
      for (const o of overlays) {
        const or = o.getBoundingClientRect();
        if (or.width === 0 || or.height === 0 || getComputedStyle(o).visibility === 'hidden') continue;
        for (const b of boxes) if (inter(or, b.r) > 0) covered.push(`${o.className || o.tagName} over ${b.id}`);
      }
      const zonesCut = [...flow.querySelectorAll<HTMLElement>('.react-flow__node-zone')]
        .filter((z) => {
          const r = z.getBoundingClientRect();
          const inside = r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
          return inside && (r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1);
        })
        .map((z) => z.dataset.id ?? '');
      const linesCut: string[] = [];
      for (const n of nodes) {
        const outer = n.querySelector('.cn__body')?.getBoundingClientRect();
        const fieldsBox = n.querySelector('.cn__fields')?.getBoundingClientRect();
        if (!outer || !fieldsBox) continue;
        // Both clip: the card's body and the fields' own box.
        const body = {
          top: Math.max(outer.top, fieldsBox.top),
          bottom: Math.min(outer.bottom, fieldsBox.bottom),
          left: Math.max(outer.left, fieldsBox.left),
          right: Math.min(outer.right, fieldsBox.right),
        };
        for (const line of n.querySelectorAll('.cn__field')) {
          const r = line.getBoundingClientRect();
          const shown = Math.max(0, Math.min(r.bottom, body.bottom) - Math.max(r.top, body.top));
          const across = Math.max(0, Math.min(r.right, body.right) - Math.max(r.left, body.left));
          if (shown > 0.5 && across > 0.5 && shown < r.height - 0.5) linesCut.push(`${n.dataset.id ?? ''}: ${line.textContent ?? ''}`);
        }
      }
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const shared = inter(a.r, b.r) / Math.min(a.r.width * a.r.height, b.r.width * b.r.height);
          if (shared > 0.02) overlapping.push(`${a.id}/${b.id}`);
        }
      }
      return {
        cards: boxes.length,
        smallestTitle: titles.length ? smallestTitle : Infinity,
        share: (frame.width * frame.height) / (window.innerWidth * window.innerHeight),
        outside,
        covered,
        overlapping,
        titlesCut,
        titlesClamped,
        zonesCut,
        linesCut,
      };
    },
    [root, CARD_NODES] as const,
  );
}
