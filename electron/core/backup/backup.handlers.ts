import type { backupContract } from '#shared/ipc/contract/backup.contract';
import type { HandlersFor } from '../handlers-for';
import type { BackupService } from './backup.service';

/** The backup channels: one line each. */
export const backupHandlers = (backup: BackupService) =>
  ({
    'backup:create': (i, s) => backup.create(i, s),
    'backup:progress': async () => backup.progress(),
    'backup:verify': (i, s) => backup.verify(i, s),
    'backup:status': async (_i, s) => backup.status(s),
    'backup:restore': (i) => backup.restore(i),
  }) satisfies HandlersFor<typeof backupContract>;
