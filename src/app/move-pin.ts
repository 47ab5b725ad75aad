/**
 * "Move the pin": a draggable marker at the event with a bar above the map saying what to do. The pin moves by
 * dragging, by a click on the map, or with the arrow keys when it has focus (Shift: further). Enter or "Save
 * position" saves, Escape or "Cancel" leaves it where it was.
 */
import { type MapMouseEvent, Marker, type Map as MlMap } from 'maplibre-gl';
import { el } from './dom.js';

export interface MovePinOptions {
  /** The event's title, for the accessible names. */
  label: string;
  onSave(lngLat: [number, number]): void;
  onCancel(): void;
}

const STEP_PX = 10;
const BIG_STEP_PX = 50;

export class PinMover {
  private marker: Marker | null = null;
  private bar: HTMLElement | null = null;
  private onClick: ((ev: MapMouseEvent) => void) | null = null;

  constructor(private readonly map: MlMap) {}

  get active(): boolean {
    return this.marker !== null;
  }

  start(at: [number, number], opts: MovePinOptions): void {
    this.stop();
    const pin = el('div', {
      class: 'ge-move-pin',
      attrs: {
        tabindex: '0',
        role: 'button',
        'aria-label': `Pin of ${opts.label}: drag it, or move it with the arrow keys; Enter saves`,
      },
    });
    const marker = new Marker({ element: pin, draggable: true, anchor: 'center' }).setLngLat(at).addTo(this.map);
    const where = el('output', { class: 'ge-move-where', attrs: { 'aria-live': 'polite' } });
    const show = () => {
      const p = marker.getLngLat();
      where.textContent = `${p.lat.toFixed(4)}, ${p.lng.toFixed(4)}`;
    };
    marker.on('drag', show);
    marker.on('dragend', show);
    const save = el('button', { text: 'Save position', attrs: { type: 'button' } });
    const cancel = el('button', { text: 'Cancel', attrs: { type: 'button' } });
    const finish = (saved: boolean) => {
      const p = marker.getLngLat();
      this.stop();
      if (saved) opts.onSave([p.lng, p.lat]);
      else opts.onCancel();
    };
    save.addEventListener('click', () => finish(true));
    cancel.addEventListener('click', () => finish(false));
    pin.addEventListener('keydown', (ev) => {
      // The map's own keyboard handler (arrows pan, +/- zoom) listens on its container: keep these keys to the pin.
      ev.stopPropagation();
      const step = ev.shiftKey ? BIG_STEP_PX : STEP_PX;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      };
      const d = moves[ev.key];
      if (d) {
        ev.preventDefault();
        const pt = this.map.project(marker.getLngLat());
        marker.setLngLat(this.map.unproject([pt.x + d[0], pt.y + d[1]]));
        show();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        finish(true);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        finish(false);
      }
    });
    this.bar = el('div', { class: 'ge-move-bar', attrs: { role: 'group', 'aria-label': 'Move the pin' } }, [
      el('span', { text: `Drag the pin of “${opts.label}” to where it happened, or click the map. ` }),
      where,
      save,
      cancel,
    ]);
    this.map.getContainer().append(this.bar);
    this.onClick = (ev) => {
      marker.setLngLat(ev.lngLat);
      show();
    };
    this.map.on('click', this.onClick);
    this.marker = marker;
    show();
    pin.focus({ preventScroll: true });
  }

  stop(): void {
    this.marker?.remove();
    this.marker = null;
    this.bar?.remove();
    this.bar = null;
    if (this.onClick) this.map.off('click', this.onClick);
    this.onClick = null;
  }
}
