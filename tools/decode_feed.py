#!/usr/bin/env python3
"""Independent decoder of a Bourse multicast feed capture (shares no code with Bourse).

Reads a capture file of datagrams, each stored as a 4-byte big-endian length followed by the
datagram's bytes, decodes every datagram as a `bourse.feed.v1.Packet` with Python modules that
`protoc --python_out` generated from proto/feed.proto (Debian: protobuf-compiler and
python3-protobuf), rebuilds every symbol's L2 book from the incremental stream following the
rules in docs/feed.md, checks each book checksum (CRC-32 of the top 10 levels per side, as
docs/checksum.md defines it, computed here with zlib), and prints the books as JSON.

usage: decode_feed.py --pb-dir DIR CAPTURE [--depth N]
  DIR holds feed_pb2.py (protoc --python_out=DIR -I proto proto/feed.proto)
"""
import argparse
import json
import struct
import sys
import zlib

STREAM_INCREMENTAL = 0
SIDE_BUY = 1
ACTION_DELETE = 3
CHECKSUM_DEPTH = 10


def read_capture(path):
    """Yield each datagram of a length-prefixed capture file."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 0
    while pos < len(data):
        if pos + 4 > len(data):
            raise SystemExit(f"capture ends inside a length prefix at byte {pos}")
        (n,) = struct.unpack_from(">I", data, pos)
        pos += 4
        if pos + n > len(data):
            raise SystemExit(f"capture ends inside a datagram at byte {pos}")
        yield data[pos:pos + n]
        pos += n


def checksum(bids, asks):
    """docs/checksum.md: u8 bid count, u8 ask count, then (price i64 LE, qty i64 LE) per level,
    bids best (highest) first, then asks best (lowest) first, at most 10 per side."""
    top_b = sorted(bids.items(), key=lambda kv: -kv[0])[:CHECKSUM_DEPTH]
    top_a = sorted(asks.items(), key=lambda kv: kv[0])[:CHECKSUM_DEPTH]
    buf = bytearray([len(top_b), len(top_a)])
    for price, (qty, _count) in top_b + top_a:
        buf += struct.pack("<qq", price, qty)
    return zlib.crc32(bytes(buf)) & 0xFFFFFFFF


class Channel:
    def __init__(self):
        self.session = None
        self.expected = 1
        self.pending = {}  # seq -> message, held ahead of a hole
        self.names = {}
        self.books = {}  # symbol -> (bids {price: (qty, count)}, asks)
        self.checksum_ok = 0
        self.checksum_failures = 0
        self.messages = 0
        self.duplicates = 0
        self.ended = False

    def packet(self, p):
        if self.session is None or p.session_id > self.session:
            # A new session: forget everything (docs/feed.md, channel reset).
            self.__init__()
            self.session = p.session_id
        elif p.session_id < self.session:
            return
        for k, m in enumerate(p.messages):
            seq = p.first_seq + k
            if seq < self.expected or seq in self.pending:
                self.duplicates += 1
                continue
            self.pending[seq] = m
        while self.expected in self.pending:
            self.apply(self.pending.pop(self.expected))
            self.expected += 1
            self.messages += 1

    def book(self, sym):
        return self.books.setdefault(sym, ({}, {}))

    def apply(self, m):
        body = m.WhichOneof("body")
        if body == "instrument_definition":
            d = m.instrument_definition
            self.names[d.symbol_id] = d
            self.book(d.symbol_id)
        elif body == "level_update":
            u = m.level_update
            bids, asks = self.book(u.symbol_id)
            side = bids if u.side == SIDE_BUY else asks
            if u.action == ACTION_DELETE:
                side.pop(u.price, None)
            else:
                side[u.price] = (u.qty, u.order_count)
            if u.end_of_update:
                if checksum(bids, asks) == u.checksum:
                    self.checksum_ok += 1
                else:
                    self.checksum_failures += 1
        elif body == "channel_reset":
            self.books.clear()
            self.names.clear()
        elif body == "end_of_session":
            self.ended = True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("capture")
    ap.add_argument("--pb-dir", required=True)
    ap.add_argument("--depth", type=int, default=10)
    a = ap.parse_args()
    sys.path.insert(0, a.pb_dir)
    import feed_pb2  # noqa: E402  (generated at run time by protoc)

    channels = {}
    datagrams = 0
    for raw in read_capture(a.capture):
        p = feed_pb2.Packet()
        p.ParseFromString(raw)
        datagrams += 1
        if len(p.messages) != p.message_count:
            raise SystemExit(f"datagram {datagrams}: message_count {p.message_count} but {len(p.messages)} messages")
        if p.stream != STREAM_INCREMENTAL:
            continue  # the incremental stream from sequence 1 is enough for a full capture
        channels.setdefault(p.channel_id, Channel()).packet(p)

    out = {"datagrams": datagrams, "channels": {}}
    for cid, ch in sorted(channels.items()):
        books = {}
        for sym, (bids, asks) in sorted(ch.books.items()):
            d = ch.names.get(sym)
            books[d.name if d else str(sym)] = {
                "symbol_id": sym,
                "checksum": checksum(bids, asks),
                "bids": [[p, q, c] for p, (q, c) in sorted(bids.items(), key=lambda kv: -kv[0])[: a.depth]],
                "asks": [[p, q, c] for p, (q, c) in sorted(asks.items(), key=lambda kv: kv[0])[: a.depth]],
            }
        out["channels"][str(cid)] = {
            "session": str(ch.session),
            "last_seq": ch.expected - 1,
            "held_behind_a_hole": len(ch.pending),
            "messages": ch.messages,
            "duplicates": ch.duplicates,
            "checksum_ok": ch.checksum_ok,
            "checksum_failures": ch.checksum_failures,
            "ended": ch.ended,
            "books": books,
        }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
