// The room feature's front door: the buttons, layers and screens the workshop and the presenter show of the room.
export { RoomAudience } from './RoomAudience';
export { RoomButton, RoomTool } from './RoomButton';
export { RoomInbox } from './RoomInbox';
export { RoomLayer } from './RoomLayer';
