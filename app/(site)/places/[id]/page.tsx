import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlaceMap } from '../../../_components/map/place-map';
import { formatDateRange } from '../../../_lib/content/dates';
import { cardPaths, pageMetadata } from '../../../_lib/publishing/page-metadata';
import { placeCard } from '../../../_lib/publishing/share-card/cards';
import { MEDIA_QUERIES } from '../../../_lib/layout/breakpoints';
import { getCountryIndex, PLACE_MAP, PLACE_MAP_PHONE, staticMapForPlace } from '../../../_lib/map/static/static-map.server';
import { excerpt } from '../../../_lib/reading/story-view';
import { getPlaceIds, getPlacePage } from '../../../_lib/content/story.server';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaceIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/places/[id]'>): Promise<Metadata> {
  const place = (await getPlacePage((await params).id))?.place;
  if (!place) return {};
  const card = { path: cardPaths.place(place.id), alt: placeCard(place).alt };
  return pageMetadata({ path: `/places/${place.id}`, title: `${place.name}, ${place.country}`, description: place.context, card });
}

export default async function PlacePage({ params }: PageProps<'/places/[id]'>) {
  const page = await getPlacePage((await params).id);
  if (!page) notFound();
  const { place, mentions } = page;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: place.name,
    alternateName: place.aliases.length ? place.aliases : undefined,
    description: place.context,
    geo: { '@type': 'GeoCoordinates', latitude: place.coordinates[1], longitude: place.coordinates[0] },
    containedInPlace: { '@type': 'Country', name: place.country },
  };

  return (
    <article className="place-page" data-place-page={place.id}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <p className="breadcrumb">
        <Link href="/" prefetch={false}>
          The Astana talks
        </Link>{' '}
        › Places
      </p>
      <h1>{place.name}</h1>
      <p className="place-meta">
        {place.country} · {place.kind} · {place.coordinates[1].toFixed(2)}°N, {place.coordinates[0].toFixed(2)}°E
      </p>
      <figure className="place-map">
        <PlaceMap id={place.id} name={place.name}>
          {/* A phone's own image: the laptop's, shrunk to a phone's column, had names too small to read. */}
          <picture>
            <source media={MEDIA_QUERIES.phoneMap} srcSet={`/maps/place/${place.id}-phone.svg`} width={PLACE_MAP_PHONE.width} height={PLACE_MAP_PHONE.height} />
            <img
              src={`/maps/place/${place.id}.svg`}
              alt={staticMapForPlace(place, PLACE_MAP, await getCountryIndex()).title}
              width={PLACE_MAP.width}
              height={PLACE_MAP.height}
              data-static-map=""
            />
          </picture>
        </PlaceMap>
        <figcaption className="map-key-caption">
          <span className="key-swatch" aria-hidden="true" /> Shaded: {place.country}, the country of {place.name}
        </figcaption>
      </figure>
      <p className="place-context">{place.context}</p>
      {place.source && (
        <p className="place-source" data-place-source="">
          <span className="label">Source:</span> {place.source}
        </p>
      )}
      <h2>In this story</h2>
      {mentions.length === 0 ? (
        <p>No chapter mentions {place.name} yet.</p>
      ) : (
        <ol className="place-mentions">
          {mentions.map(({ chapter, step }) => (
            <li key={step.id} data-mention={step.id}>
              {/* Not prefetched: a phone would spend ~38 KB before any interaction on chapters the reader may not open. */}
              <Link href={`/chapters/${chapter.slug}#${step.id}`} prefetch={false}>
                {chapter.title}
              </Link>
              <span className="mention-date"> · {formatDateRange(chapter.dates.start, chapter.dates.end)}</span>
              <p>{excerpt(step.text, 220)}</p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
