// "Make the case" for the room: step 2's figures with their sources, and the objections with their answers, in big type.
import { useState } from 'react';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { EvidenceWall } from './EvidenceWall';
import { ObjectionWall } from './ObjectionWall';
import './case.css';

type Part = 'figures' | 'objections';

export function CaseView({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const data = useWorkshop((s) => s.data);
  const [part, setPart] = useState<Part>('objections');
  if (!data) return null;
  return (
    <Dialog title={t('fac.case.title')} onClose={onClose} className="case" testId="case-view">
      <div className="case__bar">
        <div className="segmented" role="group" aria-label={t('fac.case.parts')}>
          {(['objections', 'figures'] as const).map((p) => (
            <button
              key={p}
              type="button"
              className="segmented__item case__tab"
              aria-pressed={part === p}
              onClick={() => setPart(p)}
              data-testid={`case-${p}`}
            >
              {t(p === 'figures' ? 'fac.case.figures' : 'fac.case.objections')}
            </button>
          ))}
        </div>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
      <div
        className="case__body"
        role="region"
        tabIndex={0}
        aria-label={t(part === 'figures' ? 'fac.case.figures' : 'fac.case.objections')}
        data-testid="case-body"
      >
        {part === 'figures' ? <EvidenceWall data={data} /> : <ObjectionWall data={data} />}
      </div>
    </Dialog>
  );
}
