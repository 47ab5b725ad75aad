/** Export buttons: download the current filtered view (with corrections) in the pipeline's export formats. */
// The browser-safe entry of src/export (its index.ts barrel also re-exports a node:fs file writer).
import { type ExportFormat, exportAs, FORMAT_INFO, isExportFormat } from '../export/formats.js';
import { download } from './dom.js';
import { type AppEvent, toPipelineCollection } from './model.js';

export function bindExports(root: HTMLElement, currentView: () => AppEvent[]): void {
  for (const btn of root.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    const format = btn.dataset.format ?? '';
    if (!isExportFormat(format)) continue;
    btn.addEventListener('click', () => exportView(currentView(), format));
  }
}

export function exportView(events: AppEvent[], format: ExportFormat): void {
  const info = FORMAT_INFO[format];
  const text = exportAs(toPipelineCollection(events), format);
  download(text, `geoevents${info.extension}`, info.mediaType);
}
