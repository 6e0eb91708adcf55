// The catalogue: everything a user reads about the steps, in French and English.
export * from './types';
export * from './steps';
export * from './sources';
export * from './options';
export * from './questions';
export * from './kinds';
export * from './convince';
export * from './completion';
export * from './templates';
export * from './platforms';
export * from './formats';
export * from './examples';
