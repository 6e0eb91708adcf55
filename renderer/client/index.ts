// The renderer's client to the host, over IPC (Electron) or HTTP (browser mode).
export { createClient, type Client } from './client';
export { createHttpTransport, type FetchLike } from './http';
export { createIpcTransport } from './ipc';
export { takeToken, TOKEN_STORAGE_KEY } from './token';
export { chooseClient, browserEnv } from './choose';
export type { Transport } from './transport';
export { localizeClient } from './localize';
export { createSseFeed, createBridgeFeed, silentFeed, newClientId, type EventFeed, type EventSourceFactory } from './events';
