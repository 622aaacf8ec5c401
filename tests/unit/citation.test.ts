import { describe, expect, it } from 'vitest';
import { uncheckableSource } from '@/app/_lib/content/citation';

describe('a source a reader can check', () => {
  it('names a publication or document and gives its date', () => {
    for (const source of [
      'Human Rights Watch, “We’ve Never Seen Such Horror”: Crimes against Humanity by Syrian Security Forces, June 2011',
      'Memorandum on the creation of de-escalation areas in the Syrian Arab Republic, Astana, 4 May 2017',
      'AFP, “Extremists control Syria’s Idlib after rebel pull-out”, 23 July 2017, on the factions; Memorandum on the creation of de-escalation areas, Astana, 4 May 2017',
      "Joint statements of Iran, Russia and Turkey, 2017; for February, the report retold in this story's third-round chapter (March 2017)",
    ]) {
      expect(uncheckableSource(source), source).toBeUndefined();
    }
  });

  it('refuses "public record" and other sources that name nothing, wherever they stand', () => {
    expect(uncheckableSource('Public record: the city was renamed in March 2019.')).toBe(
      '"Public record" names nothing a reader can look up: cite the publication or document, and its date',
    );
    expect(uncheckableSource('Memorandum on de-escalation areas, Astana, 4 May 2017; public record on Rastan, 2017')).toBe(
      '"public record" names nothing a reader can look up: cite the publication or document, and its date',
    );
    expect(uncheckableSource('News reports, February 2017')).toMatch(/^"News reports" names nothing/);
  });

  it('needs a name first: a publication or document, capitalised, before the first comma', () => {
    expect(uncheckableSource('the memorandum, Astana, 4 May 2017')).toBe(
      'must open with the publication or document it cites, by name, e.g. "Human Rights Watch, “We’ve Never Seen Such Horror”, June 2011"',
    );
  });

  it('needs a date for every citation: at least its year', () => {
    expect(uncheckableSource('Register')).toBe('"Register" gives no date: add the year, at least, of the publication or document');
    expect(uncheckableSource('Memorandum, 4 May 2017; Reuters')).toBe('"Reuters" gives no date: add the year, at least, of the publication or document');
  });

  it('leaves an empty source to the rule that it must not be empty', () => {
    expect(uncheckableSource('  ')).toBeUndefined();
  });
});
