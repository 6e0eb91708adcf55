// One selector hook per store, so components subscribe to the few values they draw.
import { useStore } from 'zustand';
import type { LibraryState } from '../stores/library';
import type { NavState } from '../stores/nav';
import type { NoticesState } from '../stores/notices';
import type { SettingsState } from '../stores/settings';
import type { ViewState } from '../stores/view';
import type { WorkshopState } from '../stores/workshop';
import { useServices } from './ServicesContext';

export const useSettings = <T>(select: (s: SettingsState) => T): T => useStore(useServices().settings, select);
export const useNotices = <T>(select: (s: NoticesState) => T): T => useStore(useServices().notices, select);
export const useNav = <T>(select: (s: NavState) => T): T => useStore(useServices().nav, select);
export const useLibrary = <T>(select: (s: LibraryState) => T): T => useStore(useServices().library, select);
export const useWorkshop = <T>(select: (s: WorkshopState) => T): T => useStore(useServices().workshop, select);
export const useView = <T>(select: (s: ViewState) => T): T => useStore(useServices().view, select);
