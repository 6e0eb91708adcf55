// One participant: name, department, role and stance edited in place; their votes and the stakeholder cards naming them.
import { STANCE_OPTIONS } from '../../../../shared/catalogue';
import type { Participant, Stance } from '../../../../shared/model';
import { useNav, useView, useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { useReport } from '../../../ui/useReport';
import { useEcho, useFacilitation } from '../hooks';
import { stakeholdersOf, votesBy } from '../people';
import { DepartmentSelect } from './DepartmentSelect';
type TextKey = 'name' | 'department' | 'role';

export function ParticipantRow({ participant, onNavigate }: { participant: Participant; onNavigate: () => void }) {
  const { t, tn, tx } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const setStep = useNav((s) => s.setStep);
  const select = useView((s) => s.select);
  const data = useWorkshop((s) => s.data);
  const stakeholders = data ? stakeholdersOf(data, participant) : [];
  const votes = data ? votesBy(data, participant.id) : 0;
  const [department, setDepartment] = useEcho(participant.department);
  const [stance, setStance] = useEcho(participant.stance);
  const save = async (patch: Partial<Record<TextKey, string>> | { stance: Stance }) =>
    report(await actions.updateParticipant(participant.id, patch));
  const remove = async () =>
    report(await actions.deleteParticipant(participant.id), () => t('fac.people.removed', { name: participant.name }));

  return (
    <li className={`person person--${participant.stance}`} data-testid="participant">
      <div className="person__fields">
        <TextField
          label={t('fac.people.nameOf')}
          value={participant.name}
          required
          onSave={(name) => void save({ name })}
          testId="person-name"
        />
        <DepartmentSelect
          label={t('fac.people.department')}
          value={department}
          onChange={(next) => {
            setDepartment(next);
            void save({ department: next });
          }}
          testId="person-department"
        />
        <TextField label={t('fac.people.role')} value={participant.role} onSave={(role) => void save({ role })} testId="person-role" />
        <label className="people__field">
          <span>{t('fac.people.stance')}</span>
          <select
            className="input"
            value={stance}
            onChange={(e) => {
              setStance(e.target.value as Stance);
              void save({ stance: e.target.value as Stance });
            }}
            data-testid="person-stance"
          >
            {STANCE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {tx(o.label)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--small button--quiet-danger person__remove"
          onClick={() => void remove()}
          aria-label={t('fac.people.remove', { name: participant.name })}
        >
          {t('fac.people.removeShort')}
        </button>
      </div>
      <p className="person__links">
        <span>{tn('fac.people.votes', votes)}</span>
        {stakeholders.length === 0 ? (
          <span className="person__none">{t('fac.people.noStakeholder')}</span>
        ) : (
          stakeholders.map((card) => (
            <button
              key={card.id}
              type="button"
              className="button button--small button--ghost person__stakeholder"
              data-testid="person-stakeholder"
              onClick={() => {
                onNavigate();
                setStep('stakeholders');
                select(card.id);
              }}
            >
              {t('fac.people.stakeholder', { title: card.title || participant.name })}
            </button>
          ))
        )}
      </p>
    </li>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  required?: boolean;
  testId: string;
  onSave: (value: string) => void;
}

function TextField({ label, value, required, testId, onSave }: TextFieldProps) {
  // An undo replaces the value shown.
  const [draft, setDraft] = useEcho(value);
  const commit = () => {
    const next = draft.trim();
    if (next === value || (required && !next)) return setDraft(value);
    onSave(next);
  };
  return (
    <label className="people__field">
      <span>{label}</span>
      <input
        className="input"
        value={draft}
        maxLength={300}
        aria-required={required}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
