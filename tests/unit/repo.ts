import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The repository's root: where the CLIs run and fixture paths start. */
export const root = path.resolve(import.meta.dirname, '../..');

/** Runs one of the project's TypeScript CLIs through tsx, as its npm script does, from the root. */
export function runCli(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
