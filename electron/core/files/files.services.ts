import { createDirectoryListing } from './directory-listing';
import type { UserPathPolicy } from './user-paths';

export type FilesServices = ReturnType<typeof createFilesServices>;

/** The files slice: what the folder chooser may list, by the same policy the path channels apply. */
export const createFilesServices = (paths: UserPathPolicy) => ({ listing: createDirectoryListing(paths) });
