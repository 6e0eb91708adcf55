// The step's guided questions, each saved with answer.set as the group answers.
import type { StepDef } from '../../../shared/catalogue';
import type { AnswerValue } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { EditableField } from './inputs/EditableField';

export function QuestionForm({ step }: { step: StepDef }) {
  const { t } = useT();
  const answers = useWorkshop((s) => s.data?.answers);
  const revision = useWorkshop((s) => s.revision);
  const setAnswer = useWorkshop((s) => s.setAnswer);
  const valueOf = (id: string): AnswerValue | undefined => answers?.find((a) => a.question === id)?.value;
  return (
    <section className="panel__section" aria-labelledby="questions-title">
      <h2 id="questions-title" className="panel__title">
        {t('panel.questions')}
      </h2>
      {step.questions.length === 0 ? (
        <p className="panel__empty">{t('panel.noQuestions')}</p>
      ) : (
        <div className="form">
          {step.questions.map((q) => (
            <EditableField
              // A new revision (undo, redo, reload) re-reads every value from the store.
              key={`${q.id}@${revision}`}
              shape={q}
              initial={valueOf(q.id)}
              save={(value, coalesce, shown) => setAnswer(step.id, q.id, value, coalesce, shown ?? null)}
              testId={`question-${q.id}`}
            />
          ))}
        </div>
      )}
    </section>
  );
}
