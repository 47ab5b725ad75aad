/** The one open event popup: opening a new one closes the old; closing it by hand (×, Escape) tells the app. */
import { type Map as MlMap, Popup } from 'maplibre-gl';

export class EventPopup {
  private popup: Popup | null = null;

  /** `onUserClose` runs when the user closes the popup, not when the app replaces or closes it. */
  constructor(
    private readonly map: MlMap,
    private readonly onUserClose: () => void,
  ) {}

  open(at: [number, number], content: HTMLElement): void {
    this.close();
    const p = new Popup({ maxWidth: '360px', focusAfterOpen: false, className: 'ge-popup-wrap' })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map);
    p.on('close', () => {
      if (this.popup !== p) return;
      this.popup = null;
      this.onUserClose();
    });
    this.popup = p;
  }

  close(): void {
    const p = this.popup;
    this.popup = null;
    p?.remove();
  }
}
