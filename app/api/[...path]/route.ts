import { apiError } from '@/lib/api/api-error';

// Every /api/ address no route answers: a client gets the API's error shape in JSON, not Next's
// HTML page. Routes with their own segment (resolve, letters, …) take precedence over this one.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

function notFound(request: Request): Response {
  return apiError(request, 404, 'not_found', (t) => t.apiErrors.not_found);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
