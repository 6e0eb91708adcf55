// The one Content Security Policy, for the desktop window (electron/main) and the browser mode (electron/web) alike.

// Everything comes from the app's own origin; no directive names a remote host. Inline styles are
// allowed because React Flow positions nodes and edges with inline style attributes; inline and
// eval'd scripts are not. 'self' covers the browser mode's same-origin event stream.
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
