import type { FileHandleRegistry } from '#core/files/file-handles';
import { PICK_FILE_CHANNEL, PICK_FOLDER_CHANNEL, pickFileRequest, type PickedHandle } from '#shared/ipc/file-handles';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { basename } from 'node:path';
import { FILE_DIALOGS, FOLDER_DIALOG } from './file-dialog-options';
import { isTrustedSender } from './window-options';

/**
 * The native dialogs behind `window.ledgerFiles`: the person picks, the main
 * process keeps the path in the core's handle registry, and the renderer gets back
 * only the handle and the picked name. Requests from any frame but our own top frame
 * answer null, like a cancelled dialog.
 */
export function registerFileDialogs(handles: FileHandleRegistry): void {
  const owner = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event): Promise<PickedHandle | null> => {
    const window = owner(event);
    if (!isTrustedSender(event.senderFrame) || !window) return null;
    const picked = await dialog.showOpenDialog(window, { title: FOLDER_DIALOG.title, properties: ['openDirectory', 'createDirectory'] });
    const path = picked.canceled ? undefined : picked.filePaths[0];
    return path ? { handle: handles.issue(FOLDER_DIALOG.purpose, path, basename(path) || path), label: basename(path) || path } : null;
  });

  ipcMain.handle(PICK_FILE_CHANNEL, async (event, raw: unknown): Promise<PickedHandle | null> => {
    const window = owner(event);
    const request = pickFileRequest.safeParse(raw);
    if (!isTrustedSender(event.senderFrame) || !window || !request.success) return null;
    const spec = FILE_DIALOGS[request.data.kind];
    let path: string | undefined;
    if (spec.mode === 'open') {
      const picked = await dialog.showOpenDialog(window, { title: spec.title, filters: spec.filters, properties: ['openFile'] });
      path = picked.canceled ? undefined : picked.filePaths[0];
    } else {
      const picked = await dialog.showSaveDialog(window, { title: spec.title, filters: spec.filters, defaultPath: request.data.suggestedName });
      path = picked.canceled ? undefined : picked.filePath;
    }
    return path ? { handle: handles.issue(spec.purpose, path, basename(path)), label: basename(path) } : null;
  });
}
