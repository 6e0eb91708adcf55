// A backup of the whole library, as the backups screen lists it.
import { z } from 'zod';
import { Timestamp } from './ids';

export const BackupInfo = z.object({
  name: z.string(),
  reason: z.enum(['daily', 'manual', 'before-migration', 'before-import', 'before-restore', 'before-snapshot-restore', 'other']),
  createdAt: Timestamp,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
