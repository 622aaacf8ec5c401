import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems';

/*
 * The one reader of a chapter's YAML frontmatter. The loader, the check and the draft
 * detection all go through it, so `draft: true # wip` or a file saved with CRLF line
 * endings means the same everywhere, and every problem points at the line the YAML
 * parser itself located.
 */

export interface FrontmatterBlock {
  /** The parsed YAML (undefined when the file has no frontmatter or it does not parse). */
  data: unknown;
  /** Problems of the YAML itself (not of its content), with lines in the file. */
  problems: Problem[];
  /** The file's line of a key path such as `['dates', 'start']`, or the nearest existing parent's. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The MDX body, with the frontmatter's lines left blank so line numbers stay the file's. */
  body: string;
  /** True only for `draft: true`. */
  draft: boolean;
}

const fence = /^---[ \t]*$/;

/**
 * Splits and parses the frontmatter of an MDX file.
 * @example readFrontmatter('---\r\nslug: a\r\ndraft: true # wip\r\n---\r\n', 'a.mdx').draft // true
 */
export function readFrontmatter(raw: string, file: string): FrontmatterBlock {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const end = fence.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && fence.test(line)) : -1;
  if (end < 0) {
    const problems = fence.test(lines[0] ?? '') ? [{ file, line: 1, message: 'the frontmatter has no closing `---` line' }] : [];
    return { data: undefined, problems, lineOf: () => 1, body: lines.join('\n'), draft: false };
  }

  // YAML offsets count from the line after the opening fence.
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `invalid frontmatter YAML: ${error.message.split('\n')[0]}`,
  }));
  const data: unknown = problems.length ? undefined : document.toJS();

  const lineOf = (path: readonly PropertyKey[]): number => {
    let line = 1;
    let node: unknown = document.contents;
    for (const key of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        next = (pair?.value ?? undefined) as Node | undefined;
        if (!pair) break;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key] as Node | undefined;
        if (next?.range) line = lineAt(next.range[0]);
        if (!next) break;
      } else break;
      node = next;
    }
    return line;
  };

  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  const draft = typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
  return { data, problems, lineOf, body, draft };
}
