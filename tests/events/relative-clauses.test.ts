// A non-restrictive relative clause (", which had until now …", ", who …") describes a party or a place: its places
// are not where the event of the main clause happened, and a trigger inside it after "which had until now" is the
// party's past, not a new event. Invented sentences and places.
import { describe, expect, test } from 'vitest';
import { eventsIn, testArticle } from './helpers.js';

const brief = (text: string) =>
  eventsIn(text, undefined, testArticle(text, { published: '2025-05-06' })).map(
    (p) => `${p.sub_event_type} @ ${p.location} ${p.date_start}`,
  );

describe('relative clauses', () => {
  test("a reference back whose relative clause names the group's earlier targets stays at the event's own place", () => {
    const text = [
      'Drones struck an air base in Beit Alam on Sunday, the army said.',
      'The attacks mark a sharp escalation by the rebels, which had until now focused their drone campaign on Tel Nour and Kafr Saba.',
    ].join('\n');
    expect(brief(text)).toEqual(['Air/drone strike @ Beit Alam 2025-05-04']);
  });

  test("a place in a relative clause after the trigger is not the event's place", () => {
    expect(brief('Gunmen attacked an army checkpoint on Monday, which guards the road to Kafr Saba.')).not.toContain(
      'Armed clash @ Kafr Saba 2025-05-05',
    );
  });

  test('a place before the relative clause still places the event', () => {
    expect(
      brief('Gunmen attacked an army checkpoint in Tel Nour on Monday, which guards the road to Kafr Saba.'),
    ).toEqual(['Armed clash @ Tel Nour 2025-05-05']);
  });
});
