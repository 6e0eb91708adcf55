// Where requests to open workshop files come from besides the menu: the command line, a second launch
// of Socle (which hands its files to the running one, then quits) and macOS's open-file event.
import type { App } from 'electron';
import { collect, handedOver, handoverData, launchFiles, type ArgvOptions, type LaunchFiles } from './open-file';
import type { Opener } from './opener';

type AppEvents = Pick<App, 'on' | 'requestSingleInstanceLock'>;

function request(opener: Opener, files: LaunchFiles): void {
  opener.refuse(files.refused);
  void opener.open(files.files);
}

/** Queues the files named on this launch's command line (opened once the app is ready). */
export function openLaunchFiles(opener: Opener, argv: readonly string[], options: ArgvOptions): LaunchFiles {
  const launch = launchFiles(argv, options);
  request(opener, launch);
  return launch;
}

/**
 * Takes the library's single-instance lock, or returns false when another Socle holds it: this launch
 * then hands its files over (with the lock request) and should quit. The instance that holds the lock
 * opens what later launches hand it, and comes to the front.
 */
export function claimInstance(
  app: AppEvents,
  opener: Opener,
  launch: LaunchFiles,
  options: Omit<ArgvOptions, 'cwd'> & { bringForward: () => void },
): boolean {
  if (!app.requestSingleInstanceLock(handoverData(launch))) return false;
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    options.bringForward();
    request(opener, handedOver(argv, workingDirectory, data, options));
  });
  return true;
}

/** macOS hands files over with an event (a double click in Finder, a drop on the Dock), even before ready. */
export function listenForOpenFile(app: AppEvents, opener: Opener, platform: NodeJS.Platform, cwd: () => string): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    request(opener, collect([path], cwd(), platform));
  });
}
