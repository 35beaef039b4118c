import { createServer } from 'node:net';
import { join } from 'node:path';

import { send } from './http';
import { start, waitUntil, type Started } from './processes';

/** The standalone build `npm run build` makes: what each systemd unit of docs/deploy.md runs. */
export const standaloneDir = join(__dirname, '..', '..', '.next', 'standalone');

/** A TCP port nobody listens on right now; the system picks it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Instance {
  url: string;
  started: Started;
}

/**
 * `node server.js` with exactly the environment given (as systemd starts a unit: nothing of the
 * test runner's own), ready once its /api/health answers 200.
 */
export async function startInstance(environment: Record<string, string>): Promise<Instance> {
  const started = start(process.execPath, ['server.js'], {
    cwd: standaloneDir,
    env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '/usr/bin:/bin', ...environment },
  });
  const url = `http://${environment.HOSTNAME}:${environment.PORT}`;
  await waitUntil(started, `the instance on ${url}`, async () => (await send(`${url}/api/health`)).status === 200);
  return { url, started };
}
