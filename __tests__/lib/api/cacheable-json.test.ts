import { cacheableJson, entityTag, matchesIfNoneMatch } from '@/lib/api/cacheable-json';

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

describe('cacheableJson with a text body', () => {
  const caching = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 0 };
  const cacheControlOf = (text: string) =>
    cacheableJson(new Request('http://localhost/api/data'), { body: text, etag: entityTag(text) }, caching).headers.get('cache-control');

  it('counts its UTF-8 bytes against the 1 KB threshold, not its characters', () => {
    expect(cacheControlOf(JSON.stringify({ name: 'x'.repeat(100) }))).toBe('public, max-age=60, stale-while-revalidate=0, no-transform');
    // 600 Cyrillic letters: under 1,024 characters, but 1,200 bytes.
    expect(cacheControlOf(JSON.stringify({ name: 'я'.repeat(600) }))).toBe('public, max-age=60, stale-while-revalidate=0');
    expect(cacheControlOf(JSON.stringify({ name: 'x'.repeat(5000) }))).toBe('public, max-age=60, stale-while-revalidate=0');
  });
});
