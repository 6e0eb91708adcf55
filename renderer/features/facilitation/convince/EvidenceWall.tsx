// The figures that convince, as big cards: the workshop's own evidence first, then the library's, each with its source.
import { sourceById } from '../../../../shared/catalogue';
import type { WorkshopData } from '../../../../shared/model';
import { answerOf } from '../../../stores/workshop';
import { useT } from '../../../i18n';
import { evidenceCards, evidenceFace, libraryEvidence } from './case';

export function EvidenceWall({ data }: { data: WorkshopData }) {
  const { t, tx } = useT();
  const own = evidenceCards(data);
  const library = libraryEvidence(answerOf(data, 'convince.mainObjection'));
  return (
    <>
      <section aria-labelledby="case-own-figures">
        <h3 id="case-own-figures" className="case__heading">
          {t('fac.case.ownFigures')}
        </h3>
        {own.length === 0 ? <p className="case__empty">{t('fac.case.noFigures')}</p> : null}
        <ul className="case__grid">
          {own.map((card) => {
            const face = evidenceFace(card);
            return (
              <li key={card.id} className="case__card case__card--evidence" data-testid="case-evidence">
                <p className="case__figure">{face.figure || t('fac.vote.untitled')}</p>
                {face.statement ? <p className="case__statement">{face.statement}</p> : null}
                <p className={face.source ? 'case__source' : 'case__source case__source--missing'}>
                  {face.source ? t('fac.case.source', { source: face.source }) : t('fac.case.noSource')}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="case-library-figures">
        <h3 id="case-library-figures" className="case__heading">
          {t('fac.case.libraryFigures')}
        </h3>
        <ul className="case__grid">
          {library.map((e) => {
            const article = sourceById(e.source)?.title ?? e.source;
            const source = [e.reference, e.year].filter(Boolean).join(', ');
            return (
              <li key={e.id} className="case__card case__card--evidence">
                <p className="case__figure">{tx(e.figure)}</p>
                <p className="case__statement">{tx(e.statement)}</p>
                <p className="case__source">{t('fac.case.article', { id: e.source, article, study: source || '—' })}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
