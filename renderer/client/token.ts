// The browser-mode secret: taken from ?token= once, kept in sessionStorage, then removed from the address bar.
import { TOKEN_QUERY } from '../../shared/api';

export const TOKEN_STORAGE_KEY = 'socle.token';

export interface TokenEnv {
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (url: string) => void;
}

/** Returns the secret for this tab, or null when there is none. */
export function takeToken({ href, storage, replaceUrl }: TokenEnv): string | null {
  const url = new URL(href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    try {
      storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    url.searchParams.delete(TOKEN_QUERY);
    replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
