// Picks the control for an input type.
import type { ComponentType } from 'react';
import type { InputType } from '../../../../shared/catalogue';
import { BooleanControl } from './BooleanControl';
import { ChoiceControl } from './ChoiceControl';
import { DateControl } from './DateControl';
import { ListControl } from './ListControl';
import { MultiControl } from './MultiControl';
import { NumberControl } from './NumberControl';
import { ScaleControl } from './ScaleControl';
import { TextControl } from './TextControl';
import type { ControlProps } from './types';

const CONTROLS: Record<InputType, ComponentType<ControlProps>> = {
  text: TextControl,
  longtext: TextControl,
  choice: ChoiceControl,
  multi: MultiControl,
  number: NumberControl,
  scale: ScaleControl,
  date: DateControl,
  boolean: BooleanControl,
  list: ListControl,
};

export function Control(props: ControlProps) {
  const Chosen = CONTROLS[props.shape.type] ?? TextControl;
  return <Chosen {...props} />;
}
