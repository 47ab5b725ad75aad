import { describe, expect, test } from 'vitest';
import { classify, subEventTypes, TAXONOMY } from '../../src/events/taxonomy.js';

const type = (s: string) => {
  const c = classify(s);
  return c ? `${c.event_type}/${c.sub_event_type}` : null;
};

describe('classify', () => {
  test.each([
    ['Warplanes struck the town, killing three civilians', 'Explosions/Remote violence/Air/drone strike'],
    ['A raid by soldiers killed a civilian', 'Violence against civilians/Attack'],
    ['A raid by soldiers on the village', 'Battles/Armed clash'],
    ['Clashes between the army and rebels killed five civilians', 'Battles/Armed clash'],
    ['Troops seized weapons and killed two militants', 'Battles/Armed clash'],
    ['Gunmen killed two soldiers', 'Battles/Armed clash'],
    ['Rebels recaptured the village', 'Battles/Non-state actor overtakes territory'],
    ['Government forces recaptured the village', 'Battles/Government regains territory'],
    ['Police fired tear gas at protesters', 'Protests/Protest with intervention'],
    ['Protesters threw stones and torched tyres', 'Riots/Violent demonstration'],
    ['Israeli forces pulled out of the village', 'Strategic developments/Non-violent transfer of territory'],
    ['troops located and destroyed 15 weapons caches', 'Strategic developments/Disrupted weapons use'],
    ['Lebanese and Israeli representatives held their first direct talks', 'Strategic developments/Agreement'],
    ['Israel has repeatedly bombed Lebanon', 'Explosions/Remote violence/Air/drone strike'],
    ['Israel has ramped up its strikes in recent weeks', 'Explosions/Remote violence/Air/drone strike'],
    // Headline language: present tense, the method named by its agent, scare words.
    ['Warplanes bomb the outskirts of the town', 'Explosions/Remote violence/Air/drone strike'],
    ['Helicopters kill a family in the village', 'Explosions/Remote violence/Air/drone strike'],
    ['a massacre carried out by enemy warplanes on the hamlet', 'Explosions/Remote violence/Air/drone strike'],
    ['Explosive barrels target the town', 'Explosions/Remote violence/Air/drone strike'],
    ['Regime helicopters bombard the valley', 'Explosions/Remote violence/Air/drone strike'],
    ['Artillery units bombard the valley', 'Explosions/Remote violence/Shelling/artillery/missile attack'],
    ['Rebels kill 12 soldiers near the airport', 'Battles/Armed clash'],
    ['Gunmen kill four police officers at a checkpoint', 'Battles/Armed clash'],
    ['Militants take control of the town', 'Battles/Non-state actor overtakes territory'],
    ['Fierce battles continue on the edge of the city', 'Battles/Armed clash'],
    ['Fighters destroy a tank on the front', 'Battles/Armed clash'],
    ['The factions target army positions', 'Battles/Armed clash'],
    ['The group stoned two women in the square', 'Violence against civilians/Attack'],
    ['A casualty on the highway', 'Violence against civilians/Attack'],
    ['Protesters clash with police outside parliament', 'Riots/Violent demonstration'],
    ['30 casualties due to airstrikes on the market', 'Explosions/Remote violence/Air/drone strike'],
    ['The two sides complete the second phase of the deal', 'Strategic developments/Agreement'],
    ['a high number of injured in airstrikes on the bazaar', 'Explosions/Remote violence/Air/drone strike'],
    ['The group crucifies three men in the square', 'Violence against civilians/Attack'],
    ['The police lashes a man for smoking', 'Violence against civilians/Attack'],
    // A bare "strike" that kills, or lands near a place, is a strike from the air.
    ['A strike near the refugee camp killed three men', 'Explosions/Remote violence/Air/drone strike'],
    ['A strike flattened a house in the neighbourhood', 'Explosions/Remote violence/Air/drone strike'],
    // The attack is why they were arrested, not the event told.
    ['Police arrested three men on Tuesday over an attack on a checkpoint', 'Strategic developments/Arrests'],
  ])('%s → %s', (s, want) => expect(type(s)).toBe(want));

  test.each([
    'He said the talks sought the complete Israeli withdrawal',
    'a stipulation that it pull out entirely',
    'aiming to capture an official',
    'Officials fear attacks could resume',
    'troops are believed to be operating there, carrying out airstrikes',
    'the faction, a group that had fought against Assad',
    'enemies who often clashed with it',
    'Central Command, which typically issues statements when an operation kills a member',
    'the number of IS attacks had fallen',
    'teachers went on strike; a general strike was called',
    'the United States pushed for direct talks',
    'she met with the prime minister',
    'Police did not arrest anyone',
    'Both sides are due to hold talks next week',
    'the legal battles over the land',
    'the new discussions were limited to implementing the truce',
    'Two people have died of the flu in the city',
    'Thousands of birds were slaughtered in the province',
    'The virus has killed two women this week',
    // "Martyrs" in the name of a hospital or a square.
    'Al-Aqsa Martyrs Hospital in the town received the wounded',
  ])('no event: %s', (s) => expect(type(s)).toBeNull());

  test('references back are marked definite only for event nouns', () => {
    expect(classify('The raid occurred in the town')?.definite).toBe(true);
    expect(classify('Neighbours said the Oct. 3 raid began')?.definite).toBe(true);
    expect(classify('A raid by soldiers killed a man')?.definite).toBe(false);
    expect(classify('The two sides met at the base')?.definite).toBe(false);
  });

  test('hedges are flagged', () => {
    expect(classify('A raid allegedly killed a man')?.hedged).toBe(true);
  });

  test('the taxonomy covers every ACLED sub-event type named in the brief', () => {
    const all = subEventTypes().map((t) => `${t.event_type}/${t.sub_event_type}`);
    for (const want of [
      'Battles/Armed clash',
      'Battles/Government regains territory',
      'Battles/Non-state actor overtakes territory',
      'Explosions/Remote violence/Air/drone strike',
      'Explosions/Remote violence/Shelling/artillery/missile attack',
      'Explosions/Remote violence/Remote explosive/landmine/IED',
      'Explosions/Remote violence/Suicide bomb',
      'Explosions/Remote violence/Grenade',
      'Violence against civilians/Attack',
      'Violence against civilians/Abduction/forced disappearance',
      'Violence against civilians/Sexual violence',
      'Protests/Peaceful protest',
      'Protests/Protest with intervention',
      'Protests/Excessive force against protesters',
      'Riots/Violent demonstration',
      'Riots/Mob violence',
      'Strategic developments/Agreement',
      'Strategic developments/Arrests',
      'Strategic developments/Change to group/activity',
      'Strategic developments/Disrupted weapons use',
      'Strategic developments/Headquarters or base established',
      'Strategic developments/Looting/property destruction',
      'Strategic developments/Non-violent transfer of territory',
      'Strategic developments/Other',
    ])
      expect(all).toContain(want);
    expect(TAXONOMY.hierarchy[0]).toBe('Explosions/Remote violence');
  });
});
