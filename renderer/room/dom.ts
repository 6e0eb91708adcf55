// Builds the phone page's elements. Text only ever goes in as textContent: nothing typed is read as markup.
type Props = { class?: string; type?: string; id?: string; for?: string; label?: string; disabled?: boolean; onClick?: () => void };

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  if (props.type) node.setAttribute('type', props.type);
  if (props.for) node.setAttribute('for', props.for);
  if (props.label) node.setAttribute('aria-label', props.label);
  if (props.disabled) node.setAttribute('disabled', '');
  if (props.onClick) node.addEventListener('click', props.onClick);
  for (const child of children) {
    if (child === null) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
