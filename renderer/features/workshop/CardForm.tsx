// The selected card's form: title, body and its typed fields, each saved as typed; delete the card.
import { useEffect, useRef } from 'react';
import type { Card } from '../../../shared/model';
import { useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { EditableField } from './inputs/EditableField';
import { issueFor } from './issues';
import { fieldDefs } from '../../ui/kindDefs';
import { useCardLabels } from './useCardLabels';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
import { useKindLabel } from '../../ui/useKindLabel';
import { X } from 'lucide-react';

export function CardForm({ card }: { card: Card }) {
  const { t } = useT();
  const kindLabel = useKindLabel();
  const labels = useCardLabels();
  const updateCard = useWorkshop((s) => s.updateCard);
  const setCardField = useWorkshop((s) => s.setCardField);
  const deleteCard = useWorkshop((s) => s.deleteCard);
  const focusTitle = useView((s) => s.focusTitle);
  const titleFocused = useView((s) => s.titleFocused);
  const select = useView((s) => s.select);
  const report = useReport();
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focusTitle) return;
    root.current?.querySelector<HTMLElement>('[data-testid="field-title"] input')?.focus();
    titleFocused();
  }, [focusTitle, titleFocused]);

  const remove = async () => {
    const result = await deleteCard(card.id);
    if (report(result, () => t('card.deleted'))) select(null);
  };

  return (
    <section ref={root} className="panel__section panel__section--card" aria-labelledby="card-form-title" data-testid="selected-card">
      <div className="panel__row">
        <h2 id="card-form-title" className="panel__title">
          {t('panel.card')}
        </h2>
        <span className="tile__kind">{kindLabel(card.kind)}</span>
        <button type="button" className="icon-button" aria-label={t('card.close')} onClick={() => select(null)}>
          <X className="lucide-icon" size="1em" aria-hidden="true" />
        </button>
      </div>
      <div className="form">
        <EditableField
          shape={labels.title}
          initial={card.title}
          save={(value, coalesce, shown) => updateCard(card.id, { title: text(value) }, coalesce, { title: text(shown) })}
          errorText={(e) => issueFor(e, 'title')}
          testId="field-title"
        />
        <EditableField
          shape={labels.body}
          initial={card.body}
          save={(value, coalesce, shown) => updateCard(card.id, { body: text(value) }, coalesce, { body: text(shown) })}
          errorText={(e) => issueFor(e, 'body')}
          testId="field-body"
        />
        {fieldDefs(card.kind).map((def) => (
          <EditableField
            key={def.key}
            shape={def}
            initial={card.fields[def.key]}
            save={(value, coalesce, shown) => setCardField(card.id, def.key, value, coalesce, shown ?? null)}
            errorText={(e) => issueFor(e, `fields.${def.key}`)}
            testId={`field-${def.key}`}
          />
        ))}
      </div>
      <button type="button" className="button button--danger" onClick={() => void remove()}>
        {t('card.delete')}
      </button>
    </section>
  );
}
