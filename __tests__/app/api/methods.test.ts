import * as notFoundRoute from '@/app/api/[...path]/route';
import * as healthRoute from '@/app/api/health/route';
import * as reportsRoute from '@/app/api/reports/route';
import * as resolveRoute from '@/app/api/resolve/route';
import * as sendingServersRoute from '@/app/api/sending-servers/route';
import en from '@/messages/ui/en.json';
import ru from '@/messages/ui/ru.json';

type Handler = (request: Request) => Response | Promise<Response>;
type Body = { error?: { code?: string; message?: string } };

const request = (path: string, method: string, language = 'en') =>
  new Request(`http://localhost${path}`, { method, headers: { 'Accept-Language': language } });

describe('methods a route does not take', () => {
  const readOnlyRoutes: [string, Record<string, unknown>][] = [
    ['/api/resolve', resolveRoute],
    ['/api/sending-servers', sendingServersRoute],
    ['/api/health', healthRoute],
  ];

  it.each(readOnlyRoutes.flatMap(([path, route]) => ['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => [path, method, route] as const)))(
    '%s answers %s with 405, Allow: GET, HEAD, in the API error shape',
    async (path, method, route) => {
      const response = await (route[method] as Handler)(request(path, method));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(((await response.json()) as Body).error).toEqual({ code: 'method_not_allowed', message: en.apiErrors.read_only });
    },
  );

  it.each(['PUT', 'PATCH', 'DELETE'] as const)('/api/reports answers %s with 405, Allow: GET, POST, saying what it takes', async (method) => {
    const response = await reportsRoute[method](request('/api/reports', method, 'ru'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(((await response.json()) as Body).error).toEqual({ code: 'method_not_allowed', message: ru.apiErrors.reports_method });
  });
});

describe('an /api/ address no route answers', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with 404 not_found, in the caller\'s language', async (method) => {
    const response = notFoundRoute[method](request('/api/nothing/here', method, 'ru'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-language')).toBe('ru');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()) as Body).toEqual({ error: { code: 'not_found', message: ru.apiErrors.not_found } });
  });
});
