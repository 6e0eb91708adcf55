// Several options at once, as checkboxes; the stored value keeps the catalogue's order.
import { OptionsControl } from './OptionsControl';
import type { ControlProps } from './types';

export function MultiControl(props: ControlProps) {
  return <OptionsControl {...props} open={false} />;
}
