// The exports feature's front door: the export and import buttons, and the menu's request to open the export dialog.
export { ExportButton } from './ExportButton';
export { ImportButton } from './ImportButton';
export { requestExport } from './request';
