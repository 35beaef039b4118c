import { isJsonMediaType, unsupportedMediaType } from '@/lib/api/unsupported-media-type';

describe('isJsonMediaType', () => {
  it.each([
    'application/json',
    'Application/JSON',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json; charset="utf-8"',
    'application/json ;  charset = utf-8',
    'application/json;',
  ])('takes %j', (type) => {
    expect(isJsonMediaType(type)).toBe(true);
  });

  it.each([
    null,
    '',
    'text/plain',
    'text/json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-patch+json',
    'application/json; charset=iso-8859-1',
    'application/json; charset=utf-16',
    'application/json; boundary=x',
    'application/json, text/plain',
  ])('refuses %j', (type) => {
    expect(isJsonMediaType(type)).toBe(false);
  });
});

describe('unsupportedMediaType', () => {
  const post = (contentType?: string) =>
    new Request('http://localhost/api/letters', { method: 'POST', body: '{}', headers: contentType ? { 'Content-Type': contentType } : {} });

  it('lets a JSON request through', () => {
    expect(unsupportedMediaType(post('application/json; charset=utf-8'))).toBeNull();
  });

  it('answers anything else with 415, the code unsupported_media_type and what it takes', async () => {
    const response = unsupportedMediaType(post('text/plain'));
    expect(response?.status).toBe(415);
    expect(response?.headers.get('accept-post')).toBe('application/json');
    expect(response?.headers.get('cache-control')).toBe('no-store');
    expect(await response?.json()).toEqual({ error: { code: 'unsupported_media_type', message: expect.stringMatching(/application\/json/) } });
  });
});
