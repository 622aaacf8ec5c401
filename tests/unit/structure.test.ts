import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

/*
 * The shape of app/: every import goes down the layers below or stays in its own layer, no
 * module imports itself back through others, no two folders of app/_lib import each other,
 * build-time code stays apart from what the site runs, and modules stay small. Imports are
 * read with a regular expression over the source (import/export … from, side-effect imports,
 * import()), resolving '@/…' and relative specifiers as TypeScript and Node do here.
 */

/** Lowest first. A module may import from its own layer and the ones before it, never after. */
const LAYERS: readonly (readonly string[])[] = [
  ['app/_lib/geometry', 'app/_lib/markup', 'app/_lib/layout', 'app/_lib/edition'],
  ['app/_lib/content'],
  ['app/_lib/map', 'app/_lib/reading', 'app/_lib/embed'],
  ['app/_lib/publishing', 'app/_lib/editorial'],
  ['app/_components'],
  // Routes, the site's root files, the CLIs, the build and the embed loader's source.
  ['app'],
];
/** Build-time code: only the CLIs and the build itself may import it. */
const BUILD_TIME = ['app/_cli', 'app/_build'];
const MAX_LINES = 250;
const MAX_LINE_LENGTH = 160;

const CODE = /\.(?:ts|tsx|mjs|js)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* filesUnder(rel);
    else yield rel;
  }
}

const appFiles = [...filesUnder('app')].sort();
const modules = appFiles.filter((file) => CODE.test(file));

/** The specifiers a module imports: static, type-only, re-exported, side-effect and dynamic. */
function specifiers(source: string): string[] {
  const patterns = [/\bfrom\s*['"]([^'"\n]+)['"]/g, /\bimport\s*['"]([^'"\n]+)['"]/g, /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** The repository path a specifier names, or null for a package; throws when a path resolves to nothing. */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Every import arrow between modules of app/ (imports of stylesheets and packages left out). */
const arrows: Array<{ from: string; to: string }> = modules.flatMap((from) =>
  specifiers(readFileSync(path.join(root, from), 'utf8')).flatMap((specifier) => {
    const to = resolveImport(from, specifier);
    return to && to.startsWith('app/') && CODE.test(to) ? [{ from, to }] : [];
  }),
);

const within = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

function layerOf(file: string): number {
  let best = { layer: -1, length: -1 };
  LAYERS.forEach((folders, layer) => {
    for (const folder of folders) if (within(file, folder) && folder.length > best.length) best = { layer, length: folder.length };
  });
  return best.layer;
}

/** Strongly connected components with more than one member, or a member importing itself. */
function cycles(nodes: Iterable<string>, edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (node: string) => {
    const own = { index, low: index, onStack: true };
    state.set(node, own);
    index++;
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const seen = state.get(next);
      if (!seen) {
        visit(next);
        own.low = Math.min(own.low, state.get(next)!.low);
      } else if (seen.onStack) own.low = Math.min(own.low, seen.index);
    }
    if (own.low !== own.index) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      state.get(member)!.onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of nodes) if (!state.has(node)) visit(node);
  return found;
}

function graph(pairs: Iterable<[string, string]>): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of pairs) {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
  return edges;
}

/**
 * For an arrow between two modules of app/_lib, the two folders it joins: the children of
 * their closest common folder that hold them, a module directly in that folder standing for
 * the folder's own files (`map/*`). Null when both are in one folder.
 */
function folderArrow(from: string, to: string): [string, string] | null {
  const a = path.posix.dirname(from).split('/');
  const b = path.posix.dirname(to).split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (common === a.length && common === b.length) return null;
  const side = (parts: string[]) => (parts.length > common ? parts.slice(0, common + 1).join('/') : `${parts.join('/')}/*`);
  return [side(a), side(b)];
}

describe('the structure of app/', () => {
  it('finds the modules and their imports', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(arrows.length).toBeGreaterThan(200);
  });

  it('places every module in a layer, and every folder of app/_lib in a layer of its own naming', () => {
    expect(modules.filter((file) => layerOf(file) < 0)).toEqual([]);
    const named = new Set(LAYERS.flat());
    const concerns = readdirSync(path.join(root, 'app/_lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(concerns.map((entry) => `app/_lib/${entry.name}`).filter((folder) => !named.has(folder))).toEqual([]);
  });

  it('has no import circle', () => {
    expect(cycles(modules, graph(arrows.map(({ from, to }) => [from, to])))).toEqual([]);
  });

  it('never imports from a higher layer', () => {
    const upward = arrows.filter(({ from, to }) => layerOf(from) < layerOf(to)).map(({ from, to }) => `${from} -> ${to}`);
    expect(upward).toEqual([]);
  });

  it('has no two folders of app/_lib importing each other, at any depth', () => {
    const pairs = arrows.filter(({ from, to }) => within(from, 'app/_lib') && within(to, 'app/_lib')).flatMap(({ from, to }) => {
      const pair = folderArrow(from, to);
      return pair ? [pair] : [];
    });
    const folders = new Set(pairs.flat());
    expect(cycles(folders, graph(pairs))).toEqual([]);
  });

  it('keeps build-time code apart: only the CLIs and the build import them', () => {
    const into = arrows.filter(({ from, to }) => BUILD_TIME.some((folder) => within(to, folder)) && !BUILD_TIME.some((folder) => within(from, folder)));
    expect(into.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('has no loose module in app/_lib: each concern has its folder', () => {
    expect(appFiles.filter((file) => path.posix.dirname(file) === 'app/_lib')).toEqual([]);
  });

  it(`has no module over ${MAX_LINES} lines`, () => {
    const long = modules.flatMap((file) => {
      const lines = readFileSync(path.join(root, file), 'utf8').replace(/\n$/, '').split('\n').length;
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });

  it(`has no line over ${MAX_LINE_LENGTH} characters in app/`, () => {
    const long = appFiles
      .filter((file) => CODE.test(file) || file.endsWith('.css'))
      .flatMap((file) =>
        readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => ([...line].length > MAX_LINE_LENGTH ? [`${file}:${i + 1}: ${[...line].length} characters`] : [])),
      );
    expect(long).toEqual([]);
  });
});
