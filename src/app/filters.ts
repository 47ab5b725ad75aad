/**
 * Legend with per-type counts and checkboxes, actor and country menus (most frequent first, with counts), and the
 * text search over location, actors and notes.
 */
import { byId, el } from './dom.js';
import { type AppEvent, EVENT_TYPES, typeColor } from './model.js';
import { rankedValues } from './view.js';

export interface FilterState {
  types: string[];
  q: string;
  /** '' = all actors. */
  actor: string;
  /** '' = all countries. */
  country: string;
}

/** Menu entries: at most this many actors or countries (the most frequent); a chosen one is always kept. */
const MAX_OPTIONS = 300;

export class Filters {
  readonly allTypes: string[];
  private readonly checked: Set<string>;
  private query = '';
  private readonly boxes = new Map<string, HTMLInputElement>();
  private readonly countNodes = new Map<string, HTMLElement>();
  private readonly search = byId<HTMLInputElement>('search');
  private readonly actorMenu = byId<HTMLSelectElement>('actor-filter');
  private readonly countryMenu = byId<HTMLSelectElement>('country-filter');
  private actor = '';
  private country = '';

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
    this.setEvents(events);
    this.actorMenu.addEventListener('change', () => {
      this.actor = this.actorMenu.value;
      this.onChange();
    });
    this.countryMenu.addEventListener('change', () => {
      this.country = this.countryMenu.value;
      this.onChange();
    });
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
    return {
      types: this.allTypes.filter((t) => this.checked.has(t)),
      q: this.query,
      actor: this.actor,
      country: this.country,
    };
  }

  /** Rebuilds the actor and country menus from the events (after a correction or an added article). */
  setEvents(events: AppEvent[]): void {
    fillMenu(
      this.actorMenu,
      'All actors',
      rankedValues(events, (e) => [e.properties.actor1, e.properties.actor2]),
      this.actor,
    );
    fillMenu(
      this.countryMenu,
      'All countries',
      rankedValues(events, (e) => [e.properties.country]),
      this.country,
    );
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
    if (s.actor !== undefined) {
      this.actor = s.actor;
      fillMenu(this.actorMenu, 'All actors', this.optionsOf(this.actorMenu), this.actor);
    }
    if (s.country !== undefined) {
      this.country = s.country;
      fillMenu(this.countryMenu, 'All countries', this.optionsOf(this.countryMenu), this.country);
    }
  }

  private optionsOf(menu: HTMLSelectElement): { value: string; count: number }[] {
    return [...menu.options].filter((o) => o.value).map((o) => ({ value: o.value, count: Number(o.dataset.count) }));
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

  /** Counts per type of the events in the view, before the type checkboxes apply. */
  setCounts(counts: Map<string, number>): void {
    for (const [t, node] of this.countNodes) node.textContent = String(counts.get(t) ?? 0);
  }
}

/** Fills a menu with "all" first and the values with their counts; a chosen value missing from the data is kept. */
function fillMenu(
  menu: HTMLSelectElement,
  allLabel: string,
  values: { value: string; count: number }[],
  chosen: string,
): void {
  const shown = values.slice(0, MAX_OPTIONS);
  if (chosen && !shown.some((v) => v.value === chosen)) shown.push({ value: chosen, count: 0 });
  const options = [el('option', { text: allLabel, attrs: { value: '' } })];
  for (const v of shown) {
    const o = el('option', { text: `${v.value} (${v.count})`, attrs: { value: v.value } });
    o.dataset.count = String(v.count);
    options.push(o);
  }
  menu.replaceChildren(...options);
  menu.value = chosen;
}
