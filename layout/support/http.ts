import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * The client's own address. Linux routes all of 127.0.0.0/8 to loopback, so each test client
   * binds its own (127.2.0.1, 127.3.0.1, …) and nginx sees as many clients as the test makes.
   */
  from?: string;
}

/**
 * One HTTP request on a connection of its own, as node:http sends it: no header added but the
 * ones given (no Accept-Encoding, so no compression unless a test asks), `Host` included, which a
 * test may forge. Rejects only when no answer comes at all.
 */
export function send(url: string, { method = 'GET', headers = {}, body, from }: RequestOptions = {}): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        localAddress: from,
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          if (!incoming.complete) {
            reject(new Error(`${method} ${url}: the answer was cut short`));
            return;
          }
          const whole = Buffer.concat(chunks);
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: whole, text: whole.toString('utf8') });
        });
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${method} ${url}: no answer in 30 s`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A JSON POST, as an integrator sends one. */
export function postJson(url: string, value: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<Answer> {
  return send(url, { ...options, method: 'POST', headers: { 'Content-Type': 'application/json', ...options.headers }, body: JSON.stringify(value) });
}
