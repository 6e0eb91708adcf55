// Preload of the sandboxed window: exposes the contract, and only the contract, as window.socle.
// Bundled to one CommonJS file that requires nothing but 'electron' (a sandboxed preload can't).
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type SocleBridge } from '../../shared/api/bridge';
import { buildBridge } from './bridge';

const bridge = buildBridge((channel, input) => ipcRenderer.invoke(channel, input)) satisfies SocleBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
