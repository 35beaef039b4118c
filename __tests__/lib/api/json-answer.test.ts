import { createAnswerCache } from '@/lib/api/answer-cache';
import { entityTag } from '@/lib/api/cacheable-json';
import { cacheableAnswer, jsonAnswer, jsonTail, sendJson, withFirstMember } from '@/lib/api/json-answer';

const caching = { maxAgeSeconds: 600, staleWhileRevalidateSeconds: 60 };
const request = (headers: Record<string, string> = {}) => new Request('http://localhost/api/resolve?domain=bk.ru&only=mx', { headers });
const small = { domain: 'bk.ru', mx: null, mxStatus: 'nxdomain' };
const large = { domain: 'bk.ru', isps: Array.from({ length: 40 }, (_, index) => ({ id: `isp-${index}`, asns: [8359, 8580, 13055] })) };

describe('sendJson', () => {
  it('answers 200 JSON with the bytes given and the headers given', async () => {
    const response = sendJson(jsonAnswer(large).bytes, 'no-store');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(await response.text())).toEqual(large);
  });
});

describe('withFirstMember', () => {
  it('writes the member in front of an object serialised once', () => {
    const rest = jsonTail(large);
    for (const value of ['olga@bk.ru', null, 'o"l\\ga@bk.ru']) {
      expect(Buffer.from(withFirstMember('address', value, rest)).toString('utf8')).toBe(JSON.stringify({ address: value, ...large }));
    }
  });

  it('writes a lone member when the rest is empty', () => {
    expect(Buffer.from(withFirstMember('address', null, jsonTail({}))).toString('utf8')).toBe('{"address":null}');
  });
});

describe('cacheableAnswer', () => {
  it('answers 200 JSON that any cache may keep, tagged from the exact bytes sent', async () => {
    const response = cacheableAnswer(request(), jsonAnswer(large), caching);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=60');
    expect(response.headers.get('etag')).toBe(entityTag(text));
    expect(JSON.parse(text)).toEqual(large);
  });

  it('answers 304 without a body when If-None-Match names the tag, with the same caching headers', async () => {
    const tag = cacheableAnswer(request(), jsonAnswer(large), caching).headers.get('etag') ?? '';
    const response = cacheableAnswer(request({ 'If-None-Match': `W/${tag}` }), jsonAnswer(large), caching);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(tag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=60');
  });

  it('answers 200 when the body changed since the tag the client holds', () => {
    const stale = cacheableAnswer(request(), jsonAnswer(small), caching).headers.get('etag') ?? '';
    const response = cacheableAnswer(request({ 'If-None-Match': stale }), jsonAnswer({ ...small, mxStatus: 'ok' }), caching);
    expect(response.status).toBe(200);
  });

  it('asks caches to revalidate every time when the answer is fresh for no time at all', () => {
    expect(cacheableAnswer(request(), jsonAnswer(large), { maxAgeSeconds: 0, staleWhileRevalidateSeconds: 60 }).headers.get('cache-control')).toBe('public, no-cache');
  });
});

describe('an answer under 1 KB', () => {
  // Next's compression would gzip it anyway (it streams a route's body, so it never sees its
  // length): no-transform is what tells it, and any proxy, to send the bytes as they are.
  const justUnder = { pad: 'x'.repeat(1024 - JSON.stringify({ pad: '' }).length - 1) };

  it('asks that nobody transform it, shared or not, and keeps the rest of its caching', () => {
    expect(JSON.stringify(justUnder)).toHaveLength(1023);
    expect(cacheableAnswer(request(), jsonAnswer(justUnder), caching).headers.get('cache-control')).toBe('public, max-age=600, stale-while-revalidate=60, no-transform');
    expect(sendJson(jsonAnswer(small).bytes, 'no-store').headers.get('cache-control')).toBe('no-store, no-transform');
  });

  it('counts bytes, not characters: 1 KB of UTF-8 is compressed', () => {
    const cyrillic = { pad: 'я'.repeat(Math.ceil(justUnder.pad.length / 2)) };
    expect(JSON.stringify(cyrillic).length).toBeLessThan(1024);
    expect(sendJson(jsonAnswer(cyrillic).bytes, 'no-store').headers.get('cache-control')).toBe('no-store');
    expect(sendJson(jsonAnswer(large).bytes, 'no-store').headers.get('cache-control')).toBe('no-store');
  });
});

describe('createAnswerCache', () => {
  const sizeOf = (answer: string) => answer.length;

  it('builds an answer once for the same key and the same inputs', () => {
    const cached = createAnswerCache<string>({ maxBytes: 1000, sizeOf });
    const mx = [{ host: 'mxs.mail.ru' }];
    const build = jest.fn(() => 'answer');
    expect(cached('bk.ru', [mx], build)).toBe('answer');
    expect(cached('bk.ru', [mx], build)).toBe('answer');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds it again when an input is another object, even an equal one, or the key differs', () => {
    const cached = createAnswerCache<string>({ maxBytes: 1000, sizeOf });
    cached('bk.ru', [[{ host: 'mxs.mail.ru' }]], () => 'first');
    expect(cached('bk.ru', [[{ host: 'mxs.mail.ru' }]], () => 'second')).toBe('second');
    expect(cached('bk.ru', ['nxdomain'], () => 'third')).toBe('third');
    expect(cached('bk.ru', ['nxdomain', { pair: 1 }], () => 'fourth')).toBe('fourth');
    expect(cached('mail.ru', ['nxdomain', { pair: 1 }], () => 'fifth')).toBe('fifth');
  });

  it('keeps no more bytes than it is given: the least recently used answer goes first', () => {
    const cached = createAnswerCache<string>({ maxBytes: 10, sizeOf });
    cached('a.ru', [], () => 'aaaa');
    cached('b.ru', [], () => 'bbbb');
    cached('c.ru', [], () => 'cccc');
    const build = jest.fn(() => 'again');
    cached('a.ru', [], build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(cached('c.ru', [], () => 'not kept')).toBe('cccc');
  });
});
