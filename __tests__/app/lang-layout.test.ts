import { generateMetadata } from '@/app/[lang]/layout';
import { locales } from '@/lib/i18n/locales';

const metadataFor = (lang: string) => generateMetadata({ params: Promise.resolve({ lang }) });

describe('the pages’ metadata', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('links every language and the canonical page on SITE_URL', async () => {
    process.env.SITE_URL = 'https://unblock.example';
    const metadata = await metadataFor('fr');
    expect(String(metadata.metadataBase)).toBe('https://unblock.example/');
    expect(metadata.alternates?.canonical).toBe('/fr');
    expect(Object.keys(metadata.alternates?.languages ?? {})).toEqual([...locales, 'x-default']);
  });

  it('leaves the absolute links out when SITE_URL is unset, rather than guess the origin', async () => {
    delete process.env.SITE_URL;
    const metadata = await metadataFor('fr');
    expect(metadata.metadataBase).toBeUndefined();
    expect(metadata.alternates).toBeUndefined();
    expect(metadata.title).toEqual(expect.any(String));
  });
});
