/**
 * A UDP socket that sends to one multicast group:port from the configured interface address
 * (never hard-wired: in the netns tests it is the veth's address). Connected, so each send skips
 * the address lookup and the kernel's per-send route resolution.
 */
import dgram from 'node:dgram';
import { BourseError } from '../kernel/errors.ts';
import type { Endpoint } from './config.ts';

export interface SenderOptions {
  interface: string;
  ttl: number;
  loopback: boolean;
}

export interface Sender {
  readonly endpoint: Endpoint;
  /** Send one datagram; the bytes must stay unchanged until the kernel has taken them (see PacketWindow). */
  send(bytes: Uint8Array): void;
  /** Send errors seen so far (ENOBUFS and the like: counted, never thrown on the hot path). */
  readonly errors: number;
  close(): Promise<void>;
}

export async function openSender(ep: Endpoint, o: SenderOptions): Promise<Sender> {
  const sock = dgram.createSocket({ type: 'udp4', sendBufferSize: 4 * 1024 * 1024 });
  let errors = 0;
  let closed = false;
  const onErr = (): void => {
    errors++;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      sock.once('error', reject);
      sock.bind(0, o.interface, () => {
        sock.off('error', reject);
        resolve();
      });
    });
    sock.on('error', onErr);
    sock.setMulticastInterface(o.interface);
    sock.setMulticastTTL(o.ttl);
    sock.setMulticastLoopback(o.loopback);
    await new Promise<void>((resolve, reject) => {
      sock.connect(ep.port, ep.group, (e?: Error) => (e ? reject(e) : resolve()));
    });
  } catch (e) {
    sock.close();
    throw new BourseError('PUBLISHER_SOCKET', `${ep.group}:${ep.port} from ${o.interface}: ${(e as Error).message}`);
  }
  return {
    endpoint: ep,
    send(bytes: Uint8Array): void {
      if (!closed) sock.send(bytes); // no callback: errors arrive as 'error' events (counted)
    },
    get errors() {
      return errors;
    },
    close(): Promise<void> {
      if (closed) return Promise.resolve();
      closed = true;
      return new Promise((resolve) => sock.close(() => resolve()));
    },
  };
}
