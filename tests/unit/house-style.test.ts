import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHouseStyle } from '@/app/_lib/content/loader.server';
import { parseHouseStyle, styleFindings, styleRules } from '@/app/_lib/content/house-style';
import { root } from './repo';

const fixture = (name: string) => path.join(root, 'tests/fixtures/style', `${name}.json`);
const { style } = parseHouseStyle(JSON.parse(readFileSync(fixture('house-style'), 'utf8')), 'style.json');
const english = styleRules(style);
const found = (text: string) => styleFindings(text, english);

describe('the house style file', () => {
  it('accepts the real house style, with the spellings the story settled on', async () => {
    const { style: real, problems } = await loadHouseStyle(path.join(root, 'content/house-style.json'), root);
    expect(problems).toEqual([]);
    const spelling = (id: string) => real.names.find((name) => name.id === id)?.spelling.en;
    expect(spelling('alexander-lavrentiev')).toBe('Alexander Lavrentiev');
    expect(spelling('sergey-lavrov')).toBe('Sergey Lavrov');
    expect(spelling('bashar-al-jaafari')).toBe('Bashar al-Jaafari');
    expect(real.quoteOnly.find((word) => word.id === 'daesh')).toMatchObject({ words: { en: ['Daesh'] }, instead: { en: 'Islamic State' } });
    expect(real.disputedPlaces.map((place) => place.spelling.en)).toEqual(expect.arrayContaining(['Crimea', 'Golan Heights']));
  });

  it('spells every entry of the real house style in Arabic too, for the Arabic edition', async () => {
    const { style: real } = await loadHouseStyle(path.join(root, 'content/house-style.json'), root);
    const unspelled = [...real.names, ...real.disputedPlaces].filter((entry) => !entry.spelling.ar || !entry.variants.ar).map((entry) => entry.id);
    expect(unspelled).toEqual([]);
    expect(real.quoteOnly.filter((entry) => !entry.words.ar?.length || !entry.instead.ar).map((entry) => entry.id)).toEqual([]);
    const arabic = styleRules(real, 'ar');
    expect(styleFindings('التقى سيرجي لافروف ستافان دي ميستورا', arabic).map((f) => f.message)).toEqual(['"سيرجي لافروف" is a variant spelling: the house style writes "سيرغي لافروف"']);
    expect(styleFindings('قاتلت تركيا داعش', arabic).map((f) => f.message)).toEqual(['"داعش" is used only inside quotation marks: our own words say "تنظيم الدولة الإسلامية"']);
  });

  it('reports each broken entry at its line: a missing English spelling, a bad language code, a variant inside its own spelling or claimed twice', async () => {
    const { problems, style: kept } = await loadHouseStyle(fixture('house-style-broken'), root);
    const file = 'tests/fixtures/style/house-style-broken.json';
    expect(problems).toEqual([
      { file, line: 9, message: 'names "bashar-al-jaafari": variant "al-Jaafari" is part of the spelling "Bashar al-Jaafari"; the check would reject the house spelling itself' },
      { file, line: 9, message: 'names "bashar-al-jaafari": variant "Sergei Lavrov" is also a variant of "sergey-lavrov"' },
      { file, line: 14, message: 'names "ahmad-tohmeh": spelling: needs an "en" entry, the story\'s language' },
      { file, line: 19, message: 'names "staffan-de-mistura": spelling: "Arabic" is not a language code such as "en" or "ar"' },
      { file, line: 26, message: 'quoteOnly "daesh": instead: is required' },
      { file, line: 30, message: 'unknown section "spellings"' },
    ]);
    // The entries that are whole still count.
    expect(kept.names.map((name) => name.id)).toEqual(['sergey-lavrov', 'bashar-al-jaafari']);
  });

  it('reports a file that cannot be read or parsed', async () => {
    expect((await loadHouseStyle(fixture('no-such-style'), root)).problems).toEqual([
      { file: 'tests/fixtures/style/no-such-style.json', message: expect.stringMatching(/^cannot read the house style/) },
    ]);
    expect(parseHouseStyle([], 'style.json').problems).toEqual([
      { file: 'style.json', line: 1, message: 'must be a JSON object with "names", "quoteOnly" and "disputedPlaces"' },
    ]);
  });
});

describe('names spelled one way', () => {
  it('flags a variant spelling in our own words, naming the house spelling', () => {
    expect(found('Foreign Minister Sergei Lavrov said so.')).toEqual([
      { index: 17, message: '"Sergei Lavrov" is a variant spelling: the house style writes "Sergey Lavrov"' },
    ]);
    expect(found('Foreign Minister Sergey Lavrov said so.')).toEqual([]);
  });

  it('leaves quotes alone: a quote keeps its speaker’s spelling', () => {
    expect(found('He said: "Sergei Lavrov agreed", and “Sergei Lavrov” again.')).toEqual([]);
  });

  it('reports the longest variant once, across a line break and whatever the apostrophe', () => {
    expect(found('Aleksandr Lavrentyev spoke.').map((f) => f.message)).toEqual(['"Aleksandr Lavrentyev" is a variant spelling: the house style writes "Alexander Lavrentiev"']);
    const text = 'So did Bashar al\nJaafari, and Ja’afari.';
    expect(found(text)).toEqual([
      { index: text.indexOf('Bashar'), message: '"Bashar al Jaafari" is a variant spelling: the house style writes "Bashar al-Jaafari"' },
      { index: text.indexOf('Ja’afari'), message: '"Ja’afari" is a variant spelling: the house style writes "Bashar al-Jaafari"' },
    ]);
  });

  it('matches whole words only, in any case', () => {
    expect(found('Lavrentyevsky Street; LAVRENTYEV.').map((f) => f.index)).toEqual([22]);
  });

  it('names a disputed place the house way', () => {
    expect(found('Krym, they said.')).toEqual([{ index: 0, message: '"Krym" is a variant name of a disputed place: the house style writes "Crimea"' }]);
  });

  it('reads one language at a time, so an edition brings its own spellings beside the English', () => {
    const arabic = styleRules(style, 'ar');
    expect(styleFindings('قال سيرجي لافروف', arabic).map((f) => f.message)).toEqual(['"سيرجي لافروف" is a variant spelling: the house style writes "سيرغي لافروف"']);
    expect(styleFindings('Sergei Lavrov', arabic)).toEqual([]);
  });
});

describe('words used only inside quotes', () => {
  it('flags the word outside quotation marks, with what our own words say instead', () => {
    expect(found('Turkey fought Daesh at al-Bab; daesh’s fighters left.')).toEqual([
      { index: 14, message: '"Daesh" is used only inside quotation marks: our own words say "Islamic State"' },
      { index: 31, message: '"daesh" is used only inside quotation marks: our own words say "Islamic State"' },
    ]);
  });

  it('accepts it inside quotation marks', () => {
    expect(found('The military said "the resistance of the Daesh terror group has largely been broken".')).toEqual([]);
  });
});
