// The ids of the strategy document's sections, in the order of the case (the contract imports only this list).
export const SECTION_IDS = [
  'cover',
  'summary',
  'whyNow',
  'beforeAfter',
  'objectives',
  'targets',
  'listening',
  'channels',
  'calendar',
  'content',
  'governance',
  'stakeholders',
  'budget',
  'kpis',
  'risks',
  'swot',
  'decisions',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
