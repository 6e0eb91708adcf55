// The workshop feature's front door: the screen of one open workshop.
export { WorkshopScreen } from './WorkshopScreen';
