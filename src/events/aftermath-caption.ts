/**
 * An archive photo's caption ("… (AP/File)", "(File/AFP)", "File photo: …") shows an earlier scene.
 * A photo caption that shows the marks of earlier fighting ("A man walks past a building damaged in fighting in X",
 * "the ruins of homes destroyed by air strikes") illustrates the war, not an event of this report: like an archive
 * photo it gives no event (docs/taxonomy.md, "Seventh review"). A caption of the scene of a strike ("Smoke billows
 * from the site of an air strike on X") or of a place "hit by" a strike still may.
 */
import type { FrontMatter } from '../types.js';

/** A photo credit naming an archive picture, at the caption's end ("(Reuters/File)", "(File/AFP)", "(AFP file photo)"), or
 * "File photo:" first. */
const ARCHIVE_CAPTION =
  /\((?:[^()]{0,40}[/,\s])?file(?:\s+(?:photo|picture|image))?(?:\s*[/,][^()]{0,40})?\)\s*$|^\s*file\s+(?:photo|picture|image)\b/i;

const DAMAGED_IN =
  /\b(?:damaged|destroyed|gutted|flattened|scarred|levelled|leveled)\s+(?:by|in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|clashes|war|battles?|strikes?|airstrikes?|air\s+strikes?|shelling|bombardments?|bombings?)\b/i;

/** "Villagers look at burnt houses after an attack in X": the ruins left by an attack (docs/taxonomy.md, "Ninth review"). */
const RUINS_AFTER =
  /\b(?:burnt|burned|charred|torched|gutted|destroyed|damaged)\s+(?:[\w-]+\s+)?(?:houses|homes|huts|buildings|shops|vehicles|cars|market|church|mosque|school|village)\s+(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|assaults?|clashes|fighting)\b/i;

/** "Mourners carry the bodies of two men killed in a raid during their funeral in X on Tuesday": the funeral after the
 * killing, dated by the funeral's day; the body tells the killing (docs/taxonomy.md, "Fifteenth review"). */
const FUNERAL = /\b(?:mourners|funerals?|burials?|pallbearers|coffins?)\b/i;

/** Whether the caption shows an archive picture or the aftermath of earlier fighting: no event of this report. */
const noEventCaption = (caption: string): boolean => ARCHIVE_CAPTION.test(caption) || aftermathCaption(caption);

/** The captions of `front` that tell no event of this report: an archive photo ("… (AP/File)", "File photo: …") shows
 * an earlier scene, and so does damage from earlier fighting. */
export const noEventCaptions = (front: FrontMatter[] | undefined, text: string): FrontMatter[] =>
  (front ?? []).filter((f) => f.kind === 'caption' && noEventCaption(text.slice(f.start, f.end)));

/** Whether the caption's text only shows damage from earlier fighting, or the mourning after it. */
export function aftermathCaption(caption: string): boolean {
  return DAMAGED_IN.test(caption) || RUINS_AFTER.test(caption) || FUNERAL.test(caption);
}
