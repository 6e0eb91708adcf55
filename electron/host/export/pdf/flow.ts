// Flowing blocks down A4 pages: each block measured first, moved to a new page when it does not fit.
import { chainTable, type Block } from '../../../../shared/document';
import { chart, chartHeight } from './charts';
import type { Margins, Pdf } from './output';
import { bulletItem, callout, heading, keyFigures, paragraph, type Painter, type Style } from './paint';
import { quadrants, quadrantsHeight } from './quadrants';
import { table, tableHeight } from './table';

export const A4: [number, number] = [595.28, 841.89];
export const PAGE_MARGINS: Margins = { top: 72, bottom: 66, left: 56, right: 56 };

export class Flow implements Painter {
  y = PAGE_MARGINS.top;
  readonly x = PAGE_MARGINS.left;
  readonly width = A4[0] - PAGE_MARGINS.left - PAGE_MARGINS.right;
  readonly bottom = A4[1] - PAGE_MARGINS.bottom;
  /** The section each page belongs to, for the running header. */
  readonly pageSections: string[] = [];
  section = '';

  constructor(
    readonly doc: Pdf,
    readonly style: Style,
  ) {
    // Pages pdfkit adds itself (a paragraph longer than a page) belong to the section too.
    doc.on('pageAdded', () => this.pageSections.push(this.section));
  }

  newPage(): void {
    this.doc.addPage({ size: A4, margins: PAGE_MARGINS });
    this.y = PAGE_MARGINS.top;
  }

  /** Where to draw something h high: here, or at the top of a new page. */
  ensure(h: number): number {
    if (this.y + h > this.bottom - 2 && this.y > PAGE_MARGINS.top + 1) this.newPage();
    return this.y;
  }

  readonly breaker = (y: number, h: number): number => {
    this.y = y;
    return this.ensure(h);
  };

  block(b: Block, next?: Block): void {
    const { x, width: w, style } = this;
    const gap = style.gap;
    switch (b.type) {
      case 'heading': {
        // Keep a heading with the start of what follows it.
        const h = heading(this, b.text, x, 0, w, false);
        this.ensure(h + (next ? this.keepRoom(next) : 0) + 6);
        this.y += heading(this, b.text, x, this.y + 6, w) + 6 + gap * 0.5;
        return;
      }
      case 'paragraph': {
        const h = paragraph(this, b, x, 0, w, false);
        this.ensure(Math.min(h, this.bottom - PAGE_MARGINS.top));
        paragraph(this, b, x, this.y, w);
        this.y = Math.max(this.doc.y, this.y + Math.min(h, this.bottom - this.y)) + gap;
        return;
      }
      case 'bullets':
        for (const item of b.items) {
          const h = bulletItem(this, item, x, 0, w, false);
          this.ensure(Math.min(h, this.bottom - PAGE_MARGINS.top));
          bulletItem(this, item, x, this.y, w);
          this.y = Math.max(this.doc.y, this.y + Math.min(h, this.bottom - this.y)) + gap * 0.4;
        }
        this.y += gap * 0.6;
        return;
      case 'table':
        this.y = table(this, b, x, this.y, w, style.small, this.breaker) + gap * 1.2;
        return;
      case 'chain':
        this.block(chainTable(b), next);
        return;
      case 'pageBreak':
        this.newPage();
        return;
      default: {
        const h = this.measure(b);
        this.ensure(h);
        if (b.type === 'keyFigures') keyFigures(this, b, x, this.y, w);
        else if (b.type === 'callout') callout(this, b, x, this.y, w);
        else if (b.type === 'chart') chart(this, b, x, this.y, w, h);
        else quadrants(this, b, x, this.y, w, h);
        this.y += h + gap * 1.2;
      }
    }
  }

  /** How much of the next block must fit with what precedes it: a few lines of text, all of an unbreakable block. */
  keepRoom(b: Block): number {
    const h = this.measure(b);
    return b.type === 'paragraph' || b.type === 'bullets' ? Math.min(h, 60) : b.type === 'table' ? h : Math.min(h, 420);
  }

  measure(b: Block): number {
    const w = this.width;
    switch (b.type) {
      case 'heading':
        return heading(this, b.text, 0, 0, w, false);
      case 'paragraph':
        return paragraph(this, b, 0, 0, w, false);
      case 'bullets':
        return b.items[0] ? bulletItem(this, b.items[0], 0, 0, w, false) : 0;
      case 'table':
        return tableHeight(this, { ...b, rows: b.rows.slice(0, 2) }, w, this.style.small);
      case 'keyFigures':
        return keyFigures(this, b, 0, 0, w, false);
      case 'callout':
        return callout(this, b, 0, 0, w, false);
      case 'chart':
        return chartHeight(this, b, w);
      case 'quadrants':
        return quadrantsHeight(this, b, w);
      case 'chain':
        return this.measure(chainTable(b));
      case 'pageBreak':
        return 0;
    }
  }
}
