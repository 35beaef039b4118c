import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import * as dataRoute from '@/app/api/data/route';
import * as schemaRoute from '@/app/api/data/schema/route';
import { blockedServers } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { isps } from '@/lib/data/isps';
import { providers } from '@/lib/data/providers';

const get = (route: { GET: (request: Request) => Response }, path: string, headers: HeadersInit = {}) =>
  route.GET(new Request(`http://localhost${path}`, { headers }));

async function validatorOfPublishedSchema() {
  const schema = (await get(schemaRoute, '/api/data/schema').json()) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

type Export = { version: string; generatedAt: string; license: { records: { name: string; url: string } }; providers: unknown[] };

describe('GET /api/data', () => {
  it('answers every record under its export name, with the version, the time and the licence', async () => {
    const response = get(dataRoute, '/api/data');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as Export & Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['blockedServers', 'blockedServices', 'generatedAt', 'isps', 'license', 'providers', 'version']);
    expect(JSON.parse(JSON.stringify({ providers, isps, blockedServers, blockedServices }))).toEqual({
      providers: body.providers,
      isps: body.isps,
      blockedServers: body.blockedServers,
      blockedServices: body.blockedServices,
    });
    expect(body.license.records).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);
  });

  it('is cacheable: an ETag, a max-age, and 304 without a body for a current copy', async () => {
    const first = get(dataRoute, '/api/data');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[0-9a-f]{16}"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);

    const revalidated = get(dataRoute, '/api/data', { 'If-None-Match': `"other", ${etag}` });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(revalidated.headers.get('etag')).toBe(etag);

    expect(get(dataRoute, '/api/data', { 'If-None-Match': '"stale"' }).status).toBe(200);
  });

  it('names its version after the records, the same one the ETag carries', async () => {
    const response = get(dataRoute, '/api/data');
    const { version } = (await response.json()) as Export;
    expect(response.headers.get('etag')).toBe(`W/"${version}"`);
  });

  it('refuses to be written to, in the API error shape', async () => {
    const response = dataRoute.POST(new Request('http://localhost/api/data', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: expect.stringContaining('GET') } });
  });
});

describe('GET /api/data/schema', () => {
  it('publishes a JSON Schema (draft 2020-12), cacheable like the data', async () => {
    const response = get(schemaRoute, '/api/data/schema');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const schema = (await response.json()) as { $schema: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'generatedAt', 'license', 'providers', 'isps', 'blockedServers', 'blockedServices']),
    );
  });

  it('validates the export the server answers', async () => {
    const validate = await validatorOfPublishedSchema();
    const exported: unknown = await get(dataRoute, '/api/data').json();
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
  });

  it('refuses an export whose contact has no evidence date, or a role it does not know', async () => {
    const validate = await validatorOfPublishedSchema();
    const exported = (await get(dataRoute, '/api/data').json()) as { isps: Array<{ contacts: Array<Record<string, unknown>> }> };
    const [first] = exported.isps;
    const contact = first?.contacts[0];
    if (contact === undefined) throw new Error('the first ISP has no contact to break');

    delete contact.evidenceDate;
    expect(validate(exported)).toBe(false);

    contact.evidenceDate = '2021-04-13';
    contact.role = 'sales';
    expect(validate(exported)).toBe(false);
  });
});
