import type { DocumentOpener } from '#core/ports';
import { shell } from 'electron';

/**
 * Opens a generated document with the desktop's program for .docx (Word, WPS),
 * where the clerk reads or prints it. The core passes only files it wrote, found
 * by the id it issued (disputes:open-document); the renderer never names a path.
 */
export const shellOpener: DocumentOpener = {
  async open(file) {
    const problem = await shell.openPath(file);
    return problem === '' ? null : problem;
  },
};
