// The example card of an empty step: a good card of the step's kind, drawn as a model (dashed, "Example" badge),
// its words in the workshop's language and its labels in the interface's; pointer events pass through to the board.
import type { NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { exampleCard, kindDef } from '../../../../shared/catalogue';
import { pick, translate } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';
import { colourStyle } from './cardLook';
import { CardFields } from './CardFields';
import { keyFields } from './keyFields';
import type { ExampleNode as ExampleNodeType } from './types';

function ExampleNodeView({ data }: NodeProps<ExampleNodeType>) {
  const { language, contentLanguage = language } = useCanvasEnv();
  const example = useMemo(() => exampleCard(data.step, data.index, contentLanguage), [data.step, data.index, contentLanguage]);
  if (!example) return null;
  const def = kindDef(example.kind);
  const fields = keyFields(example, language, { valueLanguage: contentLanguage, hide: data.hide });
  return (
    <div
      className="cn cn--example"
      style={colourStyle({ kind: example.kind, colour: null })}
      data-testid={`example-card-${data.index}`}
      data-kind={example.kind}
      title={translate(language, 'cardLook.exampleHint')}
    >
      <div className="cn__body cn__body--static">
        <span className="cx__badge">
          {translate(language, 'cardLook.example')}
          {def && data.showKind ? ` · ${pick(def.label, language)}` : ''}
        </span>
        <span className="cx__title">{example.title}</span>
        <CardFields fields={fields} />
      </div>
    </div>
  );
}

export const ExampleNode = memo(ExampleNodeView);
