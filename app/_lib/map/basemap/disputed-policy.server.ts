import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../content/problems';
import { EMPTY_POLICY, parseDisputedPolicy, type DisputedPolicy } from './disputed-policy';

/** Where the disputed-territory policy lives, relative to the repository root. */
export const DISPUTED_POLICY_FILE = 'geo/disputed.json';

/** The one reader of geo/disputed.json: the policy, or every problem with its line. */
export async function loadDisputedPolicy(
  root = process.cwd(),
  file = path.join(root, DISPUTED_POLICY_FILE),
): Promise<{ policy: DisputedPolicy; problems: Problem[] }> {
  const rel = path.relative(root, file).split(path.sep).join('/');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { policy: EMPTY_POLICY, problems: [{ file: rel, message: `cannot read the disputed-territory policy (${(error as Error).message})` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? raw.slice(0, Number(position[1])).split('\n').length : undefined;
    return { policy: EMPTY_POLICY, problems: [{ file: rel, line, message: `invalid JSON: ${message}` }] };
  }
  return parseDisputedPolicy(data, rel, raw);
}
