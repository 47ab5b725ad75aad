/**
 * The article's candidates, told sentence by sentence (detect-events.ts), become its events: follow-ups and details
 * fold into the events they tell, leads that only sum up their details go, dates carry between references, and each
 * group of candidates telling one event is built into one feature (or reported as not coded).
 */
import type { Article, ConflictEvent, Issue } from '../types.js';
import { absorbDetails } from './absorb.js';
import { applyBareTolls } from './bare-toll.js';
import { applyClaimSpeakers } from './own-claim.js';
import { placeReferences } from './reference-place.js';
import { applyAirActors } from './air-actor.js';
import { addedTolls } from './added-toll.js';
import { repelledTolls } from './repelled-toll.js';
import { applyClaimedStrikes } from './claimed-strike.js';
import { applyActorEras } from './actor-era.js';
import { applyArrestAgents } from './arrest-agent.js';
import { applyEscortVictims } from './escort-victim.js';
import { applyEnemyObjects } from './enemy-object.js';
import { applyCaptureDefenders } from './foreign-capture.js';
import { applyMinistryReports } from './ministry-report.js';
import { applyHostTalks } from './host-talks.js';
import { applyInmateRiots } from './inmate-riot.js';
import { applyRiotPolice } from './riot-police.js';
import { applyPoliceVictims } from './police-victim.js';
import { applyRivalSides } from './rival-sides.js';
import { applyRegainHolders } from './regain-holder.js';
import { dateNightDetails } from './night-details.js';
import { applyBombAuthors } from './bomb-author.js';
import { applyHeldPlaceTargets } from './held-place-target.js';
import { applyCampHolders } from './camp-holder.js';
import { applyWoundingRaids } from './wounding-raid.js';
import { applyShootingAuthors } from './shooting-author.js';
import { foldAttackerDetails } from './attacker-detail.js';
import { foldBlastReports } from './blast-report.js';
import { applyIslamicStateProvinces } from './is-province.js';
import { buildEvent } from './build-event.js';
import { dateContinuations } from './continued-date.js';
import { applyFollowUps } from './follow-ups.js';
import { applyReferenceActors } from './reference-actor.js';
import { applyEventReferenceSides } from './reference-lead.js';
import { applyIdentifiedGroups } from './identified-group.js';
import { applyLaunchers } from './launcher-actor.js';
import { groupCandidates } from './group.js';
import { dateFromReportDay, roundupDay } from './lead-day.js';
import { dropLeadEchoes } from './lead-echo.js';
import type { ArticleContext, Candidate } from './model.js';
import { foldParticipleTolls } from './participle-toll.js';
import { applyQuotedTolls } from './quoted-toll.js';
import { dateFromReference, dateFromUnplaced } from './reference-date.js';
import type { Span } from './sentences.js';
import { splitSummaryLead } from './summary-lead.js';
import { unrestTolls } from './unrest-toll.js';
import { uniqueEvents } from './unique-events.js';

export interface AssemblyInput {
  sentences: Span[];
  /** The article text with quotes masked and datelines and running totals blanked (same offsets). */
  masked: string;
  /** Sentence index → the toll of its violent clauses that had no place. */
  unplaced: Map<number, number>;
  minConfidence: number;
  issues: Issue[];
}

/** The events of one article from its candidates, sorted by evidence offset; one per event id. */
export function assembleEvents(
  article: Article,
  ctx: ArticleContext,
  cands: Candidate[],
  { sentences, masked, unplaced, minConfidence, issues }: AssemblyInput,
): ConflictEvent[] {
  const text = article.text;
  placeReferences(cands, masked); // "The attack took place near the town of X." (reference-place.ts)
  applyFollowUps(cands, masked, sentences);
  applyQuotedTolls(cands, text, sentences); // '"We killed dozens of terrorists," the army said.' (quoted-toll.ts)
  applyBareTolls(cands, masked, sentences); // "… shelled El Obeid town. 6 civilians were killed." (bare-toll.ts)
  applyClaimSpeakers(cands, text); // '"We neutralised …," the army said' (own-claim.ts)
  applyReferenceActors(cands, masked, sentences);
  applyEventReferenceSides(cands, masked);
  applyIdentifiedGroups(cands, masked, sentences);
  applyLaunchers(cands, ctx, masked, sentences);
  const folded = foldAttackerDetails(foldBlastReports(foldParticipleTolls(cands), masked), masked);
  const absorbed = absorbDetails(folded, text);
  const day = roundupDay(absorbed, masked);
  const kept = dropLeadEchoes(splitSummaryLead(absorbed));
  dateContinuations(kept, masked);
  dateFromReference(kept, sentences, masked, article.published);
  dateFromUnplaced(kept, unplaced, sentences, masked, article.published);
  dateNightDetails(kept, sentences, masked, article.published); // "Overnight, Russia launched … In X, a drone hit …"
  unrestTolls(kept, unplaced, sentences, masked); // "shot dead by police during the unrest" (unrest-toll.ts)
  addedTolls(kept, unplaced, sentences, masked); // "…, an official said, adding that eight were killed" (added-toll.ts)
  repelledTolls(kept, unplaced, sentences, masked); // "Troops repelled the assault, killing 15" (repelled-toll.ts)
  dateFromReportDay(kept, masked, article.published, day);
  const features: ConflictEvent[] = [];
  for (const group of groupCandidates(kept, masked)) {
    const built = buildEvent(article, ctx, group, sentences, minConfidence);
    if (built.event) features.push(built.event);
    else {
      const s = group[0].sentence;
      issues.push({
        articleId: article.id,
        start: s.start,
        end: s.end,
        severity: 'info',
        message: `"${group[0].trigger}" not coded: ${built.dropped}`,
      });
    }
  }
  applyAirActors(features);
  applyClaimedStrikes(features); // "The army said air strikes neutralised 40 terrorists" (claimed-strike.ts)
  applyBombAuthors(features); // "A roadside bomb killed three soldiers": Unidentified Armed Group (bomb-author.ts)
  applyShootingAuthors(features); // "A journalist was shot dead": Unidentified Armed Group (shooting-author.ts)
  applyIslamicStateProvinces(features);
  applyArrestAgents(features); // "Authorities detained 40 people": the country's police (arrest-agent.ts)
  applyRivalSides(features); // "Rival militias clashed": one kind on both sides (rival-sides.ts)
  applyRegainHolders(features, masked); // the group that held a regained base, named before (regain-holder.ts)
  applyActorEras(features); // the Taliban since August 2021: Military Forces of Afghanistan (actor-era.ts)
  applyHeldPlaceTargets(features, text); // "struck a depot in RSF-held Nyala": the RSF (held-place-target.ts)
  applyCampHolders(features, text); // "… and a military camp. The strikes hit Houthi radar sites" (camp-holder.ts)
  applyWoundingRaids(features, text); // settlers who burn homes and wound two people: an Attack (wounding-raid.ts)
  applyEscortVictims(features); // "a convoy escorted by the army was ambushed": the army attacked (escort-victim.ts)
  applyEnemyObjects(features); // "repelled an attempted Ukrainian incursion": Ukraine's forces (enemy-object.ts)
  applyMinistryReports(features, ctx); // "The Ministry of Defence of X reports that units …" (ministry-report.ts)
  applyCaptureDefenders(features); // "Russian forces captured Yalta": Ukraine's forces lost it (foreign-capture.ts)
  applyPoliceVictims(features); // "Gunmen shot dead the police chief of X": the police (police-victim.ts)
  applyRiotPolice(features, text); // "… Police fired tear gas to disperse the rioters.": actor2 (riot-police.ts)
  applyInmateRiots(features); // "inmates killed six other inmates": Mob violence (inmate-riot.ts)
  applyHostTalks(features, ctx.focusCountry); // talks in Doha in a story about Chad: Chad's sides (host-talks.ts)
  const unique = uniqueEvents(features);
  unique.sort(
    (a, b) =>
      a.properties.evidence.start - b.properties.evidence.start ||
      a.properties.event_type.localeCompare(b.properties.event_type) ||
      a.properties.event_id.localeCompare(b.properties.event_id),
  );
  return unique;
}
