import { unfurl } from 'unfurl.js';
import { expect, test } from './fixtures';
import { story } from './story-data';

/**
 * A real link-preview client (unfurl.js, as chat apps and CMSes use) given a chapter's URL in
 * the form CMSes and link checkers often produce, with a trailing slash, against the export.
 */
test('a link-preview client reads a chapter card and its oEmbed from the trailing-slash URL', { tag: '@publisher' }, async ({ baseURL, exported }) => {
  test.skip(!exported, 'the static host is where a trailing slash was a dead link');
  const chapter = story.chapters[1]!;
  const preview = await unfurl(`${baseURL}/chapters/${chapter.slug}/`, { oembed: true, follow: 3 });
  expect(preview.open_graph?.title).toBe(chapter.title);
  expect(preview.open_graph?.url).toBe(`${baseURL}/chapters/${chapter.slug}`);
  expect(preview.open_graph?.images?.[0]?.url).toBe(`${baseURL}/cards/chapters/${chapter.slug}.png`);
  expect(preview.twitter_card?.card).toBe('summary_large_image');
  expect(preview.oEmbed).toMatchObject({ type: 'rich', version: '1.0', title: chapter.title });
  expect((preview.oEmbed as { html?: string }).html).toContain(`src="${baseURL}/embed/${chapter.slug}"`);
});
