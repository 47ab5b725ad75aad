/** The event popup, built only from DOM nodes and textContent: article data is never parsed as HTML. */
import type { AlternativeSummary } from '../types.js';
import type { EventCorrection } from './corrections.js';
import { el, safeHttpUrl } from './dom.js';
import { type AppEvent, EVENT_TYPES, typeColor } from './model.js';

export interface PopupActions {
  correction: EventCorrection | undefined;
  onChoosePlace(alt: AlternativeSummary): void;
  onSetDate(date: string): void;
  onSetType(type: string): void;
  onMovePin(): void;
  onReset(): void;
}

const TIME_WORDS: Record<number, string> = {
  1: 'exact day',
  2: 'approximate: within about a week',
  3: 'approximate: within a month or vaguer',
};
const GEO_WORDS: Record<number, string> = {
  1: 'the place itself',
  2: 'near the place, or part of a region',
  3: 'a larger region',
};

export function eventTitle(e: AppEvent): string {
  const p = e.properties;
  if (p.title?.trim()) return p.title.trim();
  const what = p.sub_event_type || p.event_type;
  return p.location ? `${what} in ${p.location}` : what;
}

export function dateText(e: AppEvent): string {
  const p = e.properties;
  const range = p.date_start === p.date_end ? p.date_start : `${p.date_start} to ${p.date_end}`;
  return `${range} (${TIME_WORDS[p.time_precision] ?? 'unknown precision'})`;
}

function row(label: string, value: string | Node): HTMLElement {
  return el('div', { class: 'ge-row' }, [el('dt', { text: label }), el('dd', {}, [value])]);
}

/** The evidence sentence with the place name wrapped in <mark> (offsets are article offsets). */
export function evidenceNode(e: AppEvent): HTMLElement {
  const ev = e.properties.evidence;
  const q = el('blockquote', { class: 'ge-evidence' });
  const text = ev.text ?? '';
  const rs = typeof ev.place_start === 'number' ? ev.place_start - ev.start : -1;
  const re = typeof ev.place_end === 'number' ? ev.place_end - ev.start : -1;
  if (rs >= 0 && re > rs && re <= text.length) {
    q.append(text.slice(0, rs), el('mark', { text: text.slice(rs, re) }), text.slice(re));
  } else {
    q.textContent = text;
  }
  return q;
}

function describe(v: unknown): string {
  if (v && typeof v === 'object' && 'name' in v) return String((v as { name: unknown }).name);
  return v == null ? '' : String(v);
}

function candidates(e: AppEvent, actions: PopupActions): HTMLElement {
  const alts = e.properties.alternatives;
  const box = el('section', { class: 'ge-candidates', attrs: { 'aria-label': 'Other candidates' } }, [
    el('h4', { text: 'Other candidates' }),
  ]);
  if (!alts.length) {
    box.append(el('p', { class: 'ge-muted', text: 'No other candidates.' }));
    return box;
  }
  const list = el('ul');
  for (const alt of alts) {
    const meta = [alt.countryCode, alt.featureCode].filter(Boolean).join(', ');
    const btn = el('button', { class: 'ge-use', text: 'Use this place', attrs: { type: 'button' } });
    btn.addEventListener('click', () => actions.onChoosePlace(alt));
    list.append(
      el('li', {}, [
        el('div', { class: 'ge-cand-head' }, [
          el('strong', { text: alt.name }),
          meta ? ` (${meta})` : '',
          el('span', { class: 'ge-muted', text: ` score ${alt.score.toFixed(2)}` }),
        ]),
        alt.reasons.length ? el('div', { class: 'ge-reasons', text: alt.reasons.join('; ') }) : null,
        btn,
      ]),
    );
  }
  box.append(list);
  return box;
}

function correctionForm(e: AppEvent, actions: PopupActions): HTMLElement {
  const p = e.properties;
  const date = el('input', { attrs: { type: 'date', name: 'date', 'aria-label': 'Event date' } });
  date.value = p.event_date;
  const type = el('select', { attrs: { name: 'type', 'aria-label': 'Event type' } });
  const types: string[] = EVENT_TYPES.includes(p.event_type as (typeof EVENT_TYPES)[number])
    ? [...EVENT_TYPES]
    : [p.event_type, ...EVENT_TYPES];
  for (const t of types) type.append(el('option', { text: t, attrs: { value: t } }));
  type.value = p.event_type;
  const form = el('form', { class: 'ge-correct' }, [
    el('label', {}, ['Event date ', date]),
    el('label', {}, ['Event type ', type]),
    el('button', { text: 'Save correction', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (type.value !== p.event_type) actions.onSetType(type.value);
    if (date.value && date.value !== p.event_date) actions.onSetDate(date.value);
  });
  const move = el('button', { class: 'ge-move', text: 'Move the pin', attrs: { type: 'button' } });
  move.addEventListener('click', () => actions.onMovePin());
  const details = el('details', { class: 'ge-details' }, [
    el('summary', { text: 'Correct this event' }),
    el('p', {}, [move, el('span', { class: 'ge-muted', text: ' drag it to where the event happened' })]),
    form,
  ]);
  const audit = actions.correction?.audit ?? [];
  if (actions.correction) {
    const reset = el('button', { class: 'ge-reset', text: 'Reset', attrs: { type: 'button' } });
    reset.addEventListener('click', () => actions.onReset());
    const log = el('ul', { class: 'ge-audit' });
    for (const c of audit)
      log.append(el('li', { text: `${c.field}: ${describe(c.from)} → ${describe(c.to)} (${c.at})` }));
    details.append(el('p', { text: 'Corrections:' }), log, reset);
  }
  return details;
}

export function popupContent(e: AppEvent, actions: PopupActions): HTMLElement {
  const p = e.properties;
  const href = safeHttpUrl(p.source_url);
  const titleText = eventTitle(e);
  const title = el('h3', { class: 'ge-title' }, [
    href ? el('a', { text: titleText, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }) : titleText,
  ]);
  const publishers = [p.source, ...(p.sources ?? []).map((s) => s.source)].filter(Boolean);
  const actors = [p.actor1, p.actor2].filter(Boolean).join(' vs ');
  const swatch = el('span', { class: 'ge-swatch', attrs: { 'aria-hidden': 'true' } });
  swatch.style.background = typeColor(p.event_type);
  const dl = el(
    'dl',
    { class: 'ge-facts' },
    [
      row('Source', [...new Set(publishers)].join(', ') || 'unknown'),
      row('Date', dateText(e)),
      row('Type', el('span', {}, [swatch, p.sub_event_type ? `${p.event_type} / ${p.sub_event_type}` : p.event_type])),
      actors ? row('Actors', actors) : null,
      row('Fatalities', String(p.fatalities)),
      row('Place', [p.location, p.admin1, p.country].filter(Boolean).join(', ')),
      row('Geo precision', `${p.geo_precision}: ${GEO_WORDS[p.geo_precision] ?? ''}`),
    ].filter((n): n is HTMLElement => n !== null),
  );
  const root = el('article', { class: 'ge-popup' }, [
    title,
    actions.correction ? el('p', { class: 'ge-badge', text: 'corrected' }) : null,
    dl,
    p.evidence.text ? evidenceNode(e) : null,
    p.notes ? el('p', { class: 'ge-notes', text: p.notes }) : null,
    candidates(e, actions),
    correctionForm(e, actions),
  ]);
  return root;
}
