// Where the renderer lives: the socle://app/ origin, and which file of dist/renderer a URL of it means.
import { extname, isAbsolute, join, relative } from 'node:path';

// A custom standard scheme rather than file://: the page gets a real origin of its own (file://
// pages share one with every file on disk), CSP 'self' means the app and nothing else, only files
// inside dist/renderer can be read, and Vite's absolute /assets/ paths resolve without a base hack.
export const APP_SCHEME = 'socle';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_PAGE = `${APP_ORIGIN}index.html`;

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is a page of the app's own origin (any path, query or hash of it). */
export function isAppUrl(url: string | null | undefined, appRoot: string = APP_ORIGIN): boolean {
  const page = parse(url);
  const root = parse(appRoot);
  if (!page || !root) return false;
  return (
    page.protocol === root.protocol && page.hostname === root.hostname && page.port === '' && page.username === '' && page.password === ''
  );
}

/** The file under `rendererRoot` that an app URL asks for, or null when it would leave that folder. */
export function resolveAppFile(url: string, rendererRoot: string): string | null {
  const parsed = parse(url);
  if (!parsed || !isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const wanted = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const file = join(rendererRoot, wanted);
  const inside = relative(rendererRoot, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
