/*
 * A news article as chapter:new reads it: decoded as plain UTF-8 text, then split into its
 * title, the outlet a `Source:` line names and its paragraphs, page furniture left out.
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

export interface Article {
  title: string;
  /** The outlet a `Source:` line names, or null. */
  outlet: string | null;
  paragraphs: string[];
}

/** The article's title (its first line), outlet and paragraphs; throws when it has no title or no paragraph. */
export function parseArticle(text: string): Article {
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
  return { title, outlet, paragraphs };
}
