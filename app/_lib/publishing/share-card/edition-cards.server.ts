import type { Lang } from '../../edition/edition';
import { stringsFor } from '../../edition/strings';
import { getMapEdition } from '../../map/edition/map-edition.server';
import { chapterCard, placeCard, storyCard, type CardContent } from './cards';
import { shareCardResponse } from './render.server';

/*
 * Every edition's share cards, for the card routes of both editions (app/cards, app/(site-ar)/ar/cards)
 * and the pages' metadata (their alt text): one answer to "the card of this page in this edition".
 * An edition's words and names come from its own story and gazetteer, never an English fallback:
 * a place with no Arabic name, or a country with none, fails the build (content/edition-names,
 * map/labels/arabic-names.server.ts).
 */

/** The three kinds of page with a card: the story (and its reader view), a chapter, a place. */
export type CardKind = 'story' | 'chapter' | 'place';

/** The ids an edition has cards for: its chapters' slugs, or every place's id. */
export async function cardIds(lang: Lang, kind: Exclude<CardKind, 'story'>): Promise<string[]> {
  const { chapters, gazetteer } = await getMapEdition(lang);
  return kind === 'chapter' ? chapters.map((chapter) => chapter.slug) : gazetteer.places.map((place) => place.id);
}

/** A page's card in an edition; undefined for a chapter or place the edition does not have. */
export async function editionCard(lang: Lang, kind: CardKind, id?: string): Promise<CardContent | undefined> {
  // The edition's places by their names and countries in its language (map/edition/map-edition.server.ts).
  const { chapters, gazetteer } = await getMapEdition(lang);
  if (kind === 'story') return storyCard(chapters, gazetteer, stringsFor(lang).storyTitle, lang);
  if (kind === 'chapter') {
    const chapter = chapters.find((c) => c.slug === id);
    return chapter && chapterCard(chapter, gazetteer, lang);
  }
  const place = id === undefined ? undefined : gazetteer.byId.get(id);
  if (!place) return undefined;
  return placeCard(place, lang);
}

/** The static params of a card route whose segment is `<id>.png`. */
export async function cardFileParams(lang: Lang, kind: Exclude<CardKind, 'story'>): Promise<{ file: string }[]> {
  return (await cardIds(lang, kind)).map((id) => ({ file: `${id}.png` }));
}

/** A card route's PNG, or a 404 for a file that is not one of its cards. */
export async function cardFileResponse(lang: Lang, kind: CardKind, file?: string): Promise<Response> {
  const id = file === undefined ? undefined : file.endsWith('.png') ? file.slice(0, -'.png'.length) : null;
  const card = id === null ? undefined : await editionCard(lang, kind, id);
  if (!card) return new Response('Not found', { status: 404 });
  return shareCardResponse(card);
}
