// One finding: severity, message (a link to where it applies), what to do, source articles, cards concerned, fix and accept.
import { useState } from 'react';
import { sourceById, stepById } from '../../../shared/catalogue';
import { cardKey, type Finding } from '../../../shared/checks';
import type { Card } from '../../../shared/model';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { AcceptForm } from './AcceptForm';
import { chipsOf } from './chips';
import { QuickFixButton } from './QuickFixButton';
import { SeverityBadge } from './SeverityBadge';
import { cardField, targetOf } from './target';
import { useDiagnosticsActions } from './useDiagnosticsActions';
import { useGoTo } from './useGoTo';
import { Check } from 'lucide-react';

const MAX_CHIPS = 5;

export function FindingItem({ finding, cards, compact }: { finding: Finding; cards: readonly Card[]; compact?: boolean }) {
  const { t, tn, tx } = useT();
  const goTo = useGoTo();
  const actions = useDiagnosticsActions();
  const report = useReport();
  const [accepting, setAccepting] = useState(false);
  const target = targetOf(finding, cards);
  const step = stepById(target.step);
  const concerned = finding.cardIds
    .map((id) => cards.find((c) => c.id === id))
    .filter((c): c is Card => !!c)
    .sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }));
  const chips = chipsOf(concerned, MAX_CHIPS);
  const reopen = async () => report(await actions.reopen(finding.ruleId, cardKey(finding.cardIds)), () => t('diagnostics.reopened'));

  return (
    <li
      className={`diag-finding diag-finding--${finding.severity} ${finding.accepted ? 'diag-finding--accepted' : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-accepted={finding.accepted ? 'true' : 'false'}
    >
      <div className="diag-finding__head">
        <SeverityBadge severity={finding.severity} />
        {finding.accepted ? (
          <span className="diag-badge diag-badge--accepted">
            <Check className="lucide-icon" size="1em" aria-hidden="true" /> {t('diagnostics.acceptedMark')}
          </span>
        ) : null}
      </div>
      <button
        type="button"
        className="diag-finding__message"
        onClick={() => goTo(target)}
        title={step ? t('diagnostics.goTo', { step: tx(step.title) }) : undefined}
      >
        {tx(finding.message)}
      </button>
      {finding.accepted && finding.acceptedReason ? (
        <p className="diag-finding__reason">{t('diagnostics.acceptedReason', { reason: finding.acceptedReason })}</p>
      ) : null}
      {compact ? null : (
        <p className="diag-finding__fix">
          <strong>{t('diagnostics.fixLead')}</strong> {tx(finding.fix)}
        </p>
      )}
      <div className="diag-finding__source">
        <span>{tn('diagnostics.sources', finding.source.length)}</span>
        <ul className="diag-sources">
          {finding.source.map((id) => (
            <li key={id}>
              <abbr title={sourceById(id)?.title}>{id}</abbr>
              {compact ? null : (
                <cite>
                  {' '}
                  {sourceById(id)?.title}
                  {sourceById(id) ? `, ${tx(sourceById(id)!.date)}` : ''}
                </cite>
              )}
            </li>
          ))}
        </ul>
      </div>
      {!compact && finding.ruleOfThumb ? (
        <p className="diag-finding__thumb" data-testid="rule-of-thumb">
          {t('diagnostics.basis.thumb', { reason: tx(finding.ruleOfThumb) })}
        </p>
      ) : null}
      {!compact && concerned.length > 0 ? (
        <p className="diag-finding__cards">
          <span>{t('diagnostics.cards')}</span>
          {chips.shown.map((c) => (
            <button
              key={c.id}
              type="button"
              className="diag-chip"
              onClick={() => goTo({ ...target, step: c.step, cardId: c.id, focus: cardField('title') })}
            >
              {c.title.trim() || t('diagnostics.untitled')}
            </button>
          ))}
          {chips.more > 0 ? <span>{t('diagnostics.moreCards', { count: chips.more })}</span> : null}
        </p>
      ) : null}
      <div className="diag-finding__actions">
        {!finding.accepted && finding.quickFix ? <QuickFixButton fix={finding.quickFix} compact={compact} /> : null}
        {compact ? null : finding.accepted ? (
          <button type="button" className="button button--small" onClick={() => void reopen()}>
            {t('diagnostics.reopen')}
          </button>
        ) : accepting ? null : (
          <button type="button" className="button button--small" onClick={() => setAccepting(true)} aria-expanded={false}>
            {t('diagnostics.accept')}
          </button>
        )}
      </div>
      {accepting && !finding.accepted ? <AcceptForm finding={finding} onDone={() => setAccepting(false)} /> : null}
    </li>
  );
}
