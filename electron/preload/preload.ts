// Preload of the sandboxed window: exposes the contract, and only the contract, as window.socle (calls)
// and window.socleEvents (one typed subscribe). Bundled to one CommonJS file that requires nothing but
// 'electron' (a sandboxed preload can't).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, EVENTS_KEY, newClientId, type SocleBridge } from '../../shared/api/bridge';
import { buildBridge } from './bridge';
import { buildEventsBridge } from './events';

const clientId = newClientId();
const bridge = buildBridge((channel, input) => ipcRenderer.invoke(channel, input, clientId)) satisfies SocleBridge;
const events = buildEventsBridge((channel, listener) => {
  const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown) => listener(name, payload);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}, clientId);

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
contextBridge.exposeInMainWorld(EVENTS_KEY, events);
