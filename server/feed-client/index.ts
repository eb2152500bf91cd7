/**
 * @bourse/feed-client — the broker-side library for Bourse's multicast market-data feed.
 * This export list is the whole public API (docs/feed-client.md); everything else in this
 * folder is internal and may change.
 */
export { FeedClient, type FeedClientOptions, type BookView, type InstrumentInfo } from './client.ts';
export { loadFeedConfig, parseFeedConfig, SUPPORTED_SCHEMA_VERSION, type FeedClientConfig, type FeedChannelConfig, type FeedEndpoint } from './config.ts';
export type { FeedEvent, FeedEventType, ChannelState, FeedCounters, RecoveryVia, RecoveryReason, LostReason } from './events.ts';
export type { BookLevel } from './book.ts';
export type { FeedDataListener } from './channel.ts';
export type { CompleteSnapshot } from './snapshot.ts';
export { UdpTransport, type FeedTransport, type FeedSource, type FeedLines, type DatagramHandler, type UdpTransportOptions } from './transport.ts';
// The pure layers, for tools and tests that bring their own I/O.
export { decodePacket, decodeResponse, PacketCursor, type FeedPacket, type FeedMessage, type LevelMsg, type InstrumentMsg, type AuctionMsg, type DaySummaryMsg, type RetransmitResponse } from './decoder.ts';
export { Stream } from '../protocol/packet.ts';
export { FrameReader, encodeRequest, RetransmitStatus, type RetransmitRequest } from '../protocol/retransmit.ts';
