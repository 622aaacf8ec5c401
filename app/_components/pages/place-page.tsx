import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { translated } from '@/app/_lib/content/edition-names';
import { formatDateRange } from '@/app/_lib/content/dates';
import { editionPath, EDITIONS, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { cardPaths, pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import { getCountryIndex, PLACE_MAP, PLACE_MAP_PHONE, staticMapForPlace } from '@/app/_lib/map/static/static-map.server';
import { excerpt } from '@/app/_lib/reading/story-view';
import { getPlaceIds, getPlacePage } from '@/app/_lib/content/story.server';
import { PlaceMap } from '../map/place-map';

/** One place in one edition: `/places/<id>` and `/ar/places/<id>`. */
export async function placeParams() {
  return (await getPlaceIds()).map((id) => ({ id }));
}

/** The place in the edition's words: the gazetteer's `ar` fields in Arabic (npm run check holds them present). */
async function placeIn(lang: Lang, id: string) {
  const page = await getPlacePage(id, lang);
  if (!page) return undefined;
  const words = translated(page.place, lang);
  return { ...page, name: words?.name ?? page.place.name, context: words?.context ?? page.place.context };
}

export async function placeMetadata(lang: Lang, id: string): Promise<Metadata> {
  const page = await placeIn(lang, id);
  const drawn = await editionCard(lang, 'place', id);
  if (!page || !drawn) return {};
  const { place, name, context } = page;
  const card = { path: cardPaths.place(place.id), alt: drawn.alt };
  // Arabic country names come with the map's Arabic data (issue 27, item 4): the title names the place alone until then.
  const title = lang === 'en' ? `${name}, ${place.country}` : name;
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
  const mapTitle = staticMapForPlace(place, PLACE_MAP, await getCountryIndex()).title;

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
        {lang === 'en' ? `${place.country} · ${place.kind} · ` : ''}
        {coordinates(place.coordinates, lang)}
      </p>
      <figure className="place-map">
        <PlaceMap id={place.id} name={name}>
          {/* A phone's own image: the laptop's, shrunk to a phone's column, had names too small to read. */}
          <picture>
            <source media={MEDIA_QUERIES.phoneMap} srcSet={`/maps/place/${place.id}-phone.svg`} width={PLACE_MAP_PHONE.width} height={PLACE_MAP_PHONE.height} />
            <img
              src={`/maps/place/${place.id}.svg`}
              alt={lang === 'en' ? mapTitle : t.mapOf([name])}
              width={PLACE_MAP.width}
              height={PLACE_MAP.height}
              data-static-map=""
            />
          </picture>
        </PlaceMap>
        {lang === 'en' && (
          <figcaption className="map-key-caption">
            <span className="key-swatch" aria-hidden="true" /> {t.shaded(place.country, name)}
          </figcaption>
        )}
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
