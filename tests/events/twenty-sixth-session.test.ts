// Events twenty-sixth session: the known-wrong list of the twenty-fifth session and causes found in thirty invented
// incident records (Latin America, South and Southeast Asia, Africa beyond the Sahel, Europe and the Caucasus,
// protests and riots), each told here in other invented sentences (docs/taxonomy.md, "Twenty-sixth session: events
// review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-28') => pipelineEvents(text, published);
const brief = (text: string, published = '2025-11-28') =>
  run(text, published).map(
    (e) => `${e.sub_event_type} @ ${e.location} ${e.date_start}..${e.date_end} ${e.actor1}|${e.actor2} ${e.fatalities}`,
  );

describe('the known-wrong list', () => {
  it('a raid on property that also wounds people in the next sentence is an Attack (wounding-raid.ts)', () => {
    const got = run(
      'Israeli settlers torched two cars and a barn in the village of Sinjil on Thursday. They also injured three Palestinians with clubs, the Palestinian Red Crescent said.',
    );
    expect(got.map((e) => [e.event_type, e.sub_event_type, e.actor1])).toEqual([
      ['Violence against civilians', 'Attack', 'Settlers (Israel)'],
    ]);
  });

  it('the wounding told in the same sentence is an Attack too', () => {
    const got = run('Israeli settlers torched two cars in Sinjil on Thursday and beat an elderly farmer.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });

  it('a raid on property with no one hurt stays property destruction', () => {
    const got = run('Israeli settlers torched two cars and a barn in Sinjil on Thursday. No one was injured.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Looting/property destruction']);
  });

  it('rioters who burn shops and injure people stay a riot', () => {
    const got = run('Rioters torched shops in Sinjil on Thursday and injured two shopkeepers.');
    expect(got.map((e) => e.event_type)).not.toContain('Violence against civilians');
  });

  it('a military camp struck in territory a group holds is the group’s when the report names its sites (camp-holder.ts)', () => {
    const got = run(
      'American jets struck a military camp and a port in Hodeidah on Wednesday. The raids targeted Houthi missile launchers, officials said.',
    );
    expect(got.map((e) => [e.actor1, e.actor2])).toEqual([['Military Forces of the United States', 'Houthis']]);
  });

  it('with no group’s sites named, the camp stays the army’s', () => {
    const got = run('American jets struck a military camp and a port in Hodeidah on Wednesday, officials said.');
    expect(got.map((e) => e.actor2)).toEqual(['Military Forces of Yemen']);
  });

  it('talks between a government and rebels that resumed are an Agreement (taxonomy.json)', () => {
    const got = run('Talks between the Colombian government and ELN rebels resumed in Caracas on Tuesday.');
    expect(got.map((e) => [e.sub_event_type, e.location, e.date_start])).toEqual([
      ['Agreement', 'Caracas', '2025-11-25'],
    ]);
  });

  it('trade talks between the same sides are no event', () => {
    expect(run('Trade talks between the government and the rebels resumed in Caracas on Tuesday.')).toEqual([]);
  });

  it('a toll update naming the day dates the event it updates (reference-date.ts)', () => {
    const got = run(
      'A Russian missile hit an apartment block in Dnipro, killing four people, the governor said on Thursday. The strike on Tuesday also injured 20 people.',
    );
    expect(got.map((e) => [e.location, e.date_start, e.fatalities])).toEqual([['Dnipro', '2025-11-25', 4]]);
  });

  it('"yesterday" in a statement headed with its own date counts from that date (statement-dated.ts)', () => {
    const got = run(
      'In a statement dated 9 November, the police said that yesterday gunmen attacked a checkpoint near Bannu, killing two officers.',
    );
    expect(got.map((e) => [e.location, e.date_start])).toEqual([['Bannu', '2025-11-08']]);
  });

  it('a sentence opening on a span of days keeps the whole span (day-span.ts)', () => {
    const got = run('Between 3 and 7 November, RSF fighters looted villages around El Fasher, aid workers said.');
    expect(got.map((e) => [e.date_start, e.date_end, e.time_precision])).toEqual([['2025-11-03', '2025-11-07', 2]]);
  });

  it('each of a pair of backers is an associate, not a side (actors.ts)', () => {
    const got = run(
      'A ceasefire was agreed in Homs on Monday after the advance of Syrian troops, backed by Iran and Shiite militias from Iraq.',
    );
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Agreement', 'Military Forces of Syria', ''],
    ]);
  });
});

describe('causes found in the thirty records', () => {
  it('"gunmen linked to a cartel killed …" is the gunmen’s attack, not a reference to another event (linked-subject.ts)', () => {
    expect(brief('Gunmen linked to the Jalisco cartel shot dead three people at a bar in Celaya on Sunday.')).toEqual([
      'Attack @ Celaya 2025-11-23..2025-11-23 CJNG: Jalisco New Generation Cartel|Civilians (Mexico) 3',
    ]);
  });

  it('"leaders linked to the attacks" still names another event', () => {
    expect(
      run('Police in Celaya arrested two men linked to the attacks on Sunday.').map((e) => e.sub_event_type),
    ).toEqual(['Arrests']);
  });

  it('"N members of the <named force> were killed" is a toll (fatalities.ts)', () => {
    const got = run(
      'Three members of the Special Task Force were killed when rebels ambushed a patrol near Sukma on Monday.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([3]);
  });

  it('"Maoists" in India are the CPI (Maoist) (actors.json)', () => {
    const got = run('Maoists torched three trucks at a road construction site near Sukma on Monday.');
    expect(got.map((e) => e.actor1)).toEqual(['CPI (Maoist): Communist Party of India (Maoist)']);
  });

  it('a bare toll of two counts after the event is its toll (bare-toll.ts)', () => {
    const got = run(
      'Fano fighters attacked an army camp near Gondar on Friday. The army said 20 militiamen and four soldiers were killed.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([24]);
  });
});

describe('more causes found in the thirty records', () => {
  it('inmates, suspects, a chief, a volunteer and a lynched thief count as dead (fatalities.ts)', () => {
    expect(
      run('At least nine inmates were killed in fighting between gangs at the prison in Guayaquil on Monday.').map(
        (e) => e.fatalities,
      ),
    ).toEqual([9]);
    expect(run('Gunmen shot dead a village chief near Maiduguri on Monday.').map((e) => e.fatalities)).toEqual([1]);
    expect(run('A mob lynched a suspected robber in Eldoret on Monday.').map((e) => e.fatalities)).toEqual([1]);
  });

  it('"N suspects were killed in shootouts with officers" after an operation is its toll (bare-toll.ts)', () => {
    const got = run(
      'Police raided a gang hideout in the Jacarezinho favela in Rio de Janeiro on Tuesday. Six suspects were killed in shootouts with officers, the police said.',
    );
    expect(got.map((e) => e.fatalities)).toEqual([6]);
  });

  it('"for a third night on Wednesday" is Wednesday (resolve-date.ts)', () => {
    const got = run('Rioters hurled stones at police in Larne for a second night on Tuesday.');
    expect(got.map((e) => [e.date_start, e.date_end])).toEqual([['2025-11-25', '2025-11-25']]);
  });

  it('the intervention told with the arrests it made types the protest (protest-followup.ts)', () => {
    const got = run(
      'Hundreds of students rallied in Yerevan on Monday against the border deal. Police used pepper spray to disperse them, and detained 12 people.',
    );
    expect(got.map((e) => [e.sub_event_type, e.actor2])).toEqual([
      ['Protest with intervention', 'Police Forces of Armenia'],
    ]);
  });

  it('protesters who riot are coded as rioters (targets.ts)', () => {
    const got = run('Angry protesters set fire to a bus and a police kiosk in Chittagong on Monday.');
    expect(got.map((e) => [e.event_type, e.actor1])).toEqual([['Riots', 'Rioters (Bangladesh)']]);
  });

  it('an attack with drones is a drone strike (taxonomy.json)', () => {
    const got = run('ELN guerrillas attacked an army base with explosive-laden drones in Saravena on Sunday.');
    expect(got.map((e) => e.sub_event_type)).toEqual(['Air/drone strike']);
  });

  it('a repelled incursion is an armed clash (taxonomy.json)', () => {
    const got = run(
      'Russian troops repelled an attempted Ukrainian incursion near Sudzha on Sunday, the ministry said.',
    );
    expect(got.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'Sudzha']]);
  });

  it('police regaining control of a prison take no territory (taxonomy.json)', () => {
    const got = run(
      'Inmates rioted at the prison in Guayaquil on Monday; police regained control of the prison by night.',
    );
    expect(got.map((e) => e.sub_event_type)).not.toContain('Government regains territory');
  });

  it('a country label opening an item is no actor (topic-label.ts)', () => {
    const got = run('Iraq: A car bomb killed seven people at a market in Kirkuk on Monday.');
    expect(got.map((e) => e.actor1)).not.toContain('Military Forces of Iraq');
    expect(got.map((e) => e.actor1)).not.toContain('Government of Iraq');
  });

  it('a town label opening an item stays its place', () => {
    const got = run('Kharkiv: A Russian drone hit a house on Monday, wounding two people.');
    expect(got.map((e) => e.location)).toEqual(['Kharkiv']);
  });

  it('the 3R in the Central African Republic is a named group (actors.json)', () => {
    const got = run('3R fighters attacked a gendarmerie post in Bocaranga on Sunday.');
    expect(got.map((e) => e.actor1)).toEqual(['3R: Return, Reclamation, Rehabilitation']);
  });
});
