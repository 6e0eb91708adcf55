// The contract and its result type.
export * from './contract';
export * from './names';
export * from './result';
export * from './room';
export type * from './bridge';
export { BRIDGE_KEY, API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from './bridge';
