/**
 * `npm run chapter:new -- <article.txt> [--slug <slug>]`: drafts content/<slug>.mdx
 * from a plain-text article. The draft is marked `draft: true` and full of TODOs
 * that `npm run check` reports; it never overwrites an existing chapter.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cliArgs } from './args.mjs';
import { loadGazetteer } from '../_lib/content/loader.server';
import { draftChapter } from '../_lib/editorial/draft/draft-chapter';
import { ArticleError, decodeArticle } from '../_lib/editorial/draft/article';

const { values, positionals } = cliArgs(
  'chapter:new',
  { allowPositionals: true, options: { slug: { type: 'string' }, content: { type: 'string' }, gazetteer: { type: 'string' } } },
  'npm run chapter:new -- <article.txt> [--slug <slug>]',
);

const root = process.cwd();
const article = positionals[0];
if (!article || positionals.length > 1) {
  console.error('usage: npm run chapter:new -- <article.txt> [--slug <slug>]');
  process.exit(2);
}

try {
  const { gazetteer, problems } = await loadGazetteer(path.resolve(values.gazetteer ?? 'geo/places.json'), root);
  if (problems.length) throw new ArticleError(`fix the gazetteer first:\n  ${problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n  ')}`);
  const bytes = await readFile(article).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleError(`${article}: cannot read it (${error.code ?? error.message})`);
  });
  const draft = draftChapter(decodeArticle(bytes, article), gazetteer.places, { slug: values.slug });
  const target = path.join(path.resolve(values.content ?? 'content'), `${draft.slug}.mdx`);
  // 'wx' fails if the file exists: a draft never replaces a chapter.
  await writeFile(target, draft.mdx, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleError(
      error.code === 'EEXIST' ? `${path.relative(root, target)} already exists; choose another --slug` : `cannot write ${target}: ${error.message}`,
    );
  });

  console.log(`Drafted ${path.relative(root, target)} (draft: true, left out of production builds).`);
  console.log(`  ${draft.steps.length} steps; places found: ${draft.places.join(', ') || 'none'}`);
  if (draft.candidates.length) {
    console.log('\nNames the gazetteer does not know (add real places to geo/places.json):');
    for (const candidate of draft.candidates) {
      console.log(`  ${candidate.name}`);
      for (const sentence of candidate.sentences.slice(0, 3)) console.log(`      “${sentence}”`);
    }
  }
  console.log('\nNext: retell each step in our own words, fill the TODOs, then `npm run check` and `npm run dev`.');
} catch (error) {
  if (error instanceof ArticleError) {
    console.error(`chapter:new: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
