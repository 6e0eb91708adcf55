// What makes a file a Socle library: its name in the data folder and SQLite's application_id.
/** 'Socl' in ASCII: marks a SQLite file as a Socle library. */
export const APPLICATION_ID = 0x536f636c;
export const LIBRARY_FILE = 'library.db';
