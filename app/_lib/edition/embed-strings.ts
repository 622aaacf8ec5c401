import type { Lang } from './edition';

/*
 * The words `embed.js` puts into a publisher's page, per edition: a part of the site's
 * dictionary (strings.ts spreads it in) kept in a module of its own, so the loader carries
 * these few words and not the whole dictionary.
 */

export interface EmbedStrings {
  /** The iframe's title when the placeholder gives none. */
  embedTitle: string;
  embedMap: (title: string) => string;
  readFullStory: string;
}

export const EMBED_STRINGS: Readonly<Record<Lang, EmbedStrings>> = {
  en: { embedTitle: 'The Astana talks: interactive map story', embedMap: (title) => `Map for “${title}”`, readFullStory: 'Read the full story' },
  ar: { embedTitle: 'محادثات أستانا: قصة تفاعلية على الخريطة', embedMap: (title) => `خريطة «${title}»`, readFullStory: 'اقرأ القصة كاملة' },
};
