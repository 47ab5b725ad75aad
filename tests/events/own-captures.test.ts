/**
 * Rules found on the seventh session's own page captures (Ukraine, Congo, Haiti, Myanmar, Pakistan, Sahel), checked
 * through the whole pipeline with the real gazetteer.
 */
import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/types.js';
import { capture, captureEvents, pipelineEvents } from './pipeline-helpers.js';

const eventsOf = (text: string, published = '2025-08-14'): EventProperties[] => pipelineEvents(text, published);

describe('own page captures', () => {
  it('"in the North X district" is the district, not "in the north" of the country', () => {
    const [e, ...rest] = eventsOf(
      'PESHAWAR: Pakistani security forces killed eight militants in a raid on a hideout in the North Waziristan district near the Afghan border, the military said on Thursday.',
    );
    expect(rest).toEqual([]);
    expect(e.location).toBe('North Wazīristān District');
  });

  it("a highlight's actor does not override the body's: the air force that shot drones down is not the attacker", () => {
    const text = capture(
      "Russian drone and missile barrage hits Ukraine's energy grid, killing four",
      'Firefighters work at the site of a Russian strike on an energy facility in the Odesa region. (Reuters)',
      '18 November 2025',
      [
        "Ukraine's air force says it shot down 112 of 140 drones launched overnight",
        'Power cuts reported in Kharkiv, Poltava and Odesa regions',
      ],
      [
        "KYIV: Russia launched one of its largest combined drone and missile attacks in weeks on Ukraine's power grid overnight into Tuesday, killing four people and forcing blackouts across several regions, Ukrainian officials said.",
        'Two people were killed when a missile struck a residential building in the city of Dnipro, regional governor Serhiy Lysak said on Telegram.',
      ],
    );
    const dnipro = captureEvents(text).find((e) => e.location === 'Dnipro');
    expect(dnipro?.actor1).toBe('Military Forces of Russia');
  });

  it('"in the area" is the town an attack was placed at, not the city named to locate it', () => {
    const events = eventsOf(
      "Gang members killed at least 20 people in an overnight attack on the town of Cabaret, north of Haiti's capital Port-au-Prince, officials said on Sunday. Police later clashed with the gang in the area, killing three gang members.",
      '2025-10-05',
    );
    expect(events.find((e) => e.sub_event_type === 'Armed clash')?.location).toBe('Cabaret');
  });

  it('the place forces withdrew toward is not where the withdrawal happened', () => {
    const events = eventsOf(
      'Rebels captured the town of Sake in North Kivu province on Monday after heavy fighting. Residents said the rebels entered the town in the afternoon after government forces withdrew toward Goma.',
      '2025-10-21',
    );
    expect(events.filter((e) => e.location === 'Goma')).toEqual([]);
  });

  it('"the town" after "the town of X" that the gazetteer lacks is that town, not an older place', () => {
    const events = eventsOf(
      'Talks between the rebels and Kinshasa have stalled. Rebels captured the town of Kamanyola in South Kivu province on Monday. Residents said the rebels entered the town after government forces withdrew.',
      '2025-10-21',
    );
    expect(events.map((e) => e.location)).not.toContain('Kinshasa');
  });

  it('"in the country\'s central X region" attaches X, so the dateline\'s city does not take the event and its actors', () => {
    const [e, ...rest] = eventsOf(
      "BANGKOK: A Myanmar military air strike on a monastery killed at least 18 civilians in the country's central Sagaing region, residents said on Thursday. The strike hit the monastery in Sagaing's Sagaing township early on Wednesday.",
      '2025-10-09',
    );
    expect(rest).toEqual([]);
    expect([e.country, e.actor1, e.event_date]).toEqual(['Myanmar', 'Military Forces of Myanmar', '2025-10-08']);
  });

  it('a news agency credit "(AA)" is no armed group', () => {
    const [e] = eventsOf(
      'A drone strike hit a house in Khan Younis on Wednesday, killing three people (AA).',
      '2025-11-12',
    );
    expect([e.actor1, e.actor2]).not.toContain('Arakan Army');
  });

  it('an acronym names its actor only in its own country: SNA in Somalia, KIA as "killed in action"', () => {
    const [somalia] = eventsOf(
      'SNA forces killed 10 al-Shabab fighters in clashes near Baidoa on Monday.',
      '2025-11-12',
    );
    expect([somalia.actor1, somalia.actor2]).toEqual(['Military Forces of Somalia', 'Al Shabaab']);
    const [afghan] = eventsOf('Two soldiers were listed as KIA after an ambush near Kandahar on Monday.', '2025-11-12');
    expect([afghan.actor1, afghan.actor2]).not.toContain('KIA: Kachin Independence Army');
  });
});
