// The preload exposes one function per contract channel on window.ledgerBridge,
// and nothing else (never ipcRenderer itself).
import { BRIDGE_KEY } from '#shared/ipc/bridge';
import { CHANNELS } from '#shared/ipc/contract';
import { contextBridge, ipcRenderer } from 'electron';

const bridge = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));
contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze(bridge));
