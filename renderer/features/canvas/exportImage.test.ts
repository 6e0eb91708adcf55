// Image export helpers that run without a page: data URLs to blobs and safe file names.
import { describe, expect, it } from 'vitest';
import { dataUrlToBlob, imageName } from './exportImage';

describe('canvas image export', () => {
  it('turns base64 and percent-encoded data URLs into blobs of the right type', async () => {
    const png = dataUrlToBlob('data:image/png;base64,iVBORw0K');
    expect(png.type).toBe('image/png');
    expect(png.size).toBe(6);
    const svg = dataUrlToBlob('data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E');
    expect(svg.type).toBe('image/svg+xml');
    expect(await svg.text()).toBe('<svg></svg>');
  });

  it('names the file from the workshop and the step without accents or separators', () => {
    expect(imageName('Café « Bio » / 2027', 'swot', 'png')).toBe('cafe-bio-2027-swot.png');
    expect(imageName('', 'context', 'svg')).toBe('context.svg');
  });
});
