// Every contract call's handler, combined by domain.
import { agendaHandlers } from './agenda';
import { answerHandlers } from './answers';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { cardHandlers } from './cards';
import { exportHandlers } from './exports';
import { findingHandlers } from './findings';
import { historyHandlers } from './history';
import { libraryHandlers } from './library';
import { linkHandlers } from './links';
import { parkingHandlers } from './parking';
import { participantHandlers } from './participants';
import { presentationHandlers } from './presentation';
import { roomHandlers } from './room';
import { snapshotHandlers } from './snapshots';
import type { Handlers } from './types';
import { voteHandlers } from './votes';
import { workshopHandlers } from './workshops';

export const handlers: Handlers = {
  ...appHandlers,
  ...libraryHandlers,
  ...workshopHandlers,
  ...cardHandlers,
  ...linkHandlers,
  ...participantHandlers,
  ...answerHandlers,
  ...historyHandlers,
  ...snapshotHandlers,
  ...backupHandlers,
  ...agendaHandlers,
  ...parkingHandlers,
  ...voteHandlers,
  ...findingHandlers,
  ...roomHandlers,
  ...exportHandlers,
  ...presentationHandlers,
};
