import { describe, expect, it } from 'vitest';
import { openAudienceWindow, type AudienceEnv } from './audienceWindow';

const env = (desktop: boolean, gives: unknown) => {
  const asked: string[] = [];
  const e: AudienceEnv = {
    open: (url, name) => {
      asked.push(`${url} ${name}`);
      return gives;
    },
    base: '/index.html?t=abc',
    desktop,
  };
  return { e, asked };
};

describe('openAudienceWindow', () => {
  it('asks for the workshop’s audience route, in the same page (and token) as this window', () => {
    const { e, asked } = env(false, {});
    expect(openAudienceWindow('w 1', e)).toBe('opened');
    expect(asked).toEqual(['/index.html?t=abc#/audience/w%201 socle-audience-w 1']);
  });

  it('says "blocked" in a browser that refused the window', () => {
    expect(openAudienceWindow('w1', env(false, null).e)).toBe('blocked');
  });

  it('in the desktop app, a refused window.open is main carrying the request out, not a block', () => {
    expect(openAudienceWindow('w1', env(true, null).e)).toBe('handed-to-app');
  });
});
