// The library feature's front door: the screen listing the workshops (and the trash).
export { LibraryScreen } from './LibraryScreen';
