// Step 2's libraries: evidence to convince and answers to the usual objections, with lookups.
import { EVIDENCE } from './evidence';
import { OBJECTIONS } from './objections';
import type { EvidenceDef, ObjectionDef } from './types';

export { EVIDENCE } from './evidence';
export { OBJECTIONS } from './objections';

export const objectionById = (id: string): ObjectionDef | undefined => OBJECTIONS.find((o) => o.id === id);

/** The evidence that helps answer an objection, in library order. */
export const evidenceFor = (objectionId: string): EvidenceDef[] => EVIDENCE.filter((e) => (e.answers as string[]).includes(objectionId));
