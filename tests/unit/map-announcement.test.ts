import { describe, expect, it } from 'vitest';
import { describeConnections, mapAnnouncement } from '@/app/_lib/map/announcement';
import { describeAreas, keyLineText, mapKey } from '@/app/_lib/map/key';
import { keyWords } from '@/app/_lib/map/compose/overlays';

const places: Record<string, { name: string; country: string }> = {
  astana: { name: 'Astana', country: 'Kazakhstan' },
  moscow: { name: 'Moscow', country: 'Russia' },
  ankara: { name: 'Ankara', country: 'Turkey' },
  tehran: { name: 'Tehran', country: 'Iran' },
  geneva: { name: 'Geneva', country: 'Switzerland' },
  'al-bab': { name: 'al-Bab', country: 'Syria' },
  manbij: { name: 'Manbij', country: 'Syria' },
  raqqa: { name: 'Raqqa', country: 'Syria' },
  sochi: { name: 'Sochi', country: 'Russia' },
};
const placeOf = (id: string) => places[id];
const to = (from: string, dest: string, directed = true) => ({ from, to: dest, directed });

describe('mapAnnouncement', () => {
  it('lists the places with their countries when the step has no connections, as it always has', () => {
    expect(mapAnnouncement({ places: ['astana', 'geneva'], routes: [] }, placeOf)).toBe('Map: Astana, Kazakhstan; Geneva, Switzerland');
  });

  it('groups connections that share a destination, in British English', () => {
    const step = { places: ['astana', 'moscow', 'ankara', 'tehran'], routes: [to('moscow', 'astana'), to('ankara', 'astana'), to('tehran', 'astana')] };
    expect(mapAnnouncement(step, placeOf)).toBe('Map: Moscow, Ankara and Tehran to Astana');
  });

  it('follows a sequence as one chain', () => {
    const step = { places: ['al-bab', 'manbij', 'raqqa'], routes: [to('al-bab', 'manbij'), to('manbij', 'raqqa')] };
    expect(mapAnnouncement(step, placeOf)).toBe('Map: al-Bab to Manbij to Raqqa');
  });

  it("says an undirected connection links its places, and names the step's other places after the connections", () => {
    const step = { places: ['geneva', 'astana', 'sochi'], routes: [to('astana', 'geneva', false)] };
    expect(mapAnnouncement(step, placeOf)).toBe('Map: Astana linked with Geneva; Sochi, Russia');
  });

  it('keeps the declared order of groups, and an unknown id as itself', () => {
    const step = { places: ['astana', 'moscow', 'sochi', 'geneva'], routes: [to('astana', 'sochi'), to('moscow', 'astana'), to('geneva', 'atlantis', false)] };
    expect(mapAnnouncement(step, placeOf)).toBe('Map: Astana to Sochi; Moscow to Astana; Geneva linked with atlantis');
  });
});

describe('describeConnections', () => {
  const nameOf = (id: string) => places[id]?.name ?? id;

  it('does not chain into a destination reached from more than one place', () => {
    expect(describeConnections([to('moscow', 'astana'), to('astana', 'sochi'), to('ankara', 'sochi')], nameOf)).toEqual(['Moscow to Astana', 'Astana and Ankara to Sochi']);
  });

  it('does not repeat a connection listed twice', () => {
    expect(describeConnections([to('moscow', 'astana'), to('moscow', 'astana')], nameOf)).toEqual(['Moscow to Astana']);
  });
});

describe('hatched areas, in the key and in words', () => {
  const legend = [
    { label: 'The four de-escalation zones, all in Syria', countries: ['SYR'] },
    { label: 'provinces named in the memorandum of 4 May 2017', areas: ['idlib-province', 'daraa-province'] },
  ];
  const names: Record<string, string> = { 'idlib-province': 'Idlib province', 'daraa-province': 'Daraa province' };
  const areaName = (id: string) => names[id] ?? id;

  it('keys an area line as schematic, in the chapter\'s words, with the areas it hatches', () => {
    const key = mapKey(legend, new Map());
    expect(key[1]).toEqual({ kind: 'area', label: 'Schematic', names: ['provinces named in the memorandum of 4 May 2017'], areas: ['idlib-province', 'daraa-province'] });
    expect(keyLineText(key[1]!)).toBe('Schematic: provinces named in the memorandum of 4 May 2017');
  });

  it('says what is hatched, after the places, as the reader view and the live announcement read it', () => {
    const key = mapKey(legend, new Map());
    const areas = describeAreas(key, areaName);
    expect(areas).toEqual(['Schematic: provinces named in the memorandum of 4 May 2017, hatched: Idlib province and Daraa province']);
    expect(mapAnnouncement({ places: ['astana'], routes: [] }, placeOf, areas)).toBe(
      'Map: Astana, Kazakhstan; Schematic: provinces named in the memorandum of 4 May 2017, hatched: Idlib province and Daraa province',
    );
    expect(describeAreas(mapKey(legend.slice(0, 1), new Map()), areaName)).toEqual([]);
  });
});

describe('the key laid out in words', () => {
  it('keeps a day with its month, so a date never breaks after its number', () => {
    const line = { kind: 'area' as const, label: 'Schematic', names: ['provinces named in the memorandum of 4 May 2017'] };
    expect(keyWords(line).map((word) => word.text)).toEqual(['Schematic:', 'provinces', 'named', 'in', 'the', 'memorandum', 'of', '4 May', '2017']);
  });
});
