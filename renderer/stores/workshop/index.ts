// The open workshop's store, the rows it applies and what it reads of the answers.
export * from './store';
export * from './answers';
export * from './rows';
