// What every form control receives: the field's shape from the catalogue and the edit callbacks.
import type { FieldDef, Text } from '../../../../shared/catalogue';
import type { AnswerValue } from '../../../../shared/model';

/** A question or a card field: the same inputs render both. */
export type InputShape = Omit<FieldDef, 'key'> & { placeholder?: Text; required?: boolean };

export interface ControlProps {
  id: string;
  shape: InputShape;
  value: AnswerValue | undefined;
  /** Typing: saved after a pause, one undo step per focus session. */
  onChange(value: AnswerValue): void;
  /** A click: saved at once as its own undo step. */
  onCommit(value: AnswerValue): void;
  onFocus(): void;
  onBlur(): void;
  /** A value the control itself refuses (e.g. not a number), or null. */
  onInvalid(message: string | null): void;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Drawn as a group of options (a fieldset with a legend) rather than one labelled control: several choices, a
 * scale, a list of known values. */
export const isGrouped = (shape: InputShape): boolean =>
  shape.type === 'multi' || shape.type === 'scale' || (shape.type === 'list' && !!shape.options?.length);
