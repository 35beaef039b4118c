import { absoluteUrl, parseSiteUrl, siteUrl, strictTransportSecurity } from '@/lib/server/site-url';

describe('parseSiteUrl', () => {
  it.each([
    ['https://unblock.example', 'https://unblock.example'],
    ['https://unblock.example/', 'https://unblock.example'],
    ['  https://Unblock.Example  ', 'https://unblock.example'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['https://xn--e1afmkfd.xn--p1ai', 'https://xn--e1afmkfd.xn--p1ai'],
  ])('reads %j as the origin %s', (raw, origin) => {
    expect(parseSiteUrl(raw)?.origin).toBe(origin);
  });

  it.each([undefined, '', '   '])('reads %j as no public origin', (raw) => {
    expect(parseSiteUrl(raw)).toBeNull();
  });

  it.each([
    ['unblock.example', 'is not a URL'],
    ['ftp://unblock.example', 'is neither http nor https'],
    ['javascript:alert(1)', 'is neither http nor https'],
    ['https://user:secret@unblock.example', 'carries credentials'],
    ['https://unblock.example/app', 'has a path, query or fragment'],
    ['https://unblock.example/?x=1', 'has a path, query or fragment'],
    ['https://unblock.example?', 'has a path, query or fragment'],
    ['https://unblock.example/#top', 'has a path, query or fragment'],
  ])('refuses %j, naming SITE_URL and why (%s)', (raw, why) => {
    expect(() => parseSiteUrl(raw)).toThrow(`SITE_URL: "${raw}" ${why}`);
  });
});

describe('siteUrl and absoluteUrl', () => {
  it('write links on the public origin, whatever the request said', () => {
    const env = { SITE_URL: 'https://unblock.example' };
    expect(siteUrl(env)?.href).toBe('https://unblock.example/');
    expect(absoluteUrl('/fr', env)).toBe('https://unblock.example/fr');
    expect(absoluteUrl('/api/data?format=csv', env)).toBe('https://unblock.example/api/data?format=csv');
  });

  it('give nothing to build on when SITE_URL is unset', () => {
    expect(siteUrl({})).toBeNull();
    expect(absoluteUrl('/fr', {})).toBeNull();
  });

  it('read the environment when given none', () => {
    const saved = process.env.SITE_URL;
    process.env.SITE_URL = 'https://from-env.example';
    try {
      expect(absoluteUrl('/en')).toBe('https://from-env.example/en');
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});

describe('strictTransportSecurity', () => {
  it('promises https for a year when the public origin is https', () => {
    expect(strictTransportSecurity({ SITE_URL: 'https://unblock.example' })).toBe('max-age=31536000');
  });

  it.each([{}, { SITE_URL: 'http://unblock.example' }])('promises nothing for %j', (env) => {
    expect(strictTransportSecurity(env)).toBeNull();
  });
});
