// The catalogue: everything a user reads about the steps, in French and English.
export * from './types';
export * from './steps';
