// Stakeholders: a power x interest grid (5 x 5 cells, power up, interest right) and a tray of cards not yet placed.
import type { MessageKey } from '../../../i18n';
import type { LayoutModel, Zone } from './types';
import { numberField, zoneModel } from './zoneModel';

export const CELL_W = 260;
export const CELL_H = 160;
const LEVELS = [1, 2, 3, 4, 5] as const;
const AXIS = 56;
const TRAY_W = 280;

const cellId = (power: number, interest: number) => `cell-${power}-${interest}`;

function corner(id: string, key: MessageKey, col: number, row: number): Zone {
  return {
    id,
    label: { key },
    tone: 'corner',
    x: col * CELL_W * 3,
    y: row * CELL_H * 3,
    width: CELL_W * 2,
    height: CELL_H * 2,
    labelAt: 'centre',
  };
}

export function gridLayout(): LayoutModel {
  const size = CELL_W * 5;
  const height = CELL_H * 5;
  const zones: Zone[] = [
    {
      id: 'tray',
      label: { key: 'canvas.zone.toSort' },
      tone: 'tray',
      x: -AXIS - TRAY_W - 40,
      y: 0,
      width: TRAY_W,
      height,
      assign: { power: null, interest: null },
      stack: 'grid',
      inset: { left: 30, top: 64 },
    },
    { id: 'axis-power', label: { key: 'canvas.zone.power' }, tone: 'axis', x: -AXIS, y: 0, width: AXIS, height, labelAt: 'centre' },
    {
      id: 'axis-interest',
      label: { key: 'canvas.zone.interest' },
      tone: 'axis',
      x: 0,
      y: height,
      width: size,
      height: AXIS,
      labelAt: 'centre',
    },
    corner('keep-satisfied', 'canvas.zone.keepSatisfied', 0, 0),
    corner('manage-closely', 'canvas.zone.manageClosely', 1, 0),
    corner('monitor', 'canvas.zone.monitor', 0, 1),
    corner('keep-informed', 'canvas.zone.keepInformed', 1, 1),
  ];
  for (const power of LEVELS) {
    for (const interest of LEVELS) {
      zones.push({
        id: cellId(power, interest),
        label: null,
        tone: power >= 4 && interest >= 4 ? 'hot' : 'plain',
        x: (interest - 1) * CELL_W,
        y: (5 - power) * CELL_H,
        width: CELL_W,
        height: CELL_H,
        assign: { power, interest },
        stack: 'cascade',
        inset: { left: 20, top: 20 },
      });
    }
  }
  return zoneModel('grid', zones, ['stakeholder'], (card) => {
    const power = numberField(card, 'power');
    const interest = numberField(card, 'interest');
    return power && interest ? cellId(power, interest) : 'tray';
  });
}
