// What changed between a snapshot and now, in plain words: cards, links, answers, participants, workshop details.
import { stepById } from '../../../../shared/catalogue';
import type { SnapshotDiff } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { useKindLabel } from '../../../ui/useKindLabel';
import { answerName, changedPart, valueText, workshopField } from './diffLabels';

type CardRef = SnapshotDiff['cards']['added'][number];

export function SnapshotDiffView({ name, diff }: { name: string; diff: SnapshotDiff }) {
  const words = useT();
  const { t, tn, tx } = words;
  const kindLabel = useKindLabel();
  const card = (c: CardRef) => {
    const step = stepById(c.step);
    return t('fac.diff.card', { title: c.title || t('fac.vote.untitled'), kind: kindLabel(c.kind), step: step ? tx(step.title) : c.step });
  };
  const { cards, links, answers, participants, workshop } = diff;
  const empty =
    cards.added.length + cards.removed.length + cards.changed.length + links.added + links.removed + answers.length === 0 &&
    participants.added.length + participants.removed.length + workshop.length === 0;
  return (
    <section className="diff" aria-labelledby="diff-title" data-testid="snapshot-diff">
      <h3 id="diff-title" className="diff__title">
        {t('fac.diff.title', { name })}
      </h3>
      {empty ? <p>{t('fac.diff.none')}</p> : null}
      <DiffList title={tn('fac.diff.added', cards.added.length)} items={cards.added.map(card)} tone="added" />
      <DiffList title={tn('fac.diff.removed', cards.removed.length)} items={cards.removed.map(card)} tone="removed" />
      <DiffList
        title={tn('fac.diff.changed', cards.changed.length)}
        items={cards.changed.map((c) => `${card(c)} — ${c.what.map((w) => changedPart(c.kind, w, words)).join(', ')}`)}
        tone="changed"
      />
      {links.added + links.removed > 0 ? (
        <p className="diff__line">{t('fac.diff.links', { added: links.added, removed: links.removed })}</p>
      ) : null}
      <DiffList
        title={tn('fac.diff.answers', answers.length)}
        items={answers.map((a) =>
          t('fac.diff.answer', {
            question: answerName(a.question, words),
            before: valueText(a.before, words, a.question),
            after: valueText(a.after, words, a.question),
          }),
        )}
        tone="changed"
      />
      <DiffList title={tn('fac.diff.peopleAdded', participants.added.length)} items={participants.added} tone="added" />
      <DiffList title={tn('fac.diff.peopleRemoved', participants.removed.length)} items={participants.removed} tone="removed" />
      {workshop.length > 0 ? (
        <p className="diff__line">{t('fac.diff.workshop', { fields: workshop.map((f) => workshopField(f, words)).join(', ') })}</p>
      ) : null}
    </section>
  );
}

function DiffList({ title, items, tone }: { title: string; items: string[]; tone: 'added' | 'removed' | 'changed' }) {
  if (items.length === 0) return null;
  return (
    <div className={`diff__group diff__group--${tone}`}>
      <h4 className="diff__heading">
        <span aria-hidden="true">{tone === 'added' ? '+' : tone === 'removed' ? '−' : '~'}</span> {title}
      </h4>
      <ul className="diff__list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
