import { describe, expect, it } from 'vitest';
import { runCli } from './repo';

const articles = 'tests/fixtures/sources/articles';

function checkSources(...args: string[]) {
  const { status, stdout, stderr } = runCli('app/_cli/check-sources.ts', ...args);
  return { code: status, out: stdout, err: stderr };
}

const chapters = (name: string) => ['--content', `tests/fixtures/sources/content/${name}`, '--gazetteer', 'tests/fixtures/geo/places.json'];

describe('npm run check:sources', () => {
  it('passes a chapter that keeps to its article', () => {
    const { code, out } = checkSources(articles, ...chapters('good'));
    expect(code).toBe(0);
    expect(out).toBe(`sources ok: 1 chapter checked against ${articles}\n`);
  });

  it('fails on an altered quote, a copied run, an unsupported number, a wrong weekday and an unnamed place, each at its line', () => {
    const { code, err } = checkSources(articles, ...chapters('bad'));
    expect(code).toBe(1);
    const file = 'tests/fixtures/sources/content/bad/one.mdx';
    expect(err.trim().split('\n')).toEqual([
      `${file}:17: quote not found word for word in the article: "closer than ever to a final agreement"`,
      `${file}:19: 15 words copied from the article outside quotation marks: "to Aleppo where the local council has asked for help with the reopening of schools"`,
      `${file}:21: the number 2500 is neither in the article nor in a context note`,
      `${file}:23: the weekday Monday is neither in the article nor in a context note`,
      `${file}:23: "Monday" does not fit the chapter's dates (Thursday 2017-03-02 to Friday 2017-03-03, or a day either side)`,
      `${file}:27: step "one-2" is bound to "moscow", but neither its text nor a context note names it (Moscow, Kremlin)`,
      `6 findings against the source articles in ${articles}`,
    ]);
  });

  it('reads what the map says as reporting: the same tests as the text, and resting on the step, each at its line', () => {
    const { code, err } = checkSources(articles, ...chapters('map-text'));
    expect(code).toBe(1);
    const file = 'tests/fixtures/sources/content/map-text/one.mdx';
    expect(err.trim().split('\n')).toEqual([
      `${file}:32: step "one-2" legend: the number 2500 is neither in the article nor in a context note`,
      `${file}:32: step "one-2" legend "Sent 2,500 observers" does not rest on the step's text: "2,500" is in neither its retelling nor its context notes`,
      `${file}:34: step "one-2" route label: quote not found word for word in the article: "closer than ever to a final agreement"`,
      `${file}:34: step "one-2" route label "Talks “closer than ever to a final agreement”" does not rest on the step's text: "final" is in neither its retelling nor its context notes`,
      `${file}:35: step "one-2" callout "Moscow called the talks" does not rest on the step's text: "called" is in neither its retelling nor its context notes`,
      `5 findings against the source articles in ${articles}`,
    ]);
  });

  it('fails clearly when a chapter names no article, or one that is not in the folder', () => {
    const { code, err } = checkSources(articles, ...chapters('missing'));
    expect(code).toBe(1);
    expect(err).toContain(`tests/fixtures/sources/content/missing/a.mdx:10: source.file: "no-such-article.txt" is not in ${articles}`);
    expect(err).toContain('tests/fixtures/sources/content/missing/b.mdx:7: source.file: name the article this chapter retells');
  });

  it('needs a folder of articles', () => {
    expect(checkSources().code).toBe(2);
    const { code, err } = checkSources('tests/fixtures/sources/no-such-folder');
    expect(code).toBe(2);
    expect(err).toContain('is not a folder');
  });
});
