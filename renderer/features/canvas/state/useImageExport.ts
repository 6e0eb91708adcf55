// The toolbar's PNG and SVG buttons: draws the canvas, downloads the file, tells how it went.
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useServices } from '../../../app/ServicesContext';
import { useT } from '../../../i18n';
import { canvasImage, download, imageName, type ImageFormat } from '../exportImage';

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

export function useImageExport(wrapper: React.RefObject<HTMLElement | null>, title: string, step: string) {
  const { t } = useT();
  const { notices } = useServices();
  const rf = useReactFlow();
  return useCallback(
    async (format: ImageFormat) => {
      const root = wrapper.current;
      if (!root) return;
      try {
        const background = getComputedStyle(root).getPropertyValue('--bg').trim() || '#ffffff';
        // Only what is on screen is drawn: show everything for the picture, then go back to where the user was.
        const before = rf.getViewport();
        await rf.fitView({ padding: 0.02 });
        await frames(2);
        const url = await canvasImage(
          format,
          root,
          rf.getNodes().filter((n) => n.type !== 'example'),
          background,
        ).finally(() => void rf.setViewport(before));
        const file = imageName(title, step, format);
        download(url, file);
        notices.getState().push('success', t('canvas.exported', { file }));
      } catch (error) {
        notices.getState().push('error', t('canvas.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [wrapper, rf, title, step, notices, t],
  );
}
