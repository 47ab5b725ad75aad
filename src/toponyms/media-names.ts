/**
 * Apps and media written where a place could stand: "the governor said on Telegram", "posted on X", "a video shared
 * on Facebook", "in a Telegram post". Such a word is no place even when a spelling guess finds a village like it
 * ("Telegram" → Tālgrām, India): it is dropped when a preposition of publishing comes before it or a word of a post
 * after it.
 */
import type { Mention } from '../types.js';

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

/** True for an app or medium written as one (see above). */
function isMedium(text: string, m: Mention): boolean {
  if (!MEDIA.has(m.text)) return false;
  return BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || AFTER.test(text.slice(m.end, m.end + 20));
}

/** Removes the media names from `mentions` (in place). */
export function dropMediaNames(text: string, mentions: Mention[]): void {
  if (!mentions.some((m) => isMedium(text, m))) return;
  let k = 0;
  for (const m of mentions) if (!isMedium(text, m)) mentions[k++] = m;
  mentions.length = k;
}
