// Each language's formats in one place (dates, numbers, money, shares, plurals, sorting): the interface, the
// exports and the host messages all write through here, so French reads 06/12/2026 and "1 234,5" everywhere.
export { LOCALES } from './locales';
export { isSingular, countWord } from './plural';
export { formatNumber, formatMoney, formatPercent, OFFICE_PERCENT } from './numbers';
export { formatDay, formatMoment, formatDate, formatDateAt, formatMonth, formatRelative, sameDay } from './dates';
export { textCollator } from './collate';
