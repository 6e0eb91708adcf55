// The participant page's files: room.html and exactly the built files it references, nothing else of the app.
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, posix, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface RoomPage {
  /** URL path (as the browser asks for it) to the file's bytes. */
  files: Map<string, { body: Buffer; type: string }>;
}

/** Relative references in an HTML or JS file: src/href attributes and `from "./x.js"` imports. */
function references(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:src|href)="(\.?\/?assets\/[^"?#]+)"/g)) found.push(m[1] ?? '');
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g)) found.push(m[1] ?? '');
  return found.filter((f) => f !== '');
}

export async function roomPage(staticDir: string): Promise<RoomPage> {
  const root = resolve(staticDir);
  const files: RoomPage['files'] = new Map();
  const queue: { path: string; from: string }[] = [{ path: 'room.html', from: '' }];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const relative = normalize(posix.join(posix.dirname(next.from || 'x'), next.path)).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root + sep)) continue;
    const urlPath = `/${relative.split(sep).join('/')}`;
    if (files.has(urlPath)) continue;
    const type = TYPES[extname(file)];
    if (!type) continue;
    const body = await readFile(file);
    files.set(urlPath, { body, type });
    if (type.startsWith('text/html') || type.startsWith('text/javascript')) {
      for (const ref of references(body.toString('utf8'))) queue.push({ path: ref, from: relative });
    }
  }
  if (!files.has('/room.html')) throw new Error(`No room.html in ${dirname(join(root, 'room.html'))}: build the interface first.`);
  return { files };
}
