/**
 * News agencies written where a place could stand ("the state news agency SANA reported": not Sanaa), and apps and
 * media: "the governor said on Telegram", "posted on X", "a video shared
 * on Facebook", "in a Telegram post". Such a word is no place even when a spelling guess finds a village like it
 * ("Telegram" → Tālgrām, India): it is dropped when a preposition of publishing comes before it or a word of a post
 * after it.
 */
import type { Mention } from '../types.js';
import { lastWord } from './last-word.js';
import type { NameIndex } from './people.js';

const MEDIA = new Set([
  'Telegram',
  'X',
  'Twitter',
  'Facebook',
  'WhatsApp',
  'Whatsapp',
  'Instagram',
  'YouTube',
  'Youtube',
  'TikTok',
  'Signal',
  'Viber',
  'VKontakte',
  'VK',
  'Threads',
  'Bluesky',
  'Weibo',
  'WeChat',
  'Truth Social',
  'Odnoklassniki',
  'Rumble',
]);
/** Right before the name: "said on", "posted via", "wrote on his". */
const BEFORE = /\b(?:on|via|through|over)\s+(?:(?:his|her|their|its|the|a|an|official|personal)\s+)?$/i;
/** Right after the name: "a Telegram channel", "X account", "a Facebook post". */
const AFTER =
  /^\s+(?:channel|channels|post|posts|posted|account|accounts|message|messages|messaging|messenger|video|videos|page|pages|group|groups|statement|app|feed|handle|user|users)\b/i;

/** "the state news agency SANA", "the official agency IRNA": the name of a news agency or broadcaster. */
const AGENCY_BEFORE = /\b(?:news|press)\s+agency\s+$|\b(?:broadcaster|news\s+channel|news\s+outlet)\s+$/i;
/** "SANA news agency", "SANA reported", "WAFA said": an acronym reporting, or an agency's name before its kind. */
/** The words AGENCY_BEFORE can end with. */
const AGENCY_LAST = new Set(['agency', 'broadcaster', 'channel', 'outlet']);
const AGENCY_AFTER = /^\s+(?:news\s+agency|press\s+agency|agency\s+(?:reported|said))\b/i;
const ACRONYM_REPORTS = /^\s+(?:reported|said|quoted|cited|news)\b/;

/** A news agency written as one: after "news agency", before "news agency" or "agency reported". */
function writtenAsAgency(text: string, m: Mention): boolean {
  const from = Math.max(0, m.start - 30);
  return (
    (AGENCY_LAST.has(lastWord(text, from, m.start)) && AGENCY_BEFORE.test(text.slice(from, m.start))) ||
    AGENCY_AFTER.test(text.slice(m.end, m.end + 30))
  );
}

/** The agency cited again by its bare name: "according to Xinhua", "told Xinhua", "Xinhua reported". */
const CITED_BEFORE =
  /\b(?:according\s+to|told|quoted\s+by|cited\s+by|reported\s+by|said\s+in\s+a\s+report\s+by)\s+(?:the\s+)?$/i;
const CITED_AFTER = /^\s+(?:reported|reports|said|says|quoted|cited|added|news)\b/i;

/** True for an app, a medium or a news agency written as one (see above), or for a name written elsewhere in the text
 * as a news agency and cited here by its bare name ("the Xinhua news agency reported …", then "according to Xinhua":
 * not the Chinese town Xinhua). A country's name is never spread so ("Qatar News Agency" does not make "Qatar said"
 * an agency): `agencies` holds the other names written as agencies. */
function isMedium(text: string, m: Mention, agencies: Set<string>): boolean {
  if (writtenAsAgency(text, m)) return true;
  if (
    agencies.has(m.text) &&
    (CITED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      CITED_AFTER.test(text.slice(m.end, m.end + 12)))
  )
    return true;
  if (/^[A-Z]{3,6}$/.test(m.text) && ACRONYM_REPORTS.test(text.slice(m.end, m.end + 12))) return true;
  if (!MEDIA.has(m.text)) return false;
  return BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || AFTER.test(text.slice(m.end, m.end + 20));
}

/** Removes the media names from `mentions` (in place). */
export function dropMediaNames(text: string, gaz: NameIndex, mentions: Mention[]): void {
  const agencies = new Set<string>();
  for (const m of mentions)
    if (m.role === 'place' && writtenAsAgency(text, m) && !isCountry(m.text, gaz)) agencies.add(m.text);
  let k = 0;
  for (const m of mentions) if (!isMedium(text, m, agencies)) mentions[k++] = m;
  mentions.length = k;
}

function isCountry(name: string, gaz: NameIndex): boolean {
  return gaz.lookup(name, { limit: 3, loose: false }).some((c) => c.featureCode.startsWith('PCL'));
}
