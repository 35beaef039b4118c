import { explorerSearchUrl } from '@/lib/ooni/explorer-search-url';

describe('explorerSearchUrl', () => {
  it('searches OONI Explorer for the domain as measured from Russia', () => {
    expect(explorerSearchUrl('mailfence.com')).toBe('https://explorer.ooni.org/search?domain=mailfence.com&probe_cc=RU');
  });

  it('keeps a hostile domain inside its own parameter', () => {
    const url = new URL(explorerSearchUrl('x.com&probe_cc=US#y'));
    expect(url.searchParams.get('domain')).toBe('x.com&probe_cc=US#y');
    expect(url.searchParams.getAll('probe_cc')).toEqual(['RU']);
    expect(url.hash).toBe('');
  });
});
