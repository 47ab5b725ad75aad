/** The shape of data/taxonomy.json (documented in docs/taxonomy.md): rules, their variants and the guards. */
export interface Variant {
  when: string;
  unless?: string;
  event_type: string;
  sub_event_type: string;
}

export interface TaxonomyRule {
  id: string;
  event_type: string;
  sub_event_type: string;
  strength: number;
  head: string;
  patterns: string[];
  case_sensitive?: string[];
  not?: string[];
  /** Exclusions looked for anywhere in the clause ("a cholera outbreak in the capital has killed 40"). */
  not_clause?: string[];
  generic?: boolean;
  modal_ok?: boolean;
  variants?: Variant[];
}

export interface TaxonomyFile {
  version: number;
  hierarchy: string[];
  guards: {
    irrealis: string;
    statistic: string;
    stance: string;
    relative_background: string;
    /** A trigger naming another, earlier event: "leaders linked to the Paris attack", "suspected of the bombing". */
    reference?: string;
    /** Background and generic statements: "the latest in a series of such attacks", "accustomed to attacks". */
    background?: string;
    /** A running toll ("has killed 7,000 people since January"): a summary of many events, not one. */
    cumulative?: string;
    /** A judicial execution ("hanged after being convicted", "carried out the death sentence"): no political violence. */
    judicial?: string;
    /** A report's tally over a period ("the UN said in a report that 120 were abducted since January"): no event. */
    report_tally?: string;
    /** Right after a trigger: "the strikes would continue", "an attack could come": not one that happened. */
    irrealis_after?: string;
    /** After a definite trigger: "The attacks come as …", "The strike followed days of …": the event told before. */
    reference_after?: string;
    /** Read through a definite trigger that ends its phrase: "Following the attack, the army raided …" names the event
     * told before, and the clause's news is what comes after the comma; it ends with an event noun, so a fronted clause
     * with a verb ("After the gunmen opened fire, residents fled") still tells its event. */
    opening_reference?: string;
    /** "came eight months after clashes … prompted airstrikes": every trigger after it in the clause is that past event. */
    long_after?: string;
    /** A backdrop clause: ", as fighting intensified across the north-west" (a trend, not one more event). */
    backdrop?: string;
    /** Commentary: what analysts or scholars make of events ("analysts said the raids were meant to …") tells none. */
    commentary?: string;
    /** Only before a plural trigger: "blamed for attacks in X" (a record, not one event). */
    generic_plural?: string;
    habitual: string;
    /** Before a present-tense trigger: "cells remain in the desert, where they attack checkpoints" (a pattern). */
    habitual_present?: string;
    /** Right after a trigger: "shelled the town daily" tells a pattern, not one event. */
    habitual_after?: string;
    /** Right after a trigger: "shelling of the city had increased" tells a trend, not one event. */
    trend_after?: string;
    hedge: string;
    /** Drills before a trigger, commemorations, a work's plot, a review's title (docs/taxonomy.md, precision review). */
    exercise?: string;
    /** "the court found that the men had helped plan the assault, in which gunmen stormed …": a crime told in court. */
    testimony?: string;
    commemoration?: string;
    portrayal?: string;
    review_title?: string;
  };
  victims: { civilian: string; combatant: string };
  /** Article topic: in a hazard/accident/disease article, bare tolls of `toll_rules` need a sign of `violence`. */
  topic?: { hazard: string; toll_rules: string[]; violence: string };
  rules: TaxonomyRule[];
}
