// Rules from six long pages of the twenty-third session (the West Bank and Gaza, the Red Sea and Marib, Mali's fuel
// blockade, a gang attack north of Port-au-Prince, Catatumbo, north-west Pakistan), each told in sentences of our own:
// - "set fire to at least 30 fuel tankers": a quantity before the property burned (taxonomy.json);
// - "the al-Qaida-linked group JNIM", "the Iran-backed Houthis": the hyphened qualifier is no party (actors.ts);
// - "The attack began late Wednesday when …" after the attack told before: that attack's detail, at its town, folded
//   into it with its day (reference-lead.ts, group.ts);
// - violence with no place right after a violent event at a town, in the same paragraph, goes on at that town
//   (fallback-place.ts), not at the article's most mentioned place;
// - "In Gaza, an Israeli airstrike hit a house in Khan Younis": an event told between two names makes neither the
//   other's container (qualifiers.ts);
// - ", as a fragile ceasefire in Gaza came under strain": a backdrop's place is no place of the event (where.ts);
// - "The clashes broke out in X and spread to Y": the sides of the clashes told before (reference-lead.ts);
// - "It described them as members of the Pakistani Taliban": the unidentified party is named (identified-group.ts);
// - "Authorities blamed the Jaime Martínez front, a FARC dissident group": a blamed party with an apposition
//   (blame.ts); the front and the Gran Grif gang are in the actors file.
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

describe('property burned', () => {
  it('"set fire to at least 30 fuel tankers" is property destruction by the group, its affiliation no party', () => {
    const events = pipelineEvents(
      'Fighters of the al-Qaida-linked group JNIM set fire to at least 30 fuel tankers near Kayes on Saturday, drivers said.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.date_start])).toEqual([
      ['Looting/property destruction', 'JNIM: Jamaat Nusrat al-Islam wal-Muslimin', '', '2025-11-15'],
    ]);
  });

  it('"the Iran-backed Houthis" leave Iran out of the parties', () => {
    const events = pipelineEvents('The Iran-backed Houthis fired a drone at Eilat on Sunday.', '2025-11-17');
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([['Houthis', '']]);
  });
});

describe('a reference that tells how the attack went', () => {
  const lead =
    'Gunmen killed at least 14 villagers in an overnight attack on the town of Arcahaie, officials said on Friday.';
  it('"The attack began late Wednesday when …" is the same attack, at its town, dated with its day', () => {
    const events = pipelineEvents(
      `${lead} The attack began late Wednesday when armed men stormed two neighbourhoods, setting houses on fire.`,
      '2025-11-21',
    );
    expect(events.map((e) => e.location)).toEqual(['Arcahaie']);
    expect(events[0].date_start).toBe('2025-11-19');
    expect(events[0].fatalities).toBe(14);
  });

  it('a shootout told next in the paragraph, with no place of its own, is at that town', () => {
    const events = pipelineEvents(
      `Port-au-Prince remains tense. ${lead} Police reached the area on Thursday, and two gunmen were killed in a shootout. In Port-au-Prince, residents fled their homes.`,
      '2025-11-21',
    );
    const shootout = events.find((e) => e.event_type === 'Battles');
    expect(shootout?.location).toBe('Arcahaie');
    expect(shootout?.fatalities).toBe(2);
  });

  it('a new paragraph may turn to other things: no event placed by the paragraph before', () => {
    const events = pipelineEvents(
      `${lead}\n\nA diplomat was killed in a shooting years ago, a report recalled.`,
      '2025-11-21',
    );
    expect(events.filter((e) => e.location === 'Arcahaie')).toHaveLength(1);
  });
});

describe('places around an event clause', () => {
  it('"In Gaza, an Israeli airstrike hit a house in Khan Younis" is in Khan Younis', () => {
    const events = pipelineEvents(
      'In Gaza, an Israeli airstrike hit a house in Khan Younis on Sunday night, killing three people.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.sub_event_type, e.location, e.fatalities])).toEqual([
      ['Air/drone strike', 'Khān Yūnis', 3],
    ]);
  });

  it('a backdrop ", as a fragile truce in Gaza came under strain" is no second place of the raid', () => {
    const events = pipelineEvents(
      'Israeli troops killed three Palestinians during a raid on the Jenin refugee camp early Monday, as a fragile truce in Gaza came under strain.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.location, e.fatalities])).toEqual([['Janīn', 3]]);
  });
});

describe('the parties of a reference back', () => {
  it('"The clashes broke out in X and spread to Y" take the sides told before', () => {
    const events = pipelineEvents(
      'Fighting between the National Liberation Army and FARC dissidents killed six people in the Catatumbo region over the weekend. The clashes broke out on Saturday in Tibu and spread to El Tarra.',
      '2025-11-17',
    );
    const towns = events.filter((e) => e.location === 'Tibú' || e.location === 'El Tarra');
    expect(towns).toHaveLength(2);
    for (const e of towns) expect(e.actor1).toBe('ELN: National Liberation Army');
  });

  it('"It described them as members of the Pakistani Taliban" names the militants', () => {
    const events = pipelineEvents(
      'Pakistani troops killed 11 militants in the Kurram district on Wednesday. The military described them as members of the Pakistani Taliban.',
      '2025-11-20',
    );
    expect(events.map((e) => [e.actor1, e.actor2])).toEqual([
      ['Military Forces of Pakistan', 'TTP: Tehreek-i-Taliban Pakistan'],
    ]);
  });
});

describe('parties named around an attack', () => {
  it('"Authorities blamed the Jaime Martínez front, a FARC dissident group" names the bomber', () => {
    const events = pipelineEvents(
      'A car bomb exploded near a police post in the town of Suárez on Sunday, wounding two officers. Authorities blamed the Jaime Martínez front, a FARC dissident group.',
      '2025-11-17',
    );
    expect(events.map((e) => [e.location, e.actor1])).toEqual([['Suárez', 'FARC Dissidents']]);
  });

  it('the Gran Grif gang is an actor', () => {
    const events = pipelineEvents(
      'Members of the Gran Grif gang killed six people in the town of Saint-Marc on Monday.',
      '2025-11-21',
    );
    expect(events.map((e) => e.actor1)).toEqual(['Gran Grif']);
  });
});
