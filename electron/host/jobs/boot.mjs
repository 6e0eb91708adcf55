// Starts a job worker from its TypeScript source (tests, tsx): tsx's loader first, then the worker module.
// Bundled builds start the bundled worker directly and never load this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
