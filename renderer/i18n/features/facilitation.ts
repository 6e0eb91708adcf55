// Interface strings of the facilitation feature, in French and English (the feature's own table, merged in fr.ts and en.ts).
const fr = {} as const;

const en: Record<keyof typeof fr, string> = {};

export const facilitationMessages = { fr, en };
