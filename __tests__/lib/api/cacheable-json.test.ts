import { entityTag, matchesIfNoneMatch } from '@/lib/api/cacheable-json';

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
