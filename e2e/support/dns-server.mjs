/**
 * A real DNS server on 127.0.0.1 for the browser tests: the app under test is started with
 * `DNS_SERVERS=127.0.0.1:<port>`, so its MX and SPF lookups meet this zone instead of the internet
 * (there is none on the test machines, and the answers must not change under the tests).
 *
 * Plain JavaScript because scripts/run-e2e.mjs starts it with Node 20, which cannot load TypeScript.
 */
import dns2 from 'dns2';

const { Packet, createUDPServer } = dns2;

/** RFC 1035 §4.1.1 RCODE 3: the name does not exist. */
const NXDOMAIN = 3;

const recordTypes = { A: Packet.TYPE.A, AAAA: Packet.TYPE.AAAA, MX: Packet.TYPE.MX, TXT: Packet.TYPE.TXT };

/**
 * A TXT record is one string or several character-strings (RFC 1035 §3.3.14), as a record longer
 * than 255 bytes is published; the client joins them (RFC 7208 §3.3).
 * @typedef {{ MX?: { exchange: string; priority: number }[]; A?: string[]; AAAA?: string[]; TXT?: (string | string[])[] }} ZoneEntry
 * @typedef {Record<string, ZoneEntry>} Zone
 */

/**
 * The answer records for one question. A name in the zone without records of the asked type gets
 * an empty NOERROR answer (NODATA), a name outside it NXDOMAIN, as an authoritative server would.
 * @param {Zone} zone
 * @param {{ name: string; type: number }} question
 */
function answerFor(zone, question) {
  const name = question.name.toLowerCase().replace(/\.$/, '');
  const entry = zone[name];
  if (!entry) return null;
  const base = { name: question.name, class: Packet.CLASS.IN, ttl: 300 };
  if (question.type === recordTypes.MX) {
    return (entry.MX ?? []).map((mx) => ({ ...base, type: recordTypes.MX, ...mx }));
  }
  if (question.type === recordTypes.A) {
    return (entry.A ?? []).map((address) => ({ ...base, type: recordTypes.A, address }));
  }
  if (question.type === recordTypes.AAAA) {
    return (entry.AAAA ?? []).map((address) => ({ ...base, type: recordTypes.AAAA, address }));
  }
  if (question.type === recordTypes.TXT) {
    return (entry.TXT ?? []).map((data) => ({ ...base, type: recordTypes.TXT, data: typeof data === 'string' ? [data] : data }));
  }
  return [];
}

/**
 * Starts the server on 127.0.0.1 with a port the system picks.
 * @param {Zone} zone
 * @returns {Promise<{ port: number; close: () => Promise<void> }>}
 */
export async function startDnsServer(zone) {
  const server = createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    for (const question of request.questions) {
      const answers = answerFor(zone, question);
      if (answers === null) response.header.rcode = NXDOMAIN;
      else response.answers.push(...answers);
    }
    send(response).catch(() => {
      // The client went away (the app's lookup budget ran out): nothing to answer to.
    });
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address();
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
