/**
 * A minimal pcap writer for protocol tests: one TCP connection on loopback (handshake, then the
 * given segments in either direction), so TShark can reassemble and dissect what Bourse's own
 * encoders wrote. Ethernet + IPv4 + TCP, checksums left 0 (TShark does not verify them by default).
 */
export interface Segment {
  fromClient: boolean;
  bytes: Uint8Array;
}

export function tcpPcap(clientPort: number, serverPort: number, segments: Segment[]): Uint8Array {
  const records: Uint8Array[] = [];
  const global = new DataView(new ArrayBuffer(24));
  global.setUint32(0, 0xa1b2c3d4, true);
  global.setUint16(4, 2, true);
  global.setUint16(6, 4, true);
  global.setUint32(16, 65535, true);
  global.setUint32(20, 1, true); // LINKTYPE_ETHERNET
  records.push(new Uint8Array(global.buffer));
  let seqC = 1000;
  let seqS = 5000;
  let t = 1_700_000_000;
  const packet = (fromClient: boolean, flags: number, payload: Uint8Array) => {
    const len = 14 + 20 + 20 + payload.length;
    const b = new Uint8Array(16 + len);
    const dv = new DataView(b.buffer);
    t += 1;
    dv.setUint32(0, Math.floor(t / 1000), true);
    dv.setUint32(4, (t % 1000) * 1000, true);
    dv.setUint32(8, len, true);
    dv.setUint32(12, len, true);
    let o = 16 + 12;
    dv.setUint16(o, 0x0800); // IPv4
    o += 2;
    b[o] = 0x45;
    dv.setUint16(o + 2, 20 + 20 + payload.length);
    b[o + 8] = 64;
    b[o + 9] = 6; // TCP
    b.set([127, 0, 0, 1], o + 12);
    b.set([127, 0, 0, 1], o + 16);
    o += 20;
    dv.setUint16(o, fromClient ? clientPort : serverPort);
    dv.setUint16(o + 2, fromClient ? serverPort : clientPort);
    dv.setUint32(o + 4, fromClient ? seqC : seqS);
    dv.setUint32(o + 8, flags & 0x10 ? (fromClient ? seqS : seqC) : 0);
    b[o + 12] = 5 << 4;
    b[o + 13] = flags;
    dv.setUint16(o + 14, 65535);
    b.set(payload, o + 20);
    records.push(b);
    const adv = payload.length + (flags & 0x02 ? 1 : 0);
    if (fromClient) seqC += adv;
    else seqS += adv;
  };
  packet(true, 0x02, new Uint8Array(0)); // SYN
  packet(false, 0x12, new Uint8Array(0)); // SYN-ACK
  packet(true, 0x10, new Uint8Array(0)); // ACK
  for (const s of segments) packet(s.fromClient, 0x18, s.bytes); // PSH-ACK
  const total = records.reduce((a, r) => a + r.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const r of records) {
    out.set(r, at);
    at += r.length;
  }
  return out;
}
