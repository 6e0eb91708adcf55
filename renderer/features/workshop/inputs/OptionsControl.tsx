// Several values at once: the catalogue's options as checkboxes named in the interface's language, values typed
// outside them kept as checked boxes of their own, and, on an open list, a line to type another (Enter adds it).
import { useState } from 'react';
import { useT } from '../../../i18n';
import { asList } from './values';
import { optionFor, ordered, othersOf, storedValue } from './options';
import type { ControlProps } from './types';

export function OptionsControl({ id, shape, value, onCommit, open }: ControlProps & { open: boolean }) {
  const { t, tx } = useT();
  const options = shape.options ?? [];
  const values = asList(value);
  const chosen = new Set(values);
  // Kept while unticked, so that a value typed earlier can be ticked again until the card is left.
  const [others, setOthers] = useState(() => othersOf(options, values));
  const [typed, setTyped] = useState('');
  const toggle = (option: string) => {
    const next = new Set(chosen);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    onCommit(ordered(options, next, others));
  };
  const add = () => {
    if (typed.trim() === '') return;
    const stored = storedValue(options, typed);
    const nextOthers = optionFor(options, typed) || others.includes(stored) ? others : [...others, stored];
    setOthers(nextOthers);
    setTyped('');
    if (!chosen.has(stored)) onCommit(ordered(options, new Set([...chosen, stored]), nextOthers));
  };
  const box = (key: string, label: string, boxId?: string) => (
    <label key={key} className="choice">
      <input id={boxId} type="checkbox" checked={chosen.has(key)} onChange={() => toggle(key)} />
      <span>{label}</span>
    </label>
  );
  return (
    <div className="choices">
      {options.map((o) => box(o.value, tx(o.label), `${id}-${o.value}`))}
      {others.map((v) => box(v, v))}
      {open ? (
        <input
          id={`${id}-other`}
          className="input input--other"
          type="text"
          maxLength={200}
          value={typed}
          aria-label={t('input.other')}
          placeholder={t('input.otherHint')}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
          // Leaving the line keeps what was typed on it.
          onBlur={add}
        />
      ) : null}
    </div>
  );
}
