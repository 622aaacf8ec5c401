import { escapeRegExp } from '../../content/problems';
import { kebabId, type Place } from '../../content/schema';

/*
 * Turns a plain-text news article into a draft chapter: frontmatter filled as far
 * as the text allows, paragraphs grouped into steps by the places they mention.
 * Pure: the CLI (app/_cli/new-chapter.ts) does the file handling.
 */

/** Articles are a few KB; anything this large is not one. */
export const MAX_ARTICLE_BYTES = 1_000_000;

export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Decodes an article, refusing what is not a plain-text article. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ArticleError(`${file}: the file is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError(`${file}: ${bytes.length} bytes is too large for an article (limit ${MAX_ARTICLE_BYTES} bytes)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let offset = 0;
    // Find the first invalid byte, so the author can look at it.
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
        offset = end;
      } catch {
        if (end - offset > 4) break;
      }
    }
    throw new ArticleError(`${file}: not valid UTF-8 text (first bad byte near offset ${offset}); convert it to UTF-8 first`);
  }
  if (text.includes('\u0000')) throw new ArticleError(`${file}: contains NUL bytes; this looks like a binary file, not an article`);
  if (!text.trim()) throw new ArticleError(`${file}: the file has no text`);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Page furniture that is not part of the article. */
const debris = [
  /^image (copyright|caption)\b/i,
  /image copyright$/i, // a photo caption glued to its credit label
  /^media caption/i,
  /^(reuters|afp|ap|epa|getty images)$/i,
  /^\d+$/,
  /^(opinion|inside story|watch|read more|related)\s*:/i,
  /^source:/i,
  /^share( this)?\b/i,
];

export interface DraftPlaceHit {
  id: string;
  /** The words in the text that named it. */
  matched: string;
}

export interface Candidate {
  name: string;
  sentences: string[];
}

export interface Draft {
  slug: string;
  title: string;
  outlet: string | null;
  mdx: string;
  /** Every gazetteer place found, in order of first mention. */
  places: string[];
  /** Capitalised names after "in", "at", "to"… that the gazetteer does not know. */
  candidates: Candidate[];
  steps: Array<{ id: string; places: string[]; paragraphs: string[] }>;
}

export function slugify(title: string, maxWords = 6): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFKD does not take apart.
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'chapter';
}

interface Matcher {
  id: string;
  phrase: string;
  pattern: RegExp;
}

function matchersFor(places: readonly Place[]): Matcher[] {
  const matchers = places.flatMap((place) =>
    [place.name, ...place.aliases].map((phrase) => ({
      id: place.id,
      phrase,
      // Whole words, case as written: "Iran" must not match "Iranian" or "iran".
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u'),
    })),
  );
  // Longer phrases first, so "Syrian government" wins over a shorter overlapping alias.
  return matchers.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function placesIn(text: string, matchers: readonly Matcher[]): DraftPlaceHit[] {
  const hits: Array<DraftPlaceHit & { index: number }> = [];
  for (const m of matchers) {
    const found = m.pattern.exec(text);
    if (found && !hits.some((h) => h.id === m.id)) hits.push({ id: m.id, matched: found[0], index: found.index });
  }
  return hits.sort((a, b) => a.index - b.index).map(({ id, matched }) => ({ id, matched }));
}

const notPlaces = new Set(
  'The A An This That These Those January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday UN US EU'.split(' '),
);

function candidatesIn(paragraphs: readonly string[], matchers: readonly Matcher[]): Candidate[] {
  const known = matchers.map((m) => m.phrase);
  const found = new Map<string, Set<string>>();
  const pattern = /\b(?:in|at|to|from|near|outside|around|towards?|across)\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)/gu;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.!?”"])\s+/)) {
      for (const match of sentence.matchAll(pattern)) {
        if (/according\s+to\s/i.test(sentence.slice(Math.max(0, match.index! - 10), match.index! + 3))) continue;
        const name = match[1]!.replace(/^the\s+/, '').replace(/['’]s$/, '');
        if (notPlaces.has(name) || known.some((k) => k === name || k.includes(name) || name.includes(k))) continue;
        if (!found.has(name)) found.set(name, new Set());
        found.get(name)!.add(sentence.trim());
      }
    }
  }
  return [...found].map(([name, sentences]) => ({ name, sentences: [...sentences] }));
}

/**
 * Article text as literal MDX: characters that would open an expression, a tag, an entity or
 * inline markup are backslash-escaped (a backslash too, so `\\{` stays text), and so is
 * whatever would start a block (a heading, a list item) at the start of a paragraph.
 * @example escapeMdxText('{x} <b>') // returns the text `\{x\} \<b\>`
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\{}<>*_`[\]&~|]/g, '\\$&')
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function draftChapter(text: string, places: readonly Place[], options: { slug?: string } = {}): Draft {
  const lines = text.split('\n').map((line) => line.trim());
  const titleIndex = lines.findIndex(Boolean);
  const title = (lines[titleIndex] ?? '').replace(/\}+$/, '').trim();
  if (!title) throw new ArticleError('the article has no title line');

  const sourceLine = lines.find((line) => /^source:/i.test(line));
  // "Source: Al Jazeera, News Agencies" names an outlet; the text alone never names a URL.
  const outlet = sourceLine ? sourceLine.replace(/^source:\s*/i, '').split(/,|\band\b/)[0]!.trim() || null : null;

  const paragraphs: string[] = [];
  let captionNext = false;
  for (const line of lines.slice(titleIndex + 1)) {
    const clean = line.replace(/\}+$/, '').trim();
    if (!clean) continue;
    // "Image caption" on its own line labels the caption on the next one.
    if (captionNext) {
      captionNext = false;
      continue;
    }
    if (/^(image|media) caption$/i.test(clean)) captionNext = true;
    if (clean === title || debris.some((d) => d.test(clean))) continue;
    if (paragraphs.at(-1) === clean) continue; // captions often repeat as the next line
    paragraphs.push(clean);
  }
  if (paragraphs.length === 0) throw new ArticleError('the article has a title but no paragraphs');

  const matchers = matchersFor(places);
  // The slug names the file: the loader's own rule keeps it a plain name inside content/.
  const slug = options.slug ?? slugify(title);
  const checked = kebabId.safeParse(slug);
  if (!checked.success) throw new ArticleError(`--slug "${slug}": ${checked.error.issues[0]?.message ?? 'not a valid slug'}`);
  const steps: Draft['steps'] = [];
  let leading: string[] = [];
  for (const paragraph of paragraphs) {
    const ids = placesIn(paragraph, matchers).map((hit) => hit.id);
    const current = steps.at(-1);
    if (ids.length === 0) {
      if (current) current.paragraphs.push(paragraph);
      else leading.push(paragraph);
      continue;
    }
    if (current && ids.every((id) => current.places.includes(id))) {
      current.paragraphs.push(paragraph);
      continue;
    }
    steps.push({ id: '', places: ids, paragraphs: [...leading, paragraph] });
    leading = [];
  }
  if (steps.length === 0) steps.push({ id: '', places: ['TODO-place'], paragraphs: leading });
  else if (leading.length) steps[0]!.paragraphs.unshift(...leading);

  const used = new Set<string>();
  for (const step of steps) {
    let id = `${slug}-${step.places[0]}`;
    for (let n = 2; used.has(id); n++) id = `${slug}-${step.places[0]}-${n}`;
    used.add(id);
    step.id = id;
  }

  const allPlaces = [...new Set(steps.flatMap((s) => s.places))];
  const body = steps
    .map((step) => {
      const placeAttr = step.places.length === 1 ? `place="${step.places[0]}"` : `places={${JSON.stringify(step.places)}}`;
      return [
        `<Step id="${step.id}" ${placeAttr}>`,
        '',
        '{/* TODO: retell in our own words; keep facts, figures and short attributed quotes. The article says: */}',
        '',
        ...step.paragraphs.flatMap((p) => [`> ${escapeMdxText(p)}`, '']),
        '</Step>',
      ].join('\n');
    })
    .join('\n\n');

  const mdx = `---
slug: ${slug}
title: ${yamlString(title)} # TODO: a headline in our own words
dek: "TODO: one line in our own words"
dates:
  start: "TODO" # TODO: the event's first day, YYYY-MM-DD
source:
  outlet: ${outlet ? yamlString(outlet) : 'null'}
  note: ${yamlString(outlet ? `TODO: describe the ${outlet} report.` : 'TODO: outlet not named in the text; say what the source is.')}
places: [${allPlaces.join(', ')}]
draft: true
---

${body}
`;

  return { slug, title, outlet, mdx, places: allPlaces.filter((id) => id !== 'TODO-place'), candidates: candidatesIn(paragraphs, matchers), steps };
}
