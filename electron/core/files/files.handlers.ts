import type { filesContract } from '#shared/ipc/contract/files.contract';
import type { HandlersFor } from '../handlers-for';
import type { FilesServices } from './files.services';

/** The host's folder chooser. */
export const filesHandlers = ({ listing }: FilesServices) =>
  ({
    'files:list-directory': (i) => listing.list(i),
  }) satisfies HandlersFor<typeof filesContract>;
