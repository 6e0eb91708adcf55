// The people in the room: add, edit and remove them; each one's votes and the stakeholder cards that name them.
import { useState, type FormEvent } from 'react';
import { STANCE_OPTIONS } from '../../../../shared/catalogue';
import type { Stance } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { useReport } from '../../../ui/useReport';
import { useFacilitation } from '../hooks';
import { DepartmentSelect } from './DepartmentSelect';
import { ParticipantRow } from './ParticipantRow';

export function ParticipantsDialog({ onClose }: { onClose: () => void }) {
  const { t, tx } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const participants = useWorkshop((s) => s.data?.participants ?? []);
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [role, setRole] = useState('');
  const [stance, setStance] = useState<Stance>('neutral');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const result = await actions.addParticipant({ name: name.trim(), department: department.trim(), role: role.trim(), stance });
    if (report(result, (p) => t('fac.people.added', { name: p.name }))) {
      setName('');
      setRole('');
      document.getElementById('participant-new-name')?.focus();
    }
  };

  return (
    <Dialog title={t('fac.people.title')} onClose={onClose} className="dialog--wide" testId="participants-dialog">
      <form className="people__add" onSubmit={(e) => void add(e)} aria-label={t('fac.people.addLabel')}>
        <label className="people__field">
          <span>{t('fac.people.name')}</span>
          <input
            id="participant-new-name"
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
            required
            maxLength={300}
            data-testid="participant-name"
          />
        </label>
        <DepartmentSelect label={t('fac.people.department')} value={department} onChange={setDepartment} testId="participant-department" />
        <label className="people__field">
          <span>{t('fac.people.role')}</span>
          <input className="input" value={role} onChange={(e) => setRole(e.target.value)} maxLength={300} data-testid="participant-role" />
        </label>
        <label className="people__field">
          <span>{t('fac.people.stance')}</span>
          <select className="input" value={stance} onChange={(e) => setStance(e.target.value as Stance)} data-testid="participant-stance">
            {STANCE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {tx(o.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={!name.trim()} data-testid="participant-add">
          {t('fac.people.add')}
        </button>
      </form>
      {participants.length === 0 ? (
        <p className="people__empty">{t('fac.people.empty')}</p>
      ) : (
        <ul className="people__list" aria-label={t('fac.people.list')} data-testid="participants">
          {participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} onNavigate={onClose} />
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
