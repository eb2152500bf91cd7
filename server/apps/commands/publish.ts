/**
 * `bourse publish`: the standalone way to run the multicast feed. An in-process market
 * (OrderFlow -> Sequencer, no journal -> Engine -> Mdp) at a paced input rate, published for
 * real on feeds A/B, the snapshot loop and the retransmission server. Prints the endpoints, a
 * `ready` line, then one stats line per second (stable key=value format, for scripts and tests).
 */
import type { CommandSpec } from '../flags.ts';
import { feedConfig, loadFeedConfig, type FeedConfig } from '../../multicast/config.ts';
import { MulticastFeed } from '../../multicast/feed.ts';
import { MdSim } from '../runtime/md-sim.ts';

export const publish: CommandSpec = {
  name: 'publish',
  summary: 'run a simulated market and publish it on the multicast feed (A/B, snapshots, retransmission)',
  flags: {
    rate: { kind: 'int', default: 10_000, min: 0, max: 10_000_000, help: 'simulated inputs per second (0: idle, heartbeats only)' },
    symbols: { kind: 'int', default: 8, min: 1, max: 1000, help: 'instruments the simulator trades' },
    seconds: { kind: 'int', default: 0, min: 0, help: 'stop after this many seconds (0: run until Ctrl-C / SIGTERM)' },
    config: { kind: 'path', help: 'feed configuration file (JSON, see bourse feed-config); default: built-in' },
    seed: { kind: 'int', default: 1, min: 0, max: 2 ** 32 - 1, help: 'simulator seed' },
    resting: { kind: 'int', default: 200, min: 0, max: 100_000, help: 'resting orders per symbol the simulator aims at' },
  },
  async run(flags) {
    const cfg: FeedConfig = flags.config ? loadFeedConfig(flags.config as string) : feedConfig();
    const rate = flags.rate as number;
    const sim = new MdSim({ seed: flags.seed as number, symbols: flags.symbols as number, resting: flags.resting as number });
    const feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
    for (const c of cfg.channels) {
      console.log(`publish: channel ${c.id} symbols=${c.symbols.join(',')} A=${c.feedA.group}:${c.feedA.port} B=${c.feedB.group}:${c.feedB.port} snapshot=${c.snapshot.group}:${c.snapshot.port} instruments=${c.instruments.group}:${c.instruments.port}`);
    }
    console.log(`publish: ready session=${feed.sessionId} interface=${cfg.interface} retransmission=${cfg.retransmission.host}:${feed.retransmission?.port ?? 0} rate=${rate}`);
    let stop = false;
    const onSig = (): void => { stop = true; };
    process.once('SIGINT', onSig);
    process.once('SIGTERM', onSig);
    const t0 = performance.now();
    const limitMs = (flags.seconds as number) * 1000;
    const maxPerTurn = Math.max(1, Math.ceil(rate / 200)); // bounded work per event-loop turn
    let done = 0;
    let lastT = t0;
    let last = feed.stats();
    let lastInputs = 0;
    const out = sim.mdp.out;
    try {
      while (!stop && (limitMs === 0 || performance.now() - t0 < limitMs)) {
        const now = performance.now();
        const due = Math.min(maxPerTurn, Math.floor(((now - t0) * rate) / 1000) - done);
        if (due > 0) {
          sim.run(due);
          done += due;
          feed.onRecords(out.f64, out.i32, 0, out.count);
          out.clear();
        }
        // Yield: the flush, heartbeat, snapshot timers and the TCP server run between turns.
        await new Promise((r) => (due > 0 ? setImmediate(r) : setTimeout(r, 1)));
        if (now - lastT >= 1000) {
          const s = feed.stats();
          const secs = (now - lastT) / 1000;
          const p = s.publisher;
          const per = (a: number, b: number) => Math.round((a - b) / secs);
          console.log(
            `publish: t=${Math.round((now - t0) / 1000)}s inputs_per_s=${per(done, lastInputs)} msgs_per_s=${per(p.messages, last.publisher.messages)} ` +
            `datagrams_per_s=${per(p.packets, last.publisher.packets)} seq=${p.messages} heartbeats=${p.heartbeats} ` +
            `snapshot_books=${s.snapshots?.books ?? 0} retransmit_served=${s.retransmission?.served ?? 0} retransmit_refused=${s.retransmission?.refused ?? 0} send_errors=${p.sendErrors}`,
          );
          last = s;
          lastInputs = done;
          lastT = now;
        }
      }
    } finally {
      await feed.close();
    }
    const p = feed.stats().publisher;
    console.log(`publish: end session=${feed.sessionId} inputs=${done} messages=${p.messages} datagrams=${p.packets}`);
  },
};
