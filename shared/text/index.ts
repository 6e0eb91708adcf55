// Text written in code, in French and English: typed pairs, one fill-and-plural helper, one typography function.
export { fill, tr, plural, type Text, type Vars } from './text';
export { frenchSpacing, typeset } from './typography';
