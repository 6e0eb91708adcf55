// A background zone of a layout (quadrant, row, column, cell, lane, month): a tinted area with its name.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatMonth } from '../../../../shared/locale';
import { pick, translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import type { ZoneLabel } from '../layout';
import type { ZoneNode as ZoneNodeType } from './types';

function labelText(label: ZoneLabel, language: 'fr' | 'en'): string {
  if ('key' in label) return translate(language, label.key, label.vars);
  if ('text' in label) return pick(label.text, language);
  return formatMonth(language, label.month);
}

function ZoneNodeView({ data }: NodeProps<ZoneNodeType>) {
  const { language } = useCanvasEnv();
  const { zone } = data;
  return (
    <div
      className={`cz cz--${zone.tone} cz--label-${zone.labelAt ?? 'top'}`}
      data-zone={zone.id}
      data-meaning={zone.assign || zone.kinds ? 'yes' : 'no'}
    >
      {zone.label ? <span className="cz__label">{labelText(zone.label, language)}</span> : null}
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
