/**
 * A short flash post ("BREAKING: Explosion at a police checkpoint in Quetta. At least 5 killed", "#Sudan: RSF drone
 * strike on Kosti …", "🔴 #Lebanon | Israeli drone strike targets a car …") is written as it happens: an event it
 * tells with no day of its own is of the post's day, not of some day of the week before it (as a live blog's stamped
 * post, live-day.ts). A post opens with a flash word or a hashtag and a separator, and is short (a news article that
 * opens "UPDATE:" goes on for pages and dates its events itself).
 */
import type { DateChoice } from './when.js';

const FLASH =
  /^\s*(?:(?:\u{1F534}|\u{1F6A8}|\u{26A0}|\u{26A1}|\u{2757}|\u{FE0F})\s*)*(?:(?:BREAKING(?:\s+NEWS)?|UPDATE|ALERT|JUST\s+IN|URGENT|FLASH|DEVELOPING)\s*[:|—–-]|#[A-Z][\w-]*\s*[:|—–-])/u;
/** The longest text read as one post (a few tweets' worth). */
const POST_CHARS = 600;

/** The post's day for an undated event of a flash post, or null when the text is no flash post. */
export function flashPostDay(text: string, published: string): DateChoice | null {
  if (text.length > POST_CHARS) return null;
  const m = FLASH.exec(text);
  if (!m) return null;
  const phrase = m[0].trim().replace(/\s*[:|—–-]$/, '');
  return { date: { date_start: published, date_end: published, time_precision: 1, phrase }, dated: false };
}
