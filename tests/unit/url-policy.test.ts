import { describe, expect, it } from 'vitest';
import { redirectFor, redirectsFile } from '@/app/_lib/publishing/url-policy.mjs';

describe('the URL policy', () => {
  it('sends every other form of a page to its one address, keeping the query', () => {
    const cases: Array<[string, string | null]> = [
      ['/chapters/x', null],
      ['/', null],
      ['/?a=/b/', null],
      ['/chapters/x/', '/chapters/x'],
      ['/chapters/x/?ref=a&b=1', '/chapters/x?ref=a&b=1'],
      ['/chapters/x.html', '/chapters/x'],
      ['/chapters/x/index.html', '/chapters/x'],
      ['/index.html', '/'],
      ['/index.html?x=1', '/?x=1'],
      // One kind per hop, in Next's order: the slash first, then the .html.
      ['/chapters/x.html/', '/chapters/x.html'],
      // Never a protocol-relative Location.
      ['//evil.example/', '/evil.example/'],
      ['/chapters//x', '/chapters/x'],
      // Escapes are not what they encode: the path as sent decides.
      ['/chapters/x%2F', null],
      ['/chapters/x%2Ehtml', null],
      ['/.html', null],
    ];
    for (const [target, expected] of cases) expect(redirectFor(target), target).toBe(expected);
  });

  it('writes _redirects for each page: its .html forms, forced over the files of those names', () => {
    expect(redirectsFile(['/chapters/x', '/']).split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      '/index.html / 308!',
      '/chapters/x.html /chapters/x 308!',
      '/chapters/x/index.html /chapters/x 308!',
    ]);
  });
});
