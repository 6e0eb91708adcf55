// Why a library database could not be opened as it is.
export type OpenProblem = 'newer' | 'foreign' | 'corrupt' | 'unreadable';

export class LibraryOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryOpenError';
  }
}
