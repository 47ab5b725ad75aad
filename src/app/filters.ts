/** Legend with per-type counts and checkboxes, and the text search over location, actors and notes. */
import { byId, el } from './dom.js';
import { type AppEvent, EVENT_TYPES, typeColor } from './model.js';

export interface FilterState {
  types: string[];
  q: string;
}

export class Filters {
  readonly allTypes: string[];
  private readonly checked: Set<string>;
  private query = '';
  private readonly boxes = new Map<string, HTMLInputElement>();
  private readonly countNodes = new Map<string, HTMLElement>();
  private readonly search = byId<HTMLInputElement>('search');

  constructor(
    events: AppEvent[],
    private readonly onChange: () => void,
  ) {
    const present = new Set(events.map((e) => e.properties.event_type));
    this.allTypes = [
      ...EVENT_TYPES,
      ...[...present].filter((t) => !(EVENT_TYPES as readonly string[]).includes(t)).sort(),
    ];
    this.checked = new Set(this.allTypes);
    const legend = byId<HTMLElement>('legend-items');
    legend.replaceChildren();
    for (const type of this.allTypes) {
      const box = el('input', { attrs: { type: 'checkbox' } });
      box.checked = true;
      box.addEventListener('change', () => {
        if (box.checked) this.checked.add(type);
        else this.checked.delete(type);
        this.onChange();
      });
      const swatch = el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.background = typeColor(type);
      const count = el('span', { class: 'count', text: '0' });
      legend.append(el('li', {}, [el('label', {}, [box, swatch, el('span', { class: 'type', text: type }), count])]));
      this.boxes.set(type, box);
      this.countNodes.set(type, count);
    }
    let debounce: ReturnType<typeof setTimeout> | undefined;
    this.search.addEventListener('input', () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        this.query = this.search.value;
        this.onChange();
      }, 150);
    });
  }

  get state(): FilterState {
    return { types: this.allTypes.filter((t) => this.checked.has(t)), q: this.query };
  }

  setState(s: Partial<FilterState>): void {
    if (s.types) {
      this.checked.clear();
      for (const t of s.types) if (this.allTypes.includes(t)) this.checked.add(t);
      for (const [t, box] of this.boxes) box.checked = this.checked.has(t);
    }
    if (s.q !== undefined) {
      this.query = s.q;
      this.search.value = s.q;
    }
  }

  /** Ids of events matching the search text (every word must match), or null when there is no search. */
  searchIds(events: AppEvent[]): string[] | null {
    const words = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    return events
      .filter((e) => {
        const p = e.properties;
        const hay = [p.location, p.admin1, p.country, p.actor1, p.actor2, p.notes, p.sub_event_type]
          .join(' ')
          .toLowerCase();
        return words.every((w) => hay.includes(w));
      })
      .map((e) => e.properties.event_id);
  }

  /** Counts per type of the events in the window, before the type checkboxes apply. */
  setCounts(events: AppEvent[]): void {
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.properties.event_type, (counts.get(e.properties.event_type) ?? 0) + 1);
    for (const [t, node] of this.countNodes) node.textContent = String(counts.get(t) ?? 0);
  }
}
