// Lint rule: a feature's insides are its own. Anything outside renderer/features/<name>/ (another feature, the app,
// the shared UI) imports it only through its front door, renderer/features/<name>/index.ts; inside, relative paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'renderer', 'features');
const FRONT_DOOR = new Set(['', 'index', 'index.ts', 'index.tsx']);

/** The feature a path lies in and the part of the path inside it, or null outside renderer/features/<name>/. */
function place(file) {
  const rel = path.relative(FEATURES, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [feature, ...inside] = rel.split(path.sep);
  return { feature, inside: inside.join('/') };
}

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another feature only through its index, never from its insides.' },
    schema: [],
    messages: {
      insides: "'{{source}}' reaches into the {{feature}} feature: import it from '{{door}}' (its index.ts) instead.",
    },
  },
  create(context) {
    const file = path.resolve(context.cwd, context.filename);
    const here = place(file);
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const there = place(path.resolve(path.dirname(file), source.value));
      if (!there || there.feature === here?.feature || FRONT_DOOR.has(there.inside)) return;
      let door = path.relative(path.dirname(file), path.join(FEATURES, there.feature)).split(path.sep).join('/');
      if (!door.startsWith('.')) door = `./${door}`;
      context.report({ node: source, messageId: 'insides', data: { source: source.value, feature: there.feature, door } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
