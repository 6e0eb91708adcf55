// A layout made of zones: a card's fields say which zone it belongs in, and a drop in a zone sets those fields.
import type { Layout } from '../../../../shared/catalogue';
import type { Card } from '../../../../shared/model';
import { contains } from '../geometry';
import { sameFields, withAssigned, type LayoutModel, type Zone } from './types';

export function zoneModel(layout: Layout, zones: Zone[], governed: readonly string[], homeId: (card: Card) => string | null): LayoutModel {
  const byId = new Map(zones.map((z) => [z.id, z]));
  // The last matching zone wins, as it is drawn on top.
  const meaningful = zones.filter((z) => z.assign || z.kinds).reverse();
  const governs = (kind: string) => governed.includes(kind);
  return {
    layout,
    zones,
    governs,
    home: (card) => (governs(card.kind) ? (byId.get(homeId(card) ?? '') ?? null) : null),
    drop: (card, at) => {
      if (!governs(card.kind)) return { keepPosition: true };
      const zone = meaningful.find((z) => contains(z, at));
      if (!zone || (zone.kinds && !zone.kinds.includes(card.kind))) return 'refuse';
      if (!zone.assign) return { keepPosition: true };
      const fields = withAssigned(card.fields, zone.assign);
      return sameFields(fields, card.fields) ? { keepPosition: true } : { fields, keepPosition: true };
    },
  };
}

/** A free board: no zone, every card stays where it is put. */
export const freeModel = (layout: Layout): LayoutModel => zoneModel(layout, [], [], () => null);

/** The value of a field as a string, or null. */
export const textField = (card: Card, key: string): string | null => {
  const v = card.fields[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

/** The value of a field as a number, or null. */
export const numberField = (card: Card, key: string): number | null => {
  const v = card.fields[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
