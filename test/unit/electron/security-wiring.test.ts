// The security wiring on a fake session and web contents: permissions denied, navigation and popups refused.
import { describe, expect, it } from 'vitest';
import { APP_PAGE } from '../../../electron/main/app-url';
import {
  CONTENT_SECURITY_POLICY,
  denyPermissionCheck,
  denyPermissionRequest,
  secureSession,
  secureWebContents,
} from '../../../electron/main/security';

describe('permissions', () => {
  it('denies every request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });

  it('installs the handlers on a session', () => {
    const installed: Record<string, (...args: never[]) => unknown> = {};
    const fake = {
      setPermissionRequestHandler: (h: never) => (installed.request = h),
      setPermissionCheckHandler: (h: never) => (installed.check = h),
      setDevicePermissionHandler: (h: never) => (installed.device = h),
      webRequest: {
        onBeforeRequest: (h: never) => (installed.before = h),
        onHeadersReceived: (h: never) => (installed.headers = h),
      },
    };
    secureSession(fake as unknown as Parameters<typeof secureSession>[0]);
    const granted: boolean[] = [];
    (installed.request as (w: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    expect((installed.check as () => boolean)()).toBe(false);
    expect((installed.device as () => boolean)()).toBe(false);
    const before: unknown[] = [];
    const onBefore = installed.before as (d: { url: string }, cb: (r: unknown) => void) => void;
    onBefore({ url: 'https://cdn.example/x.js' }, (r) => before.push(r));
    onBefore({ url: APP_PAGE }, (r) => before.push(r));
    expect(before).toEqual([{ cancel: true }, { cancel: false }]);
    const headers: unknown[] = [];
    (installed.headers as (d: object, cb: (r: unknown) => void) => void)({ url: APP_PAGE, responseHeaders: {} }, (r) => headers.push(r));
    expect(headers).toEqual([{ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }]);
  });
});

describe('web contents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | null = null;
    const contents = {
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    };
    secureWebContents(contents as unknown as Parameters<typeof secureWebContents>[0]);
    const fire = (name: string, url?: string) => {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    return { fire, open: () => openHandler?.() };
  }

  it('prevents navigation and redirects away from the app', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://evil.example')).toBe(true);
    expect(fire('will-navigate', 'file:///other')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example')).toBe(true);
    expect(fire('will-navigate', `${APP_PAGE}#/library`)).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const { fire, open } = fakeContents();
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });
});
