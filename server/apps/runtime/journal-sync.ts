/**
 * The core's sync thread (docs/journal.md "Pipelined group commit"): sleeps on the SyncChannel,
 * runs fdatasync on the journal's segment fd while the core thread matches the next inputs, then
 * wakes the core (the gateway commands ring's wake word when a gateway runs; otherwise the core
 * sleeps on the channel itself). Started and watched by the main thread (a death marks the
 * channel dead: the core fails the journal instead of waiting), stopped by the core thread.
 */
import { workerData } from 'node:worker_threads';
import fs from 'node:fs';
import { SyncChannel } from '../../sequencer/sync-channel.ts';
import { Ring } from '../../bus/ring.ts';

const { channel, gatewayIn } = workerData as { channel: SharedArrayBuffer; gatewayIn?: SharedArrayBuffer };
const gw = gatewayIn ? Ring.attach(gatewayIn) : undefined;
new SyncChannel(channel).serve(
  (fd) => fs.fdatasyncSync(fd),
  gw ? () => gw.wakeConsumer() : () => undefined,
);
