import dns2 from 'dns2';

const { Packet } = dns2;

// What the public DNS said for mail.ru when this bench was written (MX mxs.mail.ru, VK's network).
const zone = {
  'mail.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'mxs.mail.ru': { A: ['94.100.180.104', '217.69.139.150'] },
};

/**
 * A DNS server on 127.0.0.1 that answers for mail.ru at once, so the project's /api/resolve does
 * its whole job (MX lookup, A lookup, network table) without the internet, and the figure is the
 * app's own cost rather than a distant resolver's. Other names get NXDOMAIN.
 */
export async function startDnsServer() {
  const server = dns2.createServer({
    udp: true,
    handle(request, send) {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const name = question?.name.toLowerCase().replace(/\.$/, '') ?? '';
      const records = zone[name];
      if (!records) {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
      } else if (question.type === Packet.TYPE.MX) {
        for (const { exchange, priority } of records.MX ?? []) {
          response.answers.push({ name: question.name, type: Packet.TYPE.MX, class: Packet.CLASS.IN, ttl: 300, exchange, priority });
        }
      } else if (question.type === Packet.TYPE.A) {
        for (const address of records.A ?? []) {
          response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 300, address });
        }
      }
      send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  return { server: `127.0.0.1:${addresses.udp.port}`, close: () => server.close() };
}
