// The preload exposes one function per contract channel on window.ledgerBridge and
// the two native dialogs on window.ledgerFiles, and nothing else (never ipcRenderer itself).
import { BRIDGE_KEY } from '#shared/ipc/bridge';
import { CHANNELS } from '#shared/ipc/contract';
import { FILE_PICKER_KEY, PICK_FILE_CHANNEL, PICK_FOLDER_CHANNEL, type LedgerFilePicker } from '#shared/ipc/file-handles';
import { contextBridge, ipcRenderer } from 'electron';

const bridge = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));
contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze(bridge));

const files: LedgerFilePicker = {
  pickFolder: () => ipcRenderer.invoke(PICK_FOLDER_CHANNEL),
  pickFile: (request) => ipcRenderer.invoke(PICK_FILE_CHANNEL, request),
};
contextBridge.exposeInMainWorld(FILE_PICKER_KEY, Object.freeze(files));
