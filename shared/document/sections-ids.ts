// The ids of the strategy document's sections, in reading order (the contract imports only this list).
export const SECTION_IDS = [
  'cover',
  'summary',
  'whyNow',
  'objectives',
  'targets',
  'listening',
  'channels',
  'content',
  'calendar',
  'stakeholders',
  'governance',
  'swot',
  'budget',
  'kpis',
  'risks',
  'decisions',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
