// The open workshop's store and the pure functions it applies answers with.
export * from './store';
export * from './apply';
export * from './rows';
