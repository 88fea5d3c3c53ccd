// People finder on hand-written strings: title forms, later mentions, name shapes, spelling variants,
// known actors and the reader's "not an official" list.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../lib/detect/actors/find-actors';
import { STARTER_ACTORS } from '../../../lib/detect/actors/starter-actors';
import type { KnownActor } from '../../../lib/detect/types';
import { officials, people } from './found-names';

describe('officials named with a title', () => {
  it.each([
    ['Russian President Vladimir Putin met envoys on Monday.', 'Vladimir Putin'],
    ['Israeli Prime Minister Benjamin Netanyahu spoke on Monday.', 'Benjamin Netanyahu'],
    ['Sen. Elizabeth Warren asked a question.', 'Elizabeth Warren'],
    ['Gov. Hannah Lindqvist signed the bill.', 'Hannah Lindqvist'],
    ['Foreign Minister Oskar Dahlberg arrived late.', 'Oskar Dahlberg'],
    ['Secretary of State Amelia Thornbury flew to Paris.', 'Amelia Thornbury'],
    ['Ambassador Rafael Ocampo was recalled.', 'Rafael Ocampo'],
    ['U.N. envoy Tarek Haddad will travel to Geneva.', 'Tarek Haddad'],
    ['Chief Justice Miriam Okafor wrote the opinion.', 'Miriam Okafor'],
    ['President-elect Jonah Pettersen named his team.', 'Jonah Pettersen'],
    ['The mayor, Lucia Benedetti, opened the bridge.', 'Lucia Benedetti'],
  ])('%s', (text, name) => {
    expect(officials(text)).toEqual([name]);
  });

  it('reads a given name that is also an ordinary word when a title stands before it', () => {
    const text =
      'Finance Minister Per Holm said so in June. Interior Minister Said Djinnit met him, per the accord. ' +
      'Holm and Djinnit agreed.';
    expect(officials(text)).toEqual(['Per Holm', 'Said Djinnit', 'Holm', 'Djinnit']);
  });

  it('reads stacked ranks and offices', () => {
    const text = 'Russian Deputy Defense Minister General Army Yunus-Bek Yevkurov visited Damascus.';
    const r = findActors(text, {});
    expect(r.officials.map((m) => text.slice(m.start, m.end))).toEqual(['Yunus-Bek Yevkurov']);
    expect(r.actors[0]?.country).toBe('Russia');
    expect(r.actors[0]?.title).toContain('Deputy Defense Minister');
  });

  it('reads an office written before the name with a comma', () => {
    const text = "He met the Syrian Ministry of Defense's Deputy Minister, Murhaf Abu Qasra, in the capital.";
    expect(officials(text)).toEqual(['Murhaf Abu Qasra']);
  });

  it('reads offices in apposition after the name', () => {
    const a = "Karim Nassar, the country's interior minister, said the border was closed.";
    expect(officials(a)).toEqual(['Karim Nassar']);
    const b = 'Olivia Brandt, a spokeswoman for the ministry, declined to comment.';
    expect(officials(b)).toEqual(['Olivia Brandt']);
  });

  it('reads a two-word country and prefers an office given in apposition', () => {
    const a = "South Africa's Foreign Minister Thandi Mokoena met reporters.";
    expect(findActors(a, {}).actors[0]?.country).toBe('South Africa');
    const b = 'Opposition leader Marek Dvorak, a former mayor of Brno, objected.';
    const r = findActors(b, {});
    expect(r.actors[0]?.isOfficial).toBe(true);
    expect(r.actors[0]?.title).toBe('former mayor of Brno');
  });

  it('carries the title and country to the actor', () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu spoke. Later, Netanyahu left.';
    const r = findActors(text, {});
    const a = r.actors.find((x) => x.name === 'Benjamin Netanyahu');
    expect(a?.title).toBe('Israeli Prime Minister');
    expect(a?.country).toBe('Israel');
    expect(r.officials.every((m) => m.actorKey === a?.key)).toBe(true);
  });
});

describe('later mentions', () => {
  it('links surnames, honorifics and possessives to the full name', () => {
    const text =
      'Finance Minister Greta Holmqvist presented the budget. Mr. Svensson objected, but Ms. Holmqvist said ' +
      "Holmqvist's plan stands.";
    const r = findActors(text, {});
    const key = r.actors.find((a) => a.name === 'Greta Holmqvist')?.key;
    const mentions = r.officials.filter((m) => m.actorKey === key).map((m) => text.slice(m.start, m.end));
    expect(mentions).toEqual(['Greta Holmqvist', 'Holmqvist', 'Holmqvist']);
    expect(people(text)).toContain('Svensson');
  });

  it('excludes titles and possessives from spans', () => {
    const text = "President Bill Clinton met Mr. Mugabe's envoy.";
    expect(people(text)).toEqual(['Bill Clinton', 'Mugabe']);
  });
});

describe('name shapes', () => {
  it('keeps initials, particles and hyphens inside names', () => {
    expect(people('Former President George W. Bush spoke.')).toEqual(['George W. Bush']);
    expect(people('Vice President J. D. Vance spoke.')).toEqual(['J. D. Vance']);
    expect(people('Mayor Bill de Blasio said the city was ready.')).toEqual(['Bill de Blasio']);
    expect(people('Minister Ahmed bin Salem al-Rashid spoke.')).toEqual(['Ahmed bin Salem al-Rashid']);
  });

  it('keeps a capitalised particle at the start of a sentence', () => {
    const text = 'Commission President Ursula von der Leyen spoke. Von der Leyen said more would follow.';
    expect(officials(text)).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
  });

  it('reads an office before an honorific and credit lines after "Reporting by"', () => {
    const text =
      'Qatari Prime Minister Sheikh Hamad bin Nasser met them.\nReporting by Lena Okafor; Editing by Tom Reyes';
    expect(officials(text)).toEqual(['Hamad bin Nasser']);
    expect(people(text)).toEqual(['Hamad bin Nasser', 'Lena Okafor', 'Tom Reyes']);
  });

  it('does not break names at soft hyphens and keeps offsets', () => {
    const text = 'Russian President Vladi\u00admir Putin met Netan\u00adyahu.';
    const r = findActors(text, {});
    expect(r.people.map((m) => text.slice(m.start, m.end))).toEqual([
      'Vladi\u00admir Putin',
      'Netan\u00adyahu',
    ]);
    expect(r.officials).toHaveLength(2);
  });

  it('finds people without titles by given names and speech verbs', () => {
    const text = 'Stella Marchetti reported from Rome. "It was quiet," said Dominic Afolabi.';
    expect(people(text)).toEqual(['Stella Marchetti', 'Dominic Afolabi']);
  });

  it('leaves out organisations, places and calendar words', () => {
    const text =
      'The Brookings Institution and New York University met in Washington on Monday, March 3. ' +
      'Grace Road was closed and the Wall Street Journal reported it.';
    expect(people(text)).toEqual([]);
  });
});

describe('known actors and spelling variants', () => {
  const known: KnownActor[] = [
    { name: 'Yunus-Bek Yevkurov', isOfficial: true, title: 'Deputy Defence Minister', country: 'Russia' },
    { name: 'Murhaf Abu Qasra', isOfficial: true, title: 'Defence Minister', country: 'Syria' },
    { name: 'Nadia Keller', aliases: ['N. Keller'], isOfficial: false, title: 'economist' },
  ];

  it('links a transliteration variant and records it as an alias', () => {
    const text = 'Deputy Minister Yunus-Bege Evkurov and Murhaf Abu Kasra met.';
    const r = findActors(text, { knownActors: known });
    const yev = r.actors.find((a) => a.name === 'Yunus-Bek Yevkurov');
    expect(yev?.aliases).toContain('Yunus-Bege Evkurov');
    expect(yev?.isOfficial).toBe(true);
    const qasra = r.actors.find((a) => a.name === 'Murhaf Abu Qasra');
    expect(qasra?.aliases).toContain('Murhaf Abu Kasra');
    expect(r.officials).toHaveLength(2);
  });

  it('finds known actors without a title, and by surname after the full name', () => {
    const text = 'Nadia Keller wrote the report. Keller expects growth.';
    const r = findActors(text, { knownActors: known });
    expect(r.people.map((m) => text.slice(m.start, m.end))).toEqual(['Nadia Keller', 'Keller']);
    expect(r.officials).toEqual([]);
  });

  it('uses the bundled starter set by default, and can leave it out', () => {
    expect(STARTER_ACTORS.length).toBeGreaterThan(100);
    for (const a of STARTER_ACTORS) expect(a.asOf).toMatch(/^\d{4}-\d\d$/);
    const text = 'Putin and Zelensky spoke by phone.';
    expect(officials(text)).toEqual(['Putin', 'Zelensky']);
    expect(findActors(text, { noStarterActors: true }).officials).toEqual([]);
  });

  it('links Gaddafi and Qaddafi spellings', () => {
    const text = 'Moammar Qaddafi ruled Libya for decades.';
    const r = findActors(text, {});
    expect(r.officials.map((m) => m.name)).toEqual(['Muammar Gaddafi']);
  });

  it('keeps names marked "not an official" as people only', () => {
    const text = 'Russian President Vladimir Putin spoke.';
    const r = findActors(text, { notOfficials: ['Vladimir Putin'] });
    expect(r.people).toHaveLength(1);
    expect(r.officials).toEqual([]);
  });

  it('marks journalists, analysts and business people as people, not officials', () => {
    const text =
      'Amazon founder Jeff Bezos spoke. "Prices will fall," said Tom Harland, an analyst at Barclays. ' +
      'Snopes writer Dana Emery disagreed.';
    const r = findActors(text, {});
    expect(r.people.map((m) => text.slice(m.start, m.end))).toEqual([
      'Jeff Bezos',
      'Tom Harland',
      'Dana Emery',
    ]);
    expect(r.officials).toEqual([]);
  });
});
