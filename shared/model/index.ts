// The persisted entities of Socle and their runtime validators.
export * from './ids';
export * from './card';
export * from './facilitation';
export * from './workshop';
export * from './kinds';
export type * from './seed';
export * from './fields';
export * from './snapshot';
export * from './backup';
export * from './power-interest';
