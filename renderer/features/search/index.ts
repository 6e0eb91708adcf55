// The search feature's front door: the button (and its shortcut) that opens the card search.
export { SearchButton } from './SearchButton';
