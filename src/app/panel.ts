/** The event list (role=list, "Events") mirroring the current view; each item's button selects its event. */
import { byId, el } from './dom.js';
import { type AppEvent, typeColor } from './model.js';
import { eventTitle } from './popup.js';

const MAX_ITEMS = 500;
// Same order as String#localeCompare with no arguments, without a collator lookup per comparison.
const collator = new Intl.Collator();

function listCompare(a: AppEvent, b: AppEvent): number {
  return (
    a.properties.day_start - b.properties.day_start ||
    collator.compare(a.properties.location, b.properties.location) ||
    collator.compare(a.properties.event_id, b.properties.event_id)
  );
}

/**
 * The first `k` events in list order. Only events up to the k-th earliest start day can be among them, so just those
 * are sorted: with every event visible, sorting all of them cost ~100 ms per timeline step (profiled, 100k events).
 */
export function firstInOrder(events: AppEvent[], k: number): AppEvent[] {
  if (events.length <= k) return [...events].sort(listCompare);
  const days = Float64Array.from(events, (e) => e.properties.day_start).sort();
  const cut = days[k - 1];
  return events
    .filter((e) => e.properties.day_start <= cut)
    .sort(listCompare)
    .slice(0, k);
}

export class EventList {
  private readonly list = byId<HTMLUListElement>('event-list');
  private readonly summary = byId<HTMLElement>('event-count');
  /** Items already built, per event object (a corrected event is a new object) and its badges/selection. */
  private built = new WeakMap<AppEvent, { sig: string; li: HTMLLIElement }>();

  constructor(private readonly onSelect: (id: string) => void) {
    // Explicit role: list-style:none drops the implicit list role in some screen readers.
    this.list.setAttribute('role', 'list');
  }

  render(
    visible: AppEvent[],
    total: number,
    selectedId: string | null,
    isCorrected: (id: string) => boolean,
    isAdded: (id: string) => boolean = () => false,
  ): void {
    const items = firstInOrder(visible, MAX_ITEMS).map((e) => {
      const id = e.properties.event_id;
      const selected = id === selectedId;
      const sig = `${+selected}${+isCorrected(id)}${+isAdded(id)}`;
      const hit = this.built.get(e);
      if (hit?.sig === sig) return hit.li;
      const li = this.item(e, selected, isCorrected, isAdded);
      this.built.set(e, { sig, li });
      return li;
    });
    // A timeline step shifts the list by a few events: unchanged items are reused, not rebuilt (re-creating
    // all 500 items each step cost time in every step of the benchmark: see detail.scrub_js_ms_median).
    if (items.length !== this.list.childElementCount || items.some((li, i) => this.list.children[i] !== li)) {
      this.list.replaceChildren(...items);
    }
    const more = visible.length - items.length;
    this.summary.textContent =
      `${visible.length} of ${total} events` + (more > 0 ? ` (first ${MAX_ITEMS} listed; narrow the filters)` : '');
  }

  private item(
    e: AppEvent,
    selected: boolean,
    isCorrected: (id: string) => boolean,
    isAdded: (id: string) => boolean,
  ): HTMLLIElement {
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
      isAdded(p.event_id) ? el('span', { class: 'badge added', text: 'added' }) : null,
      p.geo_precision > 1 ? el('span', { class: 'badge approx', text: 'approx. place' }) : null,
    ]);
    if (selected) btn.setAttribute('aria-current', 'true');
    btn.addEventListener('click', () => this.onSelect(p.event_id));
    return el('li', { attrs: { role: 'listitem' } }, [btn]);
  }
}
