// The window's security policy: CSP, who may call the host, where the page may go and what it may load.
import { describe, expect, it } from 'vitest';
import { APP_PAGE } from '../../../electron/main/app-url';
import {
  CONTENT_SECURITY_POLICY,
  headersWithCsp,
  isAllowedRequest,
  isAllowedSender,
  shouldAllowNavigation,
} from '../../../electron/main/security';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('content security policy', () => {
  it('names no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|\/\//);
    for (const values of directives.values()) {
      for (const value of values) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']).toContain(value);
    }
  });

  it('forbids inline and evaluated scripts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('closes objects, base, forms and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('replaces any CSP a response brings, whatever its case', () => {
    const headers = headersWithCsp(APP_PAGE, { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(headersWithCsp('devtools://devtools/bundled/x.html', { A: ['b'] })).toEqual({ A: ['b'] });
  });
});

describe('isAllowedSender', () => {
  it('accepts the app page, with a hash or another path of the app', () => {
    expect(isAllowedSender(APP_PAGE)).toBe(true);
    expect(isAllowedSender(`${APP_PAGE}#/workshop/1`)).toBe(true);
    expect(isAllowedSender('socle://app/')).toBe(true);
  });

  it.each([
    'http://evil.example',
    'https://evil.example/index.html',
    'file:///other',
    'file:///work/main/dist/renderer/index.html',
    'about:blank',
    'socle://evil/index.html',
    'socle://app.evil.example/index.html',
    'socle://app:8080/index.html',
    'socle://user@app/index.html',
    'app://app/index.html',
    'data:text/html,<script>1</script>',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedSender(url)).toBe(false);
  });

  it('refuses a missing sender', () => {
    expect(isAllowedSender(undefined)).toBe(false);
    expect(isAllowedSender(null)).toBe(false);
  });
});

describe('navigation and requests', () => {
  it('allows only the app page', () => {
    expect(shouldAllowNavigation(APP_PAGE)).toBe(true);
    for (const url of ['https://example.com', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)', undefined]) {
      expect(shouldAllowNavigation(url)).toBe(false);
    }
  });

  it('lets no request leave the machine', () => {
    expect(isAllowedRequest(`${APP_PAGE}`)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:socle://app/1234')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:3000/', 'ws://localhost/', 'file:///etc/passwd']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });
});
