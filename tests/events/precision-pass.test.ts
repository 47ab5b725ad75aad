/**
 * Precision review (non-conflict news): rules that keep sports, elections, markets, disease, courts, drills, films and
 * anniversaries off the map, checked through the whole pipeline with the real gazetteer. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const eventsOf = (text: string, title = ''): EventProperties[] => pipelineEvents(text, '2025-06-10', title);
const types = (text: string, title = '') => eventsOf(text, title).map((e) => e.sub_event_type);

describe('precision review: no events from non-conflict news', () => {
  it('"took control of third place" / "taking control of the assemblies" is no capture', () => {
    expect(types('SEVILLE: Sevilla beat Valencia 2-0 in Seville on Sunday and took control of third place.')).toEqual(
      [],
    );
    expect(
      types('NAIROBI: The opposition won by-elections in Mombasa on Monday, taking control of the county assemblies.'),
    ).toEqual([]);
  });

  it('"a fierce battle for votes" is no clash', () => {
    expect(
      types('NAIROBI: Parliament rejected the budget in Nairobi on Wednesday in a fierce battle for votes.'),
    ).toEqual([]);
  });

  it('an attack on a currency, on inflation or on the spread of a disease is no attack', () => {
    expect(types('CAIRO: Speculators attacked the Egyptian pound in Cairo on Monday.')).toEqual([]);
    expect(types('LAGOS: The central bank launched a fresh assault on inflation in Lagos on Monday.')).toEqual([]);
    expect(
      types('IBB: Medics attacked the spread of the infection by vaccinating 50,000 people in Ibb on Monday.'),
    ).toEqual([]);
  });

  it('a currency "under attack" is no attack', () => {
    expect(types('TOKYO: The yen came under attack in Tokyo on Tuesday as traders sold the currency.')).toEqual([]);
  });

  it('artillery firing a salute is no shelling', () => {
    expect(types('MOSCOW: Artillery fired a salute near the Kremlin in Moscow on Friday.')).toEqual([]);
  });

  it('a drill told before the trigger ("simulating an attack") is no event; a later drill does not hide one', () => {
    expect(
      types(
        'SEOUL: South Korean and US troops held joint drills near Seoul on Tuesday, simulating an attack by the North.',
      ),
    ).toEqual([]);
    expect(
      types('ALEPPO: Shelling killed seven civilians in Aleppo on Tuesday, a day after army drills near Hama.'),
    ).toContain('Shelling/artillery/missile attack');
  });

  it('a commemoration clause tells the past event: "marked 35 years since …, when jets killed 5,000"', () => {
    expect(
      types(
        'HALABJA: Thousands marked 35 years since the gas attack in Halabja on Thursday, when jets killed 5,000 people.',
      ),
    ).toEqual([]);
  });

  it('"N years since/after the bombing" names an earlier event', () => {
    expect(
      types('KABUL: Families in Kabul prayed on Sunday, four years after the suicide bombing at the airport.'),
    ).toEqual([]);
    expect(
      types('MOSUL: On Thursday, ten years since the massacre at the prison near Mosul, families prayed.'),
    ).toEqual([]);
  });

  it("a sentence telling a film's plot reports no event", () => {
    expect(
      types('LONDON: In one scene, soldiers storm a village near Srebrenica and massacre its men on a summer morning.'),
    ).toEqual([]);
    expect(
      types('LONDON: The new film follows a family trapped in Sarajevo as Serb forces shelled the city on Thursday.'),
    ).toEqual([]);
  });

  it('an article titled as a review reports no event', () => {
    const text = 'PARIS: Rebels seized the airport in Kinshasa and fighters bombed the bridges on Monday.';
    expect(types(text)).not.toEqual([]);
    expect(types(text, 'Book review: the fall of a capital')).toEqual([]);
  });

  it('"demonstrated incredible prowess" is no protest', () => {
    expect(types('OTTAWA: Canadian athletes demonstrated incredible prowess in Ottawa on Sunday.')).toEqual([]);
  });

  it('an "assault rifle" is a weapon, not an assault', () => {
    expect(types('DAYTON: The man bought an assault rifle in Dayton on Monday, court papers show.')).toEqual([]);
  });

  it('"crimes ranging from assault to theft" is a charge sheet, not an attack', () => {
    expect(
      types('CAIRNS: Police in Cairns charged 95 youths on Monday with crimes ranging from assault to car theft.'),
    ).toEqual([]);
  });

  it('"measures are being taken in the area" is no capture', () => {
    expect(types('TULCEA: Tough measures were taken in the area near Tulcea on Monday, officials said.')).toEqual([]);
  });

  it('an arrest for drunk driving or rotten meat is no political arrest', () => {
    expect(types('TORONTO: Police arrested a man in Toronto on Sunday on charges of drunk driving.')).toEqual([]);
    expect(
      types('MANILA: Police arrested four vendors in Manila on Monday and seized 300 kilos of rotten meat.'),
    ).toEqual([]);
  });

  it('"the remains of Iranians killed in Aleppo" names an earlier killing', () => {
    expect(types('TEHRAN: Iran demanded on Monday the return of the remains of Iranians killed in Aleppo.')).toEqual(
      [],
    );
  });

  it('"stormed to victory" is no raid', () => {
    expect(types('LONDON: Liverpool stormed to victory at Anfield on Sunday, crushing Chelsea 4-0.')).toEqual([]);
    expect(types('ABUJA: Gunmen stormed a village in Katsina state on Sunday, killing 20 people.')).not.toEqual([]);
  });

  it('an animal attack is no attack, and its toll no killing', () => {
    expect(types('DENVER: A bear attacked a hiker near Denver on Monday.')).toEqual([]);
    expect(types('SYDNEY: Sharks attacked two surfers off Sydney on Sunday, killing one.')).toEqual([]);
  });

  it('a fire at a factory that killed workers is no attack', () => {
    expect(types('DHAKA: A fire at a garment factory in Dhaka killed 30 workers on Sunday.')).toEqual([]);
  });

  it('"fought off a challenge" is no clash', () => {
    expect(types('BOGOTA: The president fought off a challenge from his own party in Bogota on Tuesday.')).toEqual([]);
  });

  it('"encouraged him to conduct an attack" is no attack', () => {
    expect(
      types(
        'CINCINNATI: A militant encouraged him to conduct a violent attack in Cincinnati on Monday, prosecutors said.',
      ),
    ).toEqual([]);
  });

  it('"ran riot" is no riot', () => {
    expect(types('MADRID: Barcelona ran riot in Madrid on Saturday, scoring five goals.')).toEqual([]);
  });

  it('football fans who clashed are a riot, not an armed clash', () => {
    expect(types('ATHENS: Rival football fans clashed in Athens on Sunday before the derby.')).toEqual([
      'Violent demonstration',
    ]);
  });

  it('forwards that "bombarded the goal" and the company Shell are no shelling', () => {
    expect(types("LONDON: Arsenal's forwards bombarded the goal in London on Sunday but failed to score.")).toEqual([]);
    expect(types('LAGOS: Nigeria signed a deal with Shell in Lagos on Monday, officials said.')).not.toContain(
      'Shelling/artillery/missile attack',
    );
  });

  it('a missile test is no missile attack', () => {
    expect(types('TEHRAN: Iran test-fired a new ballistic missile near Tehran on Monday.')).toEqual([]);
  });

  it('"heavy casualties in the elections" is no killing', () => {
    expect(
      types('PARIS: The ruling party suffered heavy casualties in the regional elections in Paris on Sunday.'),
    ).toEqual([]);
  });

  it('an explosion at a chemical plant that killed workers is an accident', () => {
    expect(types('HOUSTON: An explosion at a chemical plant near Houston killed two workers on Tuesday.')).toEqual([]);
  });

  it('"seized control of the newspaper" is no capture', () => {
    expect(types('ANKARA: The government seized control of the newspaper in Ankara on Friday.')).toEqual([]);
  });

  it('"a blistering attack on the minister" is a speech, not an attack', () => {
    expect(
      types('WASHINGTON: Senators launched a blistering attack on the defence secretary in Washington on Tuesday.'),
    ).toEqual([]);
  });

  it('a business agreement "to expand exports" is no Agreement', () => {
    expect(types('DOHA: Qatar signed an agreement with a Dutch firm in Doha on Monday to expand gas exports.')).toEqual(
      [],
    );
  });

  it('a labour strike is no air strike', () => {
    expect(types('LISBON: Air traffic controllers launched a strike in Lisbon on Monday.')).toEqual([]);
  });

  it('inspectors raiding offices over fraud is no armed raid', () => {
    expect(types('LONDON: Tax inspectors raided the headquarters of a bank in London on Monday.')).toEqual([]);
    expect(
      types('BERLIN: Police raided the offices of a car maker in Berlin on Tuesday over emissions fraud.'),
    ).toEqual([]);
  });

  it('a rally that marks an anniversary is itself a protest (the commemoration guard spares gatherings)', () => {
    expect(
      types(
        'HOMS: Thousands of protesters marked the 10th anniversary of the uprising with rallies in Homs on Friday.',
      ),
    ).toEqual(['Peaceful protest']);
  });

  it('"the hero" in a news sentence is no film plot', () => {
    expect(
      types(
        'TYRE: The commander, hailed as the hero of the resistance, was killed in an Israeli air strike on his car in Tyre on Monday.',
      ),
    ).toEqual(['Air/drone strike']);
  });
});
