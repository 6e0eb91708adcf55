// The export formats the contract offers, and the size a workshop file may have (the contract imports only this).
export const EXPORT_FORMATS = ['docx', 'pptx', 'pdf', 'deck-pdf', 'md', 'ics', 'csv', 'socle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A .socle file larger than this is refused before it is read. */
export const WORKSHOP_FILE_MAX_BYTES = 20 * 1024 * 1024;
