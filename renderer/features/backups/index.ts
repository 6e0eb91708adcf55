// The backups feature's front door: the button that opens the backups dialog.
export { BackupsButton } from './BackupsButton';
