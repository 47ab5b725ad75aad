// Events twenty-fifth session: the known-wrong list of the twenty-fourth session and causes found in forty invented
// incident records (wire items, UN / NGO updates, think-tank assessments, flash posts, non-violent items), each told
// here in other invented sentences (docs/taxonomy.md, "Twenty-fifth session: events review").
import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const run = (text: string, published = '2025-11-26') => pipelineEvents(text, published);
const brief = (text: string, published = '2025-11-26') =>
  run(text, published).map(
    (e) => `${e.sub_event_type} @ ${e.location} ${e.date_start} ${e.actor1}|${e.actor2} ${e.fatalities}`,
  );

describe('the known-wrong list', () => {
  it('an army that dismantles a tunnel network makes Disrupted weapons use (taxonomy.json)', () => {
    const got = run('Lebanese troops dismantled a network of tunnels near Khiam on Monday, the army said.');
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.date_start])).toEqual([
      ['Disrupted weapons use', 'Military Forces of Lebanon', '2025-11-24'],
    ]);
  });

  it("the details after a night's wave of strikes are of that night (night-details.ts)", () => {
    const got = run(
      'Overnight, Russia fired 60 drones and three missiles at Ukraine, the air force said on Tuesday. In Poltava, a drone struck a warehouse, wounding one worker.',
    );
    expect(got.map((e) => [e.location, e.date_start, e.date_end])).toEqual([['Poltava', '2025-11-25', '2025-11-25']]);
  });

  it('the same detail with no wave before it keeps the report week', () => {
    const got = run('The air force spoke on Tuesday. In Poltava, a drone struck a warehouse, wounding one worker.');
    expect(got.map((e) => [e.date_start, e.date_end])).toEqual([['2025-11-20', '2025-11-26']]);
  });

  it('a regain names as actor2 the group the story named before (regain-holder.ts)', () => {
    const got = run(
      'Troops fought RSF fighters around the 22nd Infantry Division base in Babanusa on Sunday. On Monday the army regained control of the base.',
    );
    expect(got.filter((e) => e.sub_event_type === 'Government regains territory').map((e) => e.actor2)).toEqual([
      'Rapid Support Forces',
    ]);
  });

  it('"authorities detained" is the police of the country (arrest-agent.ts)', () => {
    expect(brief('Authorities detained 25 people in Peshawar on Sunday.')).toEqual([
      'Arrests @ Peshawar 2025-11-23 Police Forces of Pakistan|Civilians (Pakistan) 0',
    ]);
  });

  it('the Taliban since August 2021 are the Military Forces of Afghanistan (actor-era.ts)', () => {
    const now = run('Taliban forces clashed with Pakistani troops near Spin Boldak on Sunday, killing two soldiers.');
    expect(now.map((e) => e.actor1)).toEqual(['Military Forces of Afghanistan']);
    const then = run(
      'Taliban fighters attacked a police checkpoint in Kunduz on Sunday, killing two policemen.',
      '2019-06-12',
    );
    expect(then.map((e) => e.actor1)).toEqual(['Taliban']);
  });

  it("Cameroon's anglophone separatists are Ambazonian Separatists (actors.json)", () => {
    const got = run('Amba fighters ambushed a gendarmerie patrol near Bamenda on Friday, killing three gendarmes.');
    expect(got.map((e) => [e.actor1, e.actor2])).toEqual([['Ambazonian Separatists', 'Police Forces of Cameroon']]);
    const burned = run('Separatist fighters burned a school in Wum in the North-West region on Thursday.');
    expect(burned.map((e) => [e.actor1, e.actor2])).toEqual([['Ambazonian Separatists', '']]);
  });

  it('"separatist fighters" elsewhere stay the generic rebels', () => {
    const got = run('Separatist fighters attacked a police post in Turbat on Friday, killing two policemen.');
    expect(got.map((e) => e.actor1)).toEqual(['Rebel groups (Pakistan)']);
  });

  it('"a Russian guided bomb hit …" is Russia\'s (roles.ts)', () => {
    const got = run('A Russian guided bomb hit a school in Kostiantynivka on Saturday, killing one teacher.');
    expect(got.map((e) => [e.sub_event_type, e.actor1])).toEqual([['Air/drone strike', 'Military Forces of Russia']]);
  });

  it('"… said its security forces dismantled an IS cell … and arrested" keeps the forces first (roles.ts)', () => {
    const got = run(
      'The Iraqi interior ministry said its security forces dismantled an IS cell in Mosul on Sunday and arrested three of its members.',
    );
    expect(got.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Arrests', 'Police Forces of Iraq', 'Islamic State'],
    ]);
  });

  it('rival militias and armed groups that clash are both sides (rival-sides.ts)', () => {
    expect(run('Rival militias clashed in Misrata on Saturday.').map((e) => [e.actor1, e.actor2])).toEqual([
      ['Militia (Libya)', 'Militia (Libya)'],
    ]);
    expect(run('Armed groups clashed near Uvira on Saturday.').map((e) => [e.actor1, e.actor2])).toEqual([
      [
        'Unidentified Armed Group (Democratic Republic of Congo)',
        'Unidentified Armed Group (Democratic Republic of Congo)',
      ],
    ]);
  });
});

describe('flash posts (flash-post.ts, bare-toll.ts)', () => {
  it('"BREAKING: …" with no day is of the post\'s day, and its clipped toll counts', () => {
    expect(brief('BREAKING: Blast at a bus stop in Peshawar. At least 4 killed, 11 injured — police.')).toEqual([
      'Remote explosive/landmine/IED @ Peshawar 2025-11-26 | 4',
    ]);
  });

  it('"#Country: …" is a post too', () => {
    const got = run('#Sudan: RSF drone strike on the Atbara airport this morning. 3 dead per local sources.');
    expect(got.map((e) => [e.sub_event_type, e.date_start, e.date_end, e.fatalities])).toEqual([
      ['Air/drone strike', '2025-11-26', '2025-11-26', 3],
    ]);
  });

  it('the same words with no flash marker keep the report week', () => {
    const got = run('A blast at a bus stop in Peshawar killed four people.');
    expect(got.map((e) => [e.date_start, e.date_end])).toEqual([['2025-11-20', '2025-11-26']]);
  });
});

describe('assessments and statistics', () => {
  it('"In 2024, N were killed …, according to a report released on Wednesday" is no event (when.ts)', () => {
    expect(
      run('In 2024, 900 people were killed in gang violence across Haiti, according to a report released on Monday.'),
    ).toEqual([]);
  });

  it('forces that "rely on drone strikes" tell no strike (habitual_present)', () => {
    expect(run('Militias hold the hills around Dessie, and the army relies on drone strikes there.')).toEqual([]);
  });

  it('attacks that "have largely paused" tell no attack (trend_after)', () => {
    expect(run('Houthi attacks on ships in the Gulf of Aden have largely paused since the truce.')).toEqual([]);
  });

  it('"airstrikes continued across X region" and "fighting for control of trafficking routes" are trends', () => {
    expect(run('Airstrikes continued across Magway region.')).toEqual([]);
    expect(run('Cartels are fighting for control of trafficking routes in Sinaloa.')).toEqual([]);
  });

  it('an event at a place the gazetteer lacks is not the story before (fallback-place.ts)', () => {
    const got = run(
      'In Myanmar, rebels shelled an army base in Kyaukme on Sunday, killing two soldiers. A junta airstrike on a monastery in Zalun township killed 8 people on Monday.',
    );
    expect(got.map((e) => `${e.sub_event_type} @ ${e.location}`)).toEqual([
      'Shelling/artillery/missile attack @ Kyaukme',
      'Air/drone strike @ Myanmar',
    ]);
  });
});
