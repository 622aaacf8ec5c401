import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateRange } from '@/app/_lib/content/dates';
import { editionPath, EDITIONS, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { cardPaths, pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import { getMapEdition } from '@/app/_lib/map/edition/map-edition.server';
import { MAP_WORDS } from '@/app/_lib/map/map-words';
import { PLACE_MAP, PLACE_MAP_PHONE, staticMapForPlace } from '@/app/_lib/map/static/static-map.server';
import { excerpt } from '@/app/_lib/reading/story-view';
import { getPlaceIds, getPlacePage } from '@/app/_lib/content/story.server';
import { PlaceMap } from '../map/place-map';

/** One place in one edition: `/places/<id>` and `/ar/places/<id>`. */
export async function placeParams() {
  return (await getPlaceIds()).map((id) => ({ id }));
}

/** The place in the edition's words, as its maps name it (map/edition/map-edition.server.ts): name, context and country. */
async function placeIn(lang: Lang, id: string) {
  const page = await getPlacePage(id, lang);
  if (!page) return undefined;
  const place = (await getMapEdition(lang)).gazetteer.byId.get(id);
  // The map edition holds every place of the gazetteer, named in its language.
  if (!place) throw new Error(`place "${id}" is missing from the ${lang} map edition`);
  return { ...page, place, name: place.name, context: place.context };
}

export async function placeMetadata(lang: Lang, id: string): Promise<Metadata> {
  const page = await placeIn(lang, id);
  const drawn = await editionCard(lang, 'place', id);
  if (!page || !drawn) return {};
  const { place, name, context } = page;
  const card = { path: cardPaths.place(place.id), alt: drawn.alt };
  const title = MAP_WORDS[lang].inCountry(name, place.country);
  return pageMetadata({ path: `/places/${place.id}`, lang, title, description: context, card });
}

function coordinates([lng, lat]: readonly number[], lang: Lang): string {
  const format = new Intl.NumberFormat(EDITIONS[lang].locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === 'ar' ? `${format.format(lat!)}° شمالاً، ${format.format(lng!)}° شرقاً` : `${format.format(lat!)}°N, ${format.format(lng!)}°E`;
}

export async function PlacePageView({ lang, id }: { lang: Lang; id: string }) {
  const page = await placeIn(lang, id);
  if (!page) notFound();
  const t = stringsFor(lang);
  const { place, mentions, name, context } = page;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name,
    alternateName: lang === 'en' && place.aliases.length ? place.aliases : undefined,
    description: context,
    geo: { '@type': 'GeoCoordinates', latitude: place.coordinates[1], longitude: place.coordinates[0] },
    containedInPlace: { '@type': 'Country', name: place.country },
  };
  const mapTitle = staticMapForPlace(place, PLACE_MAP, (await getMapEdition(lang)).countries, lang).title;

  return (
    <article className="place-page" data-place-page={place.id}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <p className="breadcrumb">
        <Link href={editionPath(lang, '/')} prefetch={false}>
          {t.siteName}
        </Link>{' '}
        › {t.places}
      </p>
      <h1>{name}</h1>
      <p className="place-meta">
        {`${place.country} · ${t.placeKind[place.kind]} · `}
        {coordinates(place.coordinates, lang)}
      </p>
      <figure className="place-map">
        <PlaceMap id={place.id} name={name}>
          {/* A phone's own image: the laptop's, shrunk to a phone's column, had names too small to read. */}
          <picture>
            <source
              media={MEDIA_QUERIES.phoneMap}
              srcSet={editionPath(lang, `/maps/place/${place.id}-phone.svg`)}
              width={PLACE_MAP_PHONE.width}
              height={PLACE_MAP_PHONE.height}
            />
            <img
              src={editionPath(lang, `/maps/place/${place.id}.svg`)}
              alt={mapTitle}
              width={PLACE_MAP.width}
              height={PLACE_MAP.height}
              data-static-map=""
            />
          </picture>
        </PlaceMap>
        <figcaption className="map-key-caption">
          <span className="key-swatch" aria-hidden="true" /> {t.shaded(place.country, name)}
        </figcaption>
      </figure>
      <p className="place-context">{context}</p>
      {lang === 'en' && place.source && (
        <p className="place-source" data-place-source="">
          <span className="label">{t.source}</span> {place.source}
        </p>
      )}
      <h2>{t.inThisStory}</h2>
      {mentions.length === 0 ? (
        <p>{t.noMentions(name)}</p>
      ) : (
        <ol className="place-mentions">
          {mentions.map(({ chapter, step }) => (
            <li key={step.id} data-mention={step.id}>
              {/* Not prefetched: a phone would spend ~38 KB before any interaction on chapters the reader may not open. */}
              <Link href={editionPath(lang, `/chapters/${chapter.slug}#${step.id}`)} prefetch={false}>
                {chapter.title}
              </Link>
              <span className="mention-date"> · {formatDateRange(chapter.dates.start, chapter.dates.end, lang)}</span>
              <p>{excerpt(step.text, 220)}</p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
