// The one reading of decisions, shared by the health check, the figures and the exports.
export * from './types';
export { decisions, REVIEW_WORDS, COMMUNITY_ROLE, SPONSOR_POWER } from './read';
export { decidedValue, saysUndecided, UNDECIDED } from './undecided';
export { departmentOf } from './departments';
