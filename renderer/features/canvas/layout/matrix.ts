// Channels: a matrix of channel cards (rows) by targets from step 4 (columns); a cell says whether the channel reaches the target.
import type { Card } from '../../../../shared/model';
import { CARD_H, type XY } from '../geometry';
import type { ExtraNode, LayoutContext, LayoutModel, Zone } from './types';
import { numberField } from './zoneModel';

export const ROW_H = 150;
export const COL_W = 230;
export const HEAD_H = 170;
export const LEFT_W = 280;

const byRank = (a: Card, b: Card) => (numberField(a, 'rank') ?? 100) - (numberField(b, 'rank') ?? 100) || a.createdAt - b.createdAt;
const byY = (a: Card, b: Card) => a.y - b.y || a.createdAt - b.createdAt;

/** The y to store so that the card comes at row `index` among the others (kept in their order). */
export function rowY(others: readonly Card[], index: number): number {
  const prev = others[index - 1];
  const next = others[index];
  if (prev && next) return (prev.y + next.y) / 2;
  if (prev) return prev.y + ROW_H;
  if (next) return next.y - ROW_H;
  return 0;
}

export function matrixLayout(ctx: LayoutContext): LayoutModel {
  const channels = ctx.cards.filter((c) => c.kind === 'channel').sort(byY);
  const targets = ctx.allCards.filter((c) => c.kind === 'persona' && c.step !== ctx.step).sort(byRank);
  const reaches = new Map<string, string>();
  for (const l of ctx.links) if (l.kind === 'reaches') reaches.set(`${l.fromCard}>${l.toCard}`, l.id);

  const positions = new Map<string, XY>();
  const extras: ExtraNode[] = [];
  const hiddenLinks = new Set<string>();
  const width = LEFT_W + Math.max(1, targets.length) * COL_W;
  const zones: Zone[] = [
    {
      id: 'channels',
      label: { key: 'canvas.zone.channels' },
      tone: 'header',
      x: 0,
      y: 0,
      width: LEFT_W - 30,
      height: HEAD_H - 30,
      labelAt: 'centre',
    },
  ];
  if (targets.length === 0) {
    zones.push({
      id: 'no-targets',
      label: { key: 'canvas.zone.noTargets' },
      tone: 'tray',
      x: LEFT_W,
      y: 0,
      width: 640,
      height: HEAD_H - 30,
      labelAt: 'centre',
    });
  }
  targets.forEach((target, j) => {
    extras.push({ type: 'ref', id: target.id, card: target, position: { x: LEFT_W + j * COL_W, y: 0 }, width: COL_W - 20, height: CARD_H });
  });
  // A row holds its channel card: taller when the card is (the room's view makes a card as tall as its title).
  const rowH = channels.map((c) => Math.max(ROW_H, c.height + 30));
  const rowTop = rowH.map((_, i) => HEAD_H + rowH.slice(0, i).reduce((a, b) => a + b, 0));
  channels.forEach((channel, i) => {
    const y = rowTop[i]!;
    positions.set(channel.id, { x: 0, y });
    zones.push({
      id: `row-${channel.id}`,
      label: null,
      tone: i % 2 ? 'plain' : 'lane',
      x: -15,
      y: y - 15,
      width: width + 15,
      height: rowH[i]!,
    });
    targets.forEach((target, j) => {
      const linkId = reaches.get(`${channel.id}>${target.id}`) ?? null;
      if (linkId) hiddenLinks.add(linkId);
      const cell = { x: LEFT_W + j * COL_W, y };
      extras.push({
        type: 'cell',
        id: `cell:${channel.id}:${target.id}`,
        position: cell,
        width: COL_W - 20,
        height: Math.max(CARD_H, channel.height),
        channel,
        target,
        linkId,
      });
    });
  });

  return {
    layout: 'matrix',
    zones,
    governs: (kind) => kind === 'channel',
    home: () => null,
    positions,
    extras,
    hiddenLinks,
    drop: (card, at) => {
      if (card.kind !== 'channel') return { keepPosition: true };
      const others = channels.filter((c) => c.id !== card.id);
      // The row under the pointer, counted from the rows as drawn; below the last, after it.
      const under = rowTop.findIndex((top, i) => at.y < top + rowH[i]!);
      const index = Math.max(0, Math.min(others.length, under === -1 ? channels.length : under));
      return { keepPosition: true, position: { x: 0, y: rowY(others, index) } };
    },
  };
}
