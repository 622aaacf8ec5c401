import { kebabId, type Place } from '../../content/schema';
import { ArticleError, parseArticle } from './article';
import { draftMdx } from './mdx';
import { candidatesIn, matchersFor, type Candidate } from './places';
import { groupSteps, nameSteps, type DraftStep } from './steps';

/*
 * Turns a plain-text news article into a draft chapter: frontmatter filled as far
 * as the text allows, paragraphs grouped into steps by the places they mention.
 * Pure: the CLI (app/_cli/new-chapter.ts) does the file handling.
 */

export interface Draft {
  slug: string;
  title: string;
  outlet: string | null;
  mdx: string;
  /** Every gazetteer place found, in order of first mention. */
  places: string[];
  /** Capitalised names after "in", "at", "to"… that the gazetteer does not know. */
  candidates: Candidate[];
  steps: DraftStep[];
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

export function draftChapter(text: string, places: readonly Place[], options: { slug?: string } = {}): Draft {
  const { title, outlet, paragraphs } = parseArticle(text);
  const matchers = matchersFor(places);
  // The slug names the file: the loader's own rule keeps it a plain name inside content/.
  const slug = options.slug ?? slugify(title);
  const checked = kebabId.safeParse(slug);
  if (!checked.success) throw new ArticleError(`--slug "${slug}": ${checked.error.issues[0]?.message ?? 'not a valid slug'}`);
  const steps = groupSteps(paragraphs, matchers);
  nameSteps(steps, slug);
  const allPlaces = [...new Set(steps.flatMap((s) => s.places))];
  const mdx = draftMdx({ slug, title, outlet, places: allPlaces, steps });
  return { slug, title, outlet, mdx, places: allPlaces.filter((id) => id !== 'TODO-place'), candidates: candidatesIn(paragraphs, matchers), steps };
}
