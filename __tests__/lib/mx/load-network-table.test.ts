import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

describe('loadNetworkTable', () => {
  it('reads lib/data/networks.json at the first lookup, not at import, and only once', () => {
    const read = jest.spyOn(fs, 'readFileSync');
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance is the point
        const { lookupNetwork } = require('@/lib/mx/lookup-network') as typeof import('@/lib/mx/lookup-network');
        const readsOfTable = () => read.mock.calls.filter(([file]) => String(file).endsWith('networks.json')).length;
        expect(readsOfTable()).toBe(0);
        expect(lookupNetwork('217.69.139.150').asn).toBe(47764);
        expect(lookupNetwork('77.88.21.249').asn).toBe(13238);
        expect(readsOfTable()).toBe(1);
      });
    } finally {
      read.mockRestore();
    }
  });
});

describe('npm run data:networks', () => {
  it('would write exactly the committed networks.json and its licence from the installed packages', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/distil-networks.mjs', '--check'], { cwd: process.cwd() });
    expect(stdout).toMatch(/up to date/);
  }, 60_000);
});
