import { cacheableJson, entityTag, matchesIfNoneMatch } from '@/lib/api/cacheable-json';

const caching = { maxAgeSeconds: 600, staleWhileRevalidateSeconds: 60 };
const request = (headers: Record<string, string> = {}) => new Request('http://localhost/api/resolve?domain=bk.ru&only=mx', { headers });

describe('entityTag', () => {
  it('is a strong tag that follows the body: the same text, the same tag; any change, another', () => {
    const tag = entityTag('{"domain":"bk.ru"}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(entityTag('{"domain":"bk.ru"}')).toBe(tag);
    expect(entityTag('{"domain":"bk.ru","reportedBlocking":true}')).not.toBe(tag);
  });
});

describe('matchesIfNoneMatch', () => {
  const tag = '"abc"';
  it.each([
    ['the same tag', '"abc"'],
    ['the tag weakened, as nginx does when it compresses', 'W/"abc"'],
    ['a list holding it', '"x", W/"abc" , "y"'],
    ['any tag', '*'],
  ])('matches %s', (_, header) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(true);
  });

  it.each([
    ['no header', null],
    ['another tag', '"abd"'],
    ['the tag without quotes', 'abc'],
    ['an empty header', ''],
  ])('does not match %s', (_, header) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(false);
  });
});

describe('cacheableJson', () => {
  const body = { domain: 'bk.ru', mx: null, mxStatus: 'nxdomain' };

  it('answers 200 JSON that any cache may keep, tagged from the exact bytes sent', async () => {
    const response = cacheableJson(request(), body, caching);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=60');
    expect(response.headers.get('etag')).toBe(entityTag(text));
    expect(JSON.parse(text)).toEqual(body);
  });

  it('answers 304 without a body when If-None-Match names the tag, with the same caching headers', async () => {
    const tag = cacheableJson(request(), body, caching).headers.get('etag') ?? '';
    const response = cacheableJson(request({ 'If-None-Match': `W/${tag}` }), body, caching);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(tag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=60');
  });

  it('answers 200 when the body changed since the tag the client holds', () => {
    const stale = cacheableJson(request(), body, caching).headers.get('etag') ?? '';
    const response = cacheableJson(request({ 'If-None-Match': stale }), { ...body, mxStatus: 'ok' }, caching);
    expect(response.status).toBe(200);
  });

  it('asks caches to revalidate every time when the answer is fresh for no time at all', () => {
    expect(cacheableJson(request(), body, { maxAgeSeconds: 0, staleWhileRevalidateSeconds: 60 }).headers.get('cache-control')).toBe('public, no-cache');
  });
});
