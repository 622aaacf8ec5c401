/** One thing wrong with the story's data, located as precisely as we can. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/first-round.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message}`;
}

/** Thrown once with every problem found, so an author fixes them all in one pass. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${count} in the story's data:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Sorts in place by file, then line (stable, so problems on one line keep the order they were found in). */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A zod issue as an author reads it: "dates.start: must be an ISO date". */
export function describeIssue(issue: { path: PropertyKey[]; message: string }, fallbackField = 'entry'): string {
  const field = issue.path.length ? issue.path.map(String).join('.') : fallbackField;
  const message = /received undefined$/.test(issue.message) ? 'is required' : issue.message;
  return `${field}: ${message}`;
}

/** 1-based line of the first match of `pattern` in `text` at or after `fromLine`, if any. */
export function lineOf(text: string, pattern: RegExp, fromLine = 1): number | undefined {
  const lines = text.split('\n');
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    if (pattern.test(lines[i] ?? '')) return i + 1;
  }
  return undefined;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The closest known id, for "did you mean" hints on typos. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
