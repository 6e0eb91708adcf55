// The contract and its result type.
export * from './contract';
export * from './names';
export * from './result';
