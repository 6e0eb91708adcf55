// The look shared by every export: colours, tone colours and chart palette (hex without #).
import type { Tone } from '../../../shared/document';

export const COLOURS = {
  navy: '1F3A5F',
  navyDark: '152A45',
  teal: '2A9D8F',
  amber: 'D98E04',
  red: 'C0392B',
  green: '2E8B57',
  ink: '1F2933',
  body: '323F4B',
  muted: '6B7785',
  rule: 'D5DBE3',
  zebra: 'F3F5F8',
  panel: 'EEF2F7',
  white: 'FFFFFF',
};

export const TONES: Record<Tone, { fg: string; bg: string }> = {
  neutral: { fg: COLOURS.navy, bg: 'EAF0F7' },
  good: { fg: COLOURS.green, bg: 'E7F4EC' },
  warning: { fg: COLOURS.amber, bg: 'FDF3E1' },
  danger: { fg: COLOURS.red, bg: 'FBEAE8' },
};

export const PALETTE = ['1F3A5F', '2A9D8F', 'E9A23B', 'C8553D', '6C8EBF', '8D99AE', '4F6D7A', 'B5838D'];

export const hex = (c: string) => `#${c}`;

/** Bar colours when a chart's colours carry meaning. */
export const TONE_BAR: Record<Tone, string> = { neutral: '6C8EBF', good: COLOURS.green, warning: 'E9A23B', danger: COLOURS.red };
