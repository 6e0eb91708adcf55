// One labelled, auto-saving field (a question or a card field): label, control, help, inline error.
import { useId } from 'react';
import type { AnswerValue } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { useAutosave, type Save } from '../useAutosave';
import { Control } from './Control';
import { isGrouped, type InputShape } from './types';

export interface EditableFieldProps {
  shape: InputShape;
  initial: AnswerValue | undefined;
  save: Save<AnswerValue>;
  testId: string;
  /** A message from outside (e.g. the host refused the whole card), shown when the field has none. */
  externalError?: string | null;
  /** Maps the host's refusal to this field's message. */
  errorText?: (error: NonNullable<ReturnType<typeof useAutosave>['error']>) => string | null;
}

export function EditableField({ shape, initial, save, testId, externalError, errorText }: EditableFieldProps) {
  const { t, tx } = useT();
  const id = useId();
  const field = useAutosave<AnswerValue | undefined>(initial, save as Save<AnswerValue | undefined>);
  const hostError = field.error ? ((errorText ? errorText(field.error) : null) ?? field.error.message) : null;
  const message = field.localError ?? hostError ?? externalError ?? null;
  const helpId = shape.help ? `${id}-help` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const grouped = isGrouped(shape);
  const control = (
    <Control
      id={id}
      shape={shape}
      value={field.value}
      onChange={field.change}
      onCommit={field.commit}
      onFocus={field.focus}
      onBlur={field.blur}
      onInvalid={field.setLocalError}
      describedBy={describedBy}
      invalid={!!message}
    />
  );
  const label = tx(shape.label);
  const required = shape.required ? (
    <span className="form__required" title={t('input.required')} aria-label={t('input.required')}>
      ●
    </span>
  ) : null;
  const Frame = grouped ? 'fieldset' : 'div';
  return (
    <Frame
      className={`form__field ${message ? 'form__field--invalid' : ''}`}
      data-testid={testId}
      data-type={shape.type}
      aria-describedby={grouped ? describedBy : undefined}
    >
      {grouped ? (
        <legend className="form__label">
          {label} {required}
        </legend>
      ) : shape.type === 'boolean' ? null : (
        <label className="form__label" htmlFor={id}>
          {label} {required}
        </label>
      )}
      {control}
      {helpId ? (
        <p id={helpId} className="form__help">
          {tx(shape.help!)}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="form__error" role="alert">
          {message}
        </p>
      ) : null}
    </Frame>
  );
}
