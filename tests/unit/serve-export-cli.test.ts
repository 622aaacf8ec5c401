import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root } from './repo';

/** Runs the CLI without blocking: the test's own server holds the port meanwhile. */
const serve = (...args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'app/_cli/serve-export.mjs'), ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (status) => resolve({ status, stderr }));
  });

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('npm run serve:export', () => {
  it('on a busy port, says which port is busy', async () => {
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { status, stderr } = await serve('--port', String(port));
    expect(status).toBe(1);
    expect(stderr).toContain(`port ${port} is busy`);
  });

  it('refuses a port that is not one', () => {
    const { status, stderr } = spawnSync(process.execPath, ['app/_cli/serve-export.mjs', '--port', '99999'], { cwd: root, encoding: 'utf8' });
    expect(status).toBe(1);
    expect(stderr).toContain('--port must be a port number');
  });
});
