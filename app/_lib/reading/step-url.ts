/**
 * The URL that shares one step: the public origin (SITE_URL) when the build has one, else
 * this page's own address; the page's path, no query, and the step as fragment.
 *
 * @example stepUrl('first-round-astana', 'http://127.0.0.1:3000/chapters/first-round?x=1#old', 'https://story.example.org')
 * // 'https://story.example.org/chapters/first-round#first-round-astana'
 */
export function stepUrl(id: string, pageHref: string, siteOrigin: string | null): string {
  const page = new URL(pageHref);
  const url = new URL(page.pathname, siteOrigin ?? page.origin);
  url.hash = id;
  return url.href;
}
