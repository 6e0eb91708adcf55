// The canvas as a PNG or SVG image (html-to-image of React Flow's viewport, framed on all the nodes), saved as a download.
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { base64ToBytes, saveBlob } from '../../ui/download';

export type ImageFormat = 'png' | 'svg';

const PADDING = 40;
const MAX_SIDE = 4000;

/** A data: URL of the image of every node, at full scale up to MAX_SIDE pixels a side. */
export async function canvasImage(format: ImageFormat, root: HTMLElement, nodes: Node[], background: string): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('no canvas to draw');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING, 1));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const vp = getViewportForBounds(bounds, width, height, scale, scale, `${PADDING * scale}px`);
  const render = format === 'png' ? toPng : toSvg;
  return render(viewport, {
    backgroundColor: background,
    width,
    height,
    skipFonts: true,
    pixelRatio: 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
    // Editing chrome and an empty step's example card are not part of the picture.
    filter: (el) =>
      !(
        el.classList?.contains('cn__palette') ||
        el.classList?.contains('react-flow__resize-control') ||
        el.classList?.contains('react-flow__node-example')
      ),
  });
}

/** A Blob from a data: URL, without fetch (the page's CSP allows no fetch of data: URLs). */
export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  const type = head.slice(5).split(';')[0] || 'application/octet-stream';
  if (head.endsWith(';base64')) return new Blob([base64ToBytes(body)], { type });
  return new Blob([decodeURIComponent(body)], { type });
}

/** Saves the image through the browser's download, in the browser and in Electron alike. */
export function download(url: string, fileName: string): void {
  saveBlob(dataUrlToBlob(url), fileName);
}

/** A file name from the workshop's title and the step: letters, digits and dashes only. */
export function imageName(title: string, step: string, format: ImageFormat): string {
  const base = `${title}-${step}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${base || 'canvas'}.${format}`;
}
