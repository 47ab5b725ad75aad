/** The event list (role=list, "Events") mirroring the current view; each item's button selects its event. */
import { byId, el } from './dom.js';
import { type AppEvent, typeColor } from './model.js';
import { eventTitle } from './popup.js';

const MAX_ITEMS = 500;

export class EventList {
  private readonly list = byId<HTMLUListElement>('event-list');
  private readonly summary = byId<HTMLElement>('event-count');

  constructor(private readonly onSelect: (id: string) => void) {
    // Explicit role: list-style:none drops the implicit list role in some screen readers.
    this.list.setAttribute('role', 'list');
  }

  render(visible: AppEvent[], total: number, selectedId: string | null, isCorrected: (id: string) => boolean): void {
    const sorted = [...visible].sort(
      (a, b) =>
        a.properties.day_start - b.properties.day_start ||
        a.properties.location.localeCompare(b.properties.location) ||
        a.properties.event_id.localeCompare(b.properties.event_id),
    );
    const items = sorted
      .slice(0, MAX_ITEMS)
      .map((e) => this.item(e, e.properties.event_id === selectedId, isCorrected));
    this.list.replaceChildren(...items);
    const more = sorted.length - items.length;
    this.summary.textContent =
      `${visible.length} of ${total} events` + (more > 0 ? ` (first ${MAX_ITEMS} listed; narrow the filters)` : '');
  }

  private item(e: AppEvent, selected: boolean, isCorrected: (id: string) => boolean): HTMLLIElement {
    const p = e.properties;
    const swatch = el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
    swatch.style.background = typeColor(p.event_type);
    const date = p.date_start === p.date_end ? p.date_start : `${p.date_start} – ${p.date_end}`;
    const btn = el('button', { attrs: { type: 'button', 'data-event-id': p.event_id } }, [
      swatch,
      el('span', { class: 'item-main' }, [
        el('span', { class: 'item-title', text: eventTitle(e) }),
        el('span', {
          class: 'item-meta',
          text: `${date} · ${p.event_type}${p.fatalities ? ` · ${p.fatalities} killed` : ''}`,
        }),
      ]),
      isCorrected(p.event_id) ? el('span', { class: 'badge', text: 'corrected' }) : null,
      p.geo_precision > 1 ? el('span', { class: 'badge approx', text: 'approx. place' }) : null,
    ]);
    if (selected) btn.setAttribute('aria-current', 'true');
    btn.addEventListener('click', () => this.onSelect(p.event_id));
    return el('li', { attrs: { role: 'listitem' } }, [btn]);
  }
}
