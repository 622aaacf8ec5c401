import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgainstArticle, type CheckedBlock } from '@/app/_lib/editorial/source-check/against-article';
import { mapTextBlocks, stemOf, unnamedPlaces, unsupportedMapText, wordsNotIn } from '@/app/_lib/editorial/source-check/step-text';
import { weekdayWindow } from '@/app/_lib/editorial/source-check/facts';
import { articleGrams, copiedRuns, quoteInArticle, weightOf } from '@/app/_lib/editorial/source-check/copying';
import type { AttributeText } from '@/app/_lib/content/story-types';

const article = readFileSync(path.resolve(import.meta.dirname, '../fixtures/sources/articles/fixture-article.txt'), 'utf8');
const dates = { start: '2017-03-02', end: '2017-03-03' };

function check(...blocks: Array<string | CheckedBlock>) {
  const list = blocks.map((block, i) => (typeof block === 'string' ? { text: block, line: 10 + i } : block));
  return checkAgainstArticle({ dates, blocks: list }, article);
}

describe('quotes', () => {
  it('accepts a quote that is in the article word for word, whatever its quote marks, dashes and spaces', () => {
    expect(check('He said they were “closer than ever to a lasting  agreement”.')).toEqual([]);
    expect(quoteInArticle('We are closer … on the monitoring of the truce', article)).toBe(true);
  });

  it('catches an altered quote, at its line', () => {
    expect(check('Intro.', 'He said they were "closer than ever to a final agreement".')).toEqual([
      { line: 11, message: 'quote not found word for word in the article: "closer than ever to a final agreement"' },
    ]);
  });

  it('finds the line of a quote inside a block that spans lines', () => {
    expect(check({ text: 'First line,\nthen "a made-up quote".', line: 20 })).toContainEqual({ line: 21, message: expect.stringContaining('a made-up quote') });
  });

  it('reports a quotation mark that is never closed', () => {
    expect(check('He said "closer than ever.')).toContainEqual({ line: 10, message: 'a quotation mark is never closed' });
  });

  it('leaves quotes in a context note to the note’s own source', () => {
    expect(check({ text: 'Its chair called it "a fine start" on 9 February 2017.', line: 30, context: 'Register' })).toEqual([]);
  });
});

describe('copied runs', () => {
  const grams = articleGrams(article);

  it('catches a run of 10 words copied outside quotation marks', () => {
    const findings = check('Delegates went to Aleppo, where the local council has asked for help with the reopening.');
    expect(findings).toEqual([
      { line: 10, message: '13 words copied from the article outside quotation marks: "to Aleppo where the local council has asked for help with the reopening"' },
    ]);
  });

  it('lets nine words pass, and a copied run inside quotation marks', () => {
    expect(copiedRuns('the local council has asked for help with the', grams)).toEqual([]);
    expect(check('The council said: "the local council has asked for help with the reopening of schools".')).toEqual([]);
  });

  it('does not count names and titles: a name carries over as one word', () => {
    expect(weightOf(['chaired', 'by', 'Deputy', 'Foreign', 'Minister', 'of', 'the', 'Republic', 'of', 'Fixtureland', 'Anna', 'Maria', 'Example'])).toBe(3);
    expect(check('The talks were chaired by Deputy Foreign Minister of the Republic of Fixtureland Anna Maria Example.')).toEqual([]);
  });
});

describe('numbers and dates', () => {
  it('accepts numbers the article gives, however their thousands are written', () => {
    expect(check('Some 1200 observers, or 1.200, or 1,200, by March 15; the fourth meeting, with three countries.')).toEqual([]);
  });

  it('catches a number the article does not give', () => {
    expect(check('Some 2,500 observers were expected.')).toEqual([{ line: 10, message: 'the number 2500 is neither in the article nor in a context note' }]);
    expect(check('They met for five hours.')).toEqual([{ line: 10, message: 'the number 5 is neither in the article nor in a context note' }]);
  });

  it('catches a month, a day of a month and an ordinal the article does not give', () => {
    expect(check('Observers were due by March 16.').map((f) => f.message).sort()).toEqual(['the date March 16 is neither in the article nor in a context note', 'the number 16 is neither in the article nor in a context note'].sort());
    expect(check('They met again in April.').map((f) => f.message)).toEqual(['the month April is neither in the article nor in a context note']);
    expect(check('It was the eighth meeting.').map((f) => f.message)).toEqual(['"eighth" is neither in the article nor in a context note']);
  });

  it('accepts a number that a context note gives', () => {
    expect(check('The first meeting was in 2016.', { text: 'It took place in June 2016.', line: 12, context: 'Register of meetings' })).toEqual([]);
  });
});

describe('weekdays', () => {
  it('allows the chapter’s days and one either side', () => {
    expect([...weekdayWindow(dates).days].sort()).toEqual(['friday', 'saturday', 'thursday', 'wednesday']);
    expect(weekdayWindow({ start: '2017-02-06' }).label).toBe('Monday 2017-02-06');
  });

  it('catches a weekday that does not fit the chapter’s dates, even when the article names it', () => {
    const findings = checkAgainstArticle({ dates: { start: '2017-03-06' }, blocks: [{ text: 'They met on Thursday.', line: 7 }] }, article);
    expect(findings).toEqual([{ line: 7, message: '"Thursday" does not fit the chapter\'s dates (Monday 2017-03-06, or a day either side)' }]);
  });
});

describe('places bound to a step', () => {
  const names = (id: string) => ({ astana: ['Astana', 'Kazakh capital'], moscow: ['Moscow', 'Kremlin'] })[id] ?? [id];

  it('accepts a place the step names, by name or alias, in its text or a context note', () => {
    expect(unnamedPlaces({ id: 's', line: 3, places: ['astana', 'moscow'], text: 'In the Kazakh capital. Context: the Kremlin said so.' }, names)).toEqual([]);
  });

  it('catches a place the step never names', () => {
    expect(unnamedPlaces({ id: 's', line: 3, places: ['moscow'], text: 'Moscowland is another place.' }, names)).toEqual([
      { line: 3, message: 'step "s" is bound to "moscow", but neither its text nor a context note names it (Moscow, Kremlin)' },
    ]);
  });
});

describe('map text as reporting', () => {
  const stepText = [{ text: 'Russia proposed that Iran and Turkey monitor the truce; talks resumed on Thursday in the Kazakh capital.', line: 20 }];
  const mapStep = (...attributeTexts: AttributeText[]) => ({ id: 's', blocks: stepText, attributeTexts });

  it('goes through the same tests as prose, each finding named by its step and kind', () => {
    const blocks = mapTextBlocks(
      mapStep(
        { kind: 'legend', text: 'Some 2,500 monitors', line: 15 },
        { kind: 'route', text: 'Talks “closer than ever to a final agreement”', line: 16 },
        { kind: 'annotation', text: 'Talks again in April', line: 17 },
        { kind: 'legend', text: 'Where the local council has asked for help with the reopening of schools', line: 18 },
        { kind: 'context-source', text: 'Register of meetings, 1999', line: 19 },
      ),
    );
    expect(check(...blocks)).toEqual([
      { line: 15, message: 'step "s" legend: the number 2500 is neither in the article nor in a context note' },
      { line: 16, message: 'step "s" route label: quote not found word for word in the article: "closer than ever to a final agreement"' },
      { line: 17, message: 'step "s" callout: the month April is neither in the article nor in a context note' },
      { line: 18, message: 'step "s" legend: 13 words copied from the article outside quotation marks: "Where the local council has asked for help with the reopening of schools"' },
    ]);
  });

  it('accepts a map line whose words its step has, give or take an inflection', () => {
    expect(unsupportedMapText(mapStep({ kind: 'legend', text: 'Proposed monitors of the truce', line: 15 }, { kind: 'annotation', text: 'Talks resume', line: 16 }))).toEqual([]);
    expect(['monitors', 'monitor', 'named', 'naming', 'name', 'hoped', 'hope', 'parties', 'party'].map(stemOf)).toEqual(['monitor', 'monitor', 'nam', 'nam', 'nam', 'hop', 'hop', 'party', 'party']);
  });

  it('catches a map line that says more than its step: a word in neither its retelling nor its context notes', () => {
    expect(unsupportedMapText(mapStep({ kind: 'legend', text: 'Russia and the leaders it called', line: 15 }, { kind: 'route', text: 'Monitors agreed', line: 16 }))).toEqual([
      { line: 15, message: 'step "s" legend "Russia and the leaders it called" does not rest on the step\'s text: "leaders", "called" are in neither its retelling nor its context notes' },
      { line: 16, message: 'step "s" route label "Monitors agreed" does not rest on the step\'s text: "agreed" is in neither its retelling nor its context notes' },
    ]);
  });

  it('keeps hedges and numbers: "would", "not" and a date count as words the step must have', () => {
    expect(wordsNotIn('Monitors would not resume talks on 5-6 May', 'Monitors resumed talks on 3-4 May')).toEqual(['would', 'not', '5', '6']);
    expect(wordsNotIn('Some 2,500 monitors', 'some 2500 monitors')).toEqual([]);
  });

  it('reads the step’s context notes as its text, and leaves context sources alone', () => {
    const step = {
      id: 's',
      blocks: [{ text: 'Talks resumed.', line: 20 }, { text: 'A memorandum named four areas.', line: 24, context: 'Memorandum, 2017' }],
      attributeTexts: [{ kind: 'legend', text: 'Four areas named in talks', line: 15 }, { kind: 'context-source', text: 'Anything at all, 2017', line: 22 }] satisfies AttributeText[],
    };
    expect(unsupportedMapText(step)).toEqual([]);
    expect(mapTextBlocks(step)).toEqual([{ text: 'Four areas named in talks', line: 15, where: 'step "s" legend' }]);
  });
});

