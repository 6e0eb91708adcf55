// Security policy of the desktop window as pure functions, and the wiring that applies it to Electron.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './app-url';

// Everything comes from the app's own origin; no directive names a remote host. Inline styles are
// allowed because React Flow positions nodes and edges with inline style attributes; inline and
// eval'd scripts are not.
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Only the app's own page may call the host over IPC. */
export function isAllowedSender(url: string | null | undefined, appRoot: string = APP_ORIGIN): boolean {
  return isAppUrl(url, appRoot);
}

/** The window never leaves the app's page: a link to anywhere else does nothing. */
export function shouldAllowNavigation(url: string | null | undefined, appRoot: string = APP_ORIGIN): boolean {
  return isAppUrl(url, appRoot);
}

// Local schemes the page legitimately loads; anything with a network host is cancelled, so no
// request leaves the machine even if some dependency tries one.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

export function isAllowedRequest(url: string, appRoot: string = APP_ORIGIN): boolean {
  if (isAppUrl(url, appRoot)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The response headers with our CSP in place of any other (devtools keeps its own). */
export function headersWithCsp(url: string, headers: Record<string, string[]> | undefined): Record<string, string[]> {
  if (url.startsWith('devtools:')) return { ...headers };
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** No camera, microphone, location, notifications, clipboard reads or anything else. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** Applies the session-wide rules: permissions, network and CSP. */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: headersWithCsp(details.url, details.responseHeaders) });
  });
}

/** Applies the per-page rules to every web contents: no navigation away, no popups, no webviews. */
export function secureWebContents(contents: WebContents, onOpenRequest?: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Every popup is refused; main may act on the request itself (the audience window, present.ts).
  contents.setWindowOpenHandler((details) => {
    onOpenRequest?.(details.url);
    return { action: 'deny' };
  });
}
