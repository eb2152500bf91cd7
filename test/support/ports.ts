/** Free loopback ports for servers under test (free at the moment of asking). */
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo, type Server } from 'node:net';

/** A TCP port free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** `n` distinct TCP ports free on loopback right now (all held open while they are picked). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise<Server>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** A port free for both UDP and TCP on loopback right now (a feed endpoint, a retransmission server). */
export async function freeUdpTcpPort(): Promise<number> {
  for (;;) {
    const s = createSocket('udp4');
    const port = await new Promise<number>((r) => s.bind(0, '127.0.0.1', () => r(s.address().port)));
    s.close();
    const ok = await new Promise<boolean>((r) => {
      const t = createServer().once('error', () => r(false)).listen(port, '127.0.0.1', () => t.close(() => r(true)));
    });
    if (ok) return port;
  }
}
