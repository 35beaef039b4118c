import { createServer, type Server } from 'node:net';

import dns2 from 'dns2';

import { listenOnOnePort } from './dns-server';

/*
 * The tests' DNS server listens on UDP and TCP on one port; when the TCP side of the first port it
 * tries is taken, it must try another, on a new UDP socket (a closed one cannot be bound again).
 */
describe('listenOnOnePort', () => {
  const opened: { close(callback?: () => void): unknown }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  });

  it('moves to another port when the first one’s TCP side is taken', async () => {
    const tcp = dns2.createTCPServer(() => undefined);
    opened.push(tcp);
    const udpSockets: ReturnType<typeof dns2.createUDPServer>[] = [];
    const createUdp = () => {
      const udp = dns2.createUDPServer(() => undefined);
      udpSockets.push(udp);
      return udp;
    };
    // The first port's TCP side is taken by a real listener, just before the DNS server asks for it.
    let squatter: Server | undefined;
    const takenFirst = {
      once: tcp.once.bind(tcp),
      off: tcp.off.bind(tcp),
      listen(port: number, host: string, callback: () => void) {
        if (squatter !== undefined) return tcp.listen(port, host, callback);
        squatter = createServer();
        opened.push(squatter);
        squatter.listen(port, host, () => tcp.listen(port, host, callback));
        return tcp;
      },
    } as unknown as Parameters<typeof listenOnOnePort>[1];

    const { udp, port } = await listenOnOnePort(createUdp, takenFirst);
    opened.push(udp);

    expect(squatter?.address()).toMatchObject({ port: expect.any(Number) });
    expect(port).not.toBe((squatter?.address() as { port: number }).port);
    expect(udpSockets).toHaveLength(2);
    expect(udp).toBe(udpSockets[1]);
    expect((udp.address() as { port: number }).port).toBe(port);
  });
});
