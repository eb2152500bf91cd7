/**
 * A relay node (`bourse relay`): the exchange's web side — WebSocket relay, dashboard, live
 * `/api/v1/book` and `/api/v1/trades`, optionally `/api/v1/bars` from a PostgreSQL replica — fed
 * by the market-data feed instead of by an exchange process (docs/relay-nodes.md).
 *
 *   multicast groups (UdpTransport)  ┐
 *   or NATS subjects (NatsFeedTransport) ┴▶ FeedClient (A/B, gaps, retransmission, snapshots)
 *        ─▶ FeedMarket (MD records) ─▶ MarketState + Relay + HTTP API, as in `bourse start`
 *
 * Stateless: everything comes from the feed (books from the snapshot loop on a late join). A new
 * publisher session (the exchange restarted) forgets the market and replaces the Relay, whose
 * clients are closed with 1001 and reconnect to a relay with a new `session`.
 */
import type { FastifyInstance } from 'fastify';
import type { NatsConnection } from 'nats';
import { FeedClient, type FeedClientConfig, type FeedEvent, type FeedLines } from '../../feed-client/index.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import { Histogram } from '../../kernel/histogram.ts';
import type { BarsStore } from '../../bars/store.ts';
import { openStore } from '../../bars/open.ts';
import { Metrics } from '../../http/metrics.ts';
import { registerBarsMetrics } from '../../http/routes/metrics.ts';
import { startServer, type RunningServer } from '../../http/server.ts';
import { serveDashboard } from '../../http/dashboard.ts';
import type { CorsPolicy } from '../../http/cors.ts';
import { attachRelay, type Relay } from '../../relay/relay.ts';
import { RELAY_DEFAULTS, type RelayOptions } from '../../relay/options.ts';
import { FeedMarket } from './feed-market.ts';
import { NatsFeedTransport, natsConnect, requestFeedConfig, DEFAULT_PREFIX } from './nats-feed.ts';

export interface RelayNodeOptions {
  /** The discovery document (multicast). Exactly one of config / nats. */
  readonly config?: FeedClientConfig | undefined;
  /** NATS URLs (comma-separated): the feed comes over NATS core subjects from a bridge. */
  readonly nats?: string | undefined;
  readonly prefix?: string | undefined;
  readonly host: string;
  readonly port: number;
  /** postgres://… (or sqlite:FILE): `/api/v1/bars` from this store, read-only. Default: no bars. */
  readonly store?: string | undefined;
  readonly relay?: Partial<RelayOptions> | undefined;
  readonly cors?: CorsPolicy | undefined;
  /** Local interface for the multicast groups. */
  readonly interface?: string | undefined;
  /** Incremental lines to join (FeedClient `lines`): 'ab' (default) or 'a' (feed A only). Over NATS only A is published anyway. */
  readonly feedLines?: FeedLines | undefined;
  readonly onStatus?: ((e: FeedEvent) => void) | undefined;
  /** Over NATS: a snapshot reply applied (books received; the transport's running counts). */
  readonly onSnapshotReply?: ((channel: number, books: number, stats: NatsFeedTransport['snapshotStats']) => void) | undefined;
  /** NATS connection events (disconnect, reconnect, ...), with the server concerned. */
  readonly onNats?: ((type: string, data: string) => void) | undefined;
}

export class RelayNode {
  readonly server: RunningServer;
  readonly client: FeedClient;
  readonly feed: FeedMarket;
  readonly market: MarketState;
  readonly store: BarsStore;
  readonly via: 'multicast' | 'nats';
  private relayNow: Relay;
  private readonly nc: NatsConnection | null;
  private readonly relayOpts: Partial<RelayOptions>;
  /** Feed send time -> the relay's receipt of the datagram (µs), since the last `takeLatency()`. */
  readonly inLatency: Histogram;
  /** A record reaching the relay -> the flush that wrote it to the clients' sockets (µs), since the last `takeLatency()`. */
  readonly flushLatency = new Histogram();
  /** The round's build -> this client's write (µs): a client's place in the round of writes, since the last `takeLatency()`. */
  readonly roundLatency = new Histogram();

  private constructor(p: { server: RunningServer; client: FeedClient; feed: FeedMarket; store: BarsStore; relay: Relay; nc: NatsConnection | null; relayOpts: Partial<RelayOptions>; inLatency: Histogram }) {
    this.inLatency = p.inLatency;
    this.server = p.server;
    this.client = p.client;
    this.feed = p.feed;
    this.market = p.feed.market;
    this.store = p.store;
    this.relayNow = p.relay;
    this.nc = p.nc;
    this.via = p.nc ? 'nats' : 'multicast';
    this.relayOpts = p.relayOpts;
  }

  get relay(): Relay {
    return this.relayNow;
  }

  static async start(o: RelayNodeOptions): Promise<RelayNode> {
    const nc = o.nats ? await natsConnect(o.nats, `bourse-relay-${process.pid}`) : null;
    const cleanup: (() => Promise<unknown>)[] = [];
    if (nc) {
      cleanup.push(() => nc.close());
      if (o.onNats) {
        const onNats = o.onNats;
        void (async () => {
          for await (const st of nc.status()) onNats(st.type, typeof st.data === 'string' ? st.data : JSON.stringify(st.data));
        })();
      }
    }
    try {
      const prefix = o.prefix ?? DEFAULT_PREFIX;
      const config = nc ? await requestFeedConfig(nc, prefix) : o.config!;
      const inLatency = new Histogram();
      const transport = nc ? new NatsFeedTransport(nc, prefix) : null;
      const client = await FeedClient.open({
        config,
        // FeedMarket folds every message as it comes and keeps none: no object per message.
        reuseMessages: true,
        onTiming: (sendNs, recvNs) => inLatency.record(Math.max(0, (recvNs - sendNs) / 1000)),
        ...(transport ? { transport } : {}),
        ...(o.interface ? { interface: o.interface } : {}),
        ...(o.feedLines ? { lines: o.feedLines } : {}),
      });
      cleanup.push(() => client.close());
      if (o.onStatus) client.onStatus(o.onStatus);
      if (transport) {
        // Over NATS, books come by request/reply (PREFIX.<channel>.snapshot) as soon as they are
        // needed — a late start, a loss retransmission could not fill, a checksum failure —
        // instead of waiting for the relayed snapshot loop to come round.
        const asking = new Set<number>();
        const ask = async (channel: number): Promise<void> => {
          if (asking.has(channel)) return;
          asking.add(channel);
          try {
            // Until the channel is live with no stale book (a reply that raced a new session, or
            // came while the bridge was not live, is asked again), 20 times at most.
            for (let tries = 0; tries < 20; tries++) {
              const st = client.state().find((c) => c.channel === channel);
              if (!st || (st.state === 'live' && st.staleSymbols.length === 0)) return;
              const books = await transport.requestSnapshot(channel);
              if (books > 0) o.onSnapshotReply?.(channel, books, transport.snapshotStats);
              await new Promise((r) => setTimeout(r, 500));
            }
          } finally {
            asking.delete(channel);
          }
        };
        client.onStatus((e) => {
          if ((e.type === 'recovering' && e.via === 'snapshot') || (e.type === 'stale' && e.reason === 'checksum')) void ask(e.channel);
        });
        // Packets may arrive while FeedClient.open awaits the subscriptions: a late join can be
        // under way before this listener was registered.
        for (const st of client.state()) if (st.state === 'recovering' || st.state === 'stale') void ask(st.channel);
      }
      const feed = new FeedMarket(client);
      const store = await openStore({ data: '.', url: o.store ?? 'sqlite::memory:', readOnly: true });
      cleanup.push(() => store.close());
      const metrics = new Metrics();
      registerBarsMetrics(metrics, store);
      const relayOpts = o.relay ?? {};
      let relay!: Relay;
      let node: RelayNode | undefined;
      // The HTTP server's connection cap covers the WebSocket connections the relay allows.
      const maxConnections = (relayOpts.maxConnections ?? RELAY_DEFAULTS.maxConnections) + 256;
      const server = await startServer({ store, market: feed.market, metrics, feedConfig: config, host: o.host, port: o.port, cors: o.cors, limits: { maxConnections } }, (app: FastifyInstance) => {
        serveDashboard(app);
        relay = attachRelay(app.server, { ...relayOpts, market: feed.market });
        app.addHook('preClose', async () => node?.relay.close() ?? relay.close());
      });
      feed.onRecords((f64, i32, first, count) => node!.relayNow.onRecords(f64, i32, first, count));
      node = new RelayNode({ server, client, feed, store, relay, nc, relayOpts, inLatency });
      node.watch(relay);
      feed.onReset(() => void node!.replaceRelay());
      return node;
    } catch (e) {
      for (const c of cleanup.reverse()) await c().catch(() => {});
      throw e;
    }
  }

  private watch(relay: Relay): void {
    relay.onFlushed = (us, inRoundUs) => {
      this.flushLatency.record(us);
      this.roundLatency.record(inRoundUs);
    };
  }

  /** p50/p99 (µs) of feed send -> receipt, of receipt -> written and of build -> written since the last call, then starts over. */
  takeLatency(): { inP50: number; inP99: number; flushP50: number; flushP99: number; roundP50: number; roundP99: number } {
    const r = {
      inP50: Math.round(this.inLatency.percentile(50)), inP99: Math.round(this.inLatency.percentile(99)),
      flushP50: Math.round(this.flushLatency.percentile(50)), flushP99: Math.round(this.flushLatency.percentile(99)),
      roundP50: Math.round(this.roundLatency.percentile(50)), roundP99: Math.round(this.roundLatency.percentile(99)),
    };
    this.inLatency.reset();
    this.flushLatency.reset();
    this.roundLatency.reset();
    return r;
  }

  /** A new publisher session: clients of the old market are closed (1001) and reconnect. */
  private async replaceRelay(): Promise<void> {
    const old = this.relayNow;
    const closing = old.close(); // stops taking upgrades at once
    this.relayNow = attachRelay(this.server.server, { ...this.relayOpts, market: this.market });
    this.watch(this.relayNow);
    await closing;
  }

  async close(): Promise<void> {
    await this.server.close();
    this.feed.close();
    await this.client.close();
    await this.store.close();
    if (this.nc) await this.nc.close();
  }
}
