/** Free loopback ports for servers under test (free at the moment of asking). */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/**
 * Ports are drawn at random below the kernel's ephemeral range (32768-60999 here): a port the
 * kernel handed out by listen(0) can be handed out again to any process's outgoing connection
 * before a test's server binds it (a standby listens only at its takeover, tens of seconds later:
 * one CI run lost its FIX port that way). Below the range only another test's pick can take it.
 */
const LOW = 20000;
const HIGH = 32767;
const taken = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((r) => {
    const t = createServer().once('error', () => r(false)).listen(port, '127.0.0.1', () => t.close(() => r(true)));
  });
}

/** A TCP port free on loopback right now, outside the ephemeral range, not given out before by this process. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (taken.has(port) || !(await canListen(port))) continue;
    taken.add(port);
    return port;
  }
}

/** `n` distinct TCP ports free on loopback right now. */
export async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < n) ports.push(await freePort());
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
