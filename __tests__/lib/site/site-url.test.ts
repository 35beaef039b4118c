import { siteUrl } from '@/lib/site/site-url';

describe('siteUrl', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it.each([
    ['https://unblock.example', 'https://unblock.example'],
    ['https://unblock.example/', 'https://unblock.example'],
    [' http://127.0.0.1:3000 ', 'http://127.0.0.1:3000'],
  ])('reads %j as the origin %j', (configured, origin) => {
    process.env.SITE_URL = configured;
    expect(siteUrl()).toBe(origin);
  });

  it.each([[undefined], [''], ['unblock.example'], ['javascript:alert(1)'], ['ftp://unblock.example']])(
    'is null for %j: nothing absolute is written without a public address',
    (configured) => {
      if (configured === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = configured;
      expect(siteUrl()).toBeNull();
    },
  );
});
