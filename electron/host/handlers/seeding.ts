// Fills a new workshop from a seed (template or demo), and copies one workshop's content into another.
import { CardDraft, type WorkshopSeed } from '../../../shared/model';
import type { Store } from '../store/store';
import type { Row } from '../store/tables';

export function applySeed(store: Store, workshopId: string, seed: WorkshopSeed): void {
  const now = store.now();
  const ids = new Map<string, string>();
  seed.cards.forEach((c, i) => {
    const draft = CardDraft.parse({
      step: c.step,
      kind: c.kind,
      title: c.title,
      body: c.body ?? '',
      fields: c.fields ?? {},
      x: c.x ?? 40 + (i % 4) * 260,
      y: c.y ?? 40 + Math.floor(i / 4) * 160,
      colour: c.colour ?? null,
    });
    const id = store.newId();
    ids.set(c.ref, id);
    store.rows.put('cards', {
      id,
      workshop_id: workshopId,
      step: draft.step,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      fields: JSON.stringify(draft.fields),
      x: draft.x,
      y: draft.y,
      width: draft.width,
      height: draft.height,
      colour: draft.colour,
      created_at: now + i,
      updated_at: now + i,
    });
  });
  seed.links.forEach((l, i) => {
    const from = ids.get(l.from);
    const to = ids.get(l.to);
    if (!from || !to) throw new Error(`seed link ${l.from} -> ${l.to} names a card that is not in the seed`);
    store.rows.put('links', {
      id: store.newId(),
      workshop_id: workshopId,
      kind: l.kind,
      from_card: from,
      to_card: to,
      created_at: now + i,
    });
  });
  seed.participants.forEach((p, i) => {
    store.rows.put('participants', { id: store.newId(), workshop_id: workshopId, ...p, created_at: now + i });
  });
  for (const a of seed.answers) {
    store.rows.put('answers', {
      workshop_id: workshopId,
      question: a.question,
      step: a.step,
      value: JSON.stringify(a.value),
      updated_at: now,
    });
  }
}

/** Copies cards (with fresh ids), links, participants, answers, agenda, parking lot and accepted findings; not the undo history. */
export function copyWorkshopContent(store: Store, fromId: string, toId: string): void {
  const by = { id: fromId };
  const ids = new Map<string, string>();
  for (const card of store.rows.all('SELECT * FROM cards WHERE workshop_id = @id', by)) {
    const id = store.newId();
    ids.set(String(card.id), id);
    store.rows.put('cards', { ...card, id, workshop_id: toId });
  }
  for (const link of store.rows.all('SELECT * FROM links WHERE workshop_id = @id', by)) {
    const row: Row = { ...link, id: store.newId(), workshop_id: toId };
    row.from_card = ids.get(String(link.from_card)) ?? null;
    row.to_card = ids.get(String(link.to_card)) ?? null;
    store.rows.put('links', row);
  }
  for (const p of store.rows.all('SELECT * FROM participants WHERE workshop_id = @id', by)) {
    store.rows.put('participants', { ...p, id: store.newId(), workshop_id: toId });
  }
  for (const a of store.rows.all('SELECT * FROM answers WHERE workshop_id = @id', by)) {
    store.rows.put('answers', { ...a, workshop_id: toId });
  }
  for (const a of store.rows.all('SELECT * FROM agenda WHERE workshop_id = @id', by)) store.rows.put('agenda', { ...a, workshop_id: toId });
  for (const p of store.rows.all('SELECT * FROM parking WHERE workshop_id = @id', by)) {
    store.rows.put('parking', { ...p, id: store.newId(), workshop_id: toId });
  }
  for (const f of store.rows.all('SELECT * FROM accepted_findings WHERE workshop_id = @id', by)) {
    const key = String(f.card_key)
      .split(',')
      .map((id) => ids.get(id) ?? id)
      .sort()
      .join(',');
    store.rows.put('accepted_findings', { ...f, workshop_id: toId, card_key: key });
  }
  // Vote rounds stay with the workshop where the room voted; a copy starts without votes.
}
