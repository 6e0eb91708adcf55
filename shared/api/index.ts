// The contract (calls and events) and its result type.
export * from './contract';
export * from './events';
export * from './names';
export * from './result';
export * from './room';
export type * from './bridge';
export {
  BRIDGE_KEY,
  EVENTS_KEY,
  EVENT_CHANNEL,
  API_PREFIX,
  EVENTS_PATH,
  TOKEN_HEADER,
  TOKEN_QUERY,
  CLIENT_HEADER,
  CLIENT_QUERY,
  CLIENT_ID_PATTERN,
  newClientId,
} from './bridge';
