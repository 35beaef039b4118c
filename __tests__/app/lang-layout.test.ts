import { generateMetadata as blockingMetadata } from '@/app/[lang]/blocking/page';
import { generateMetadata as dataMetadata } from '@/app/[lang]/data/page';
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

  it.each([
    ['/{lang}/blocking', blockingMetadata, '/fr/blocking'],
    ['/{lang}/data', dataMetadata, '/fr/data'],
  ])('%s links its languages on SITE_URL only, as the layout does', async (_, pageMetadata, canonical) => {
    const params = { params: Promise.resolve({ lang: 'fr' }) };
    process.env.SITE_URL = 'https://unblock.example';
    expect((await pageMetadata(params)).alternates?.canonical).toBe(canonical);
    delete process.env.SITE_URL;
    const without = await pageMetadata(params);
    expect(without.alternates).toBeUndefined();
    expect(without.title).toEqual(expect.any(String));
  });
});
