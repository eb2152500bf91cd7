// Every CLI command, in the order `bourse --help` lists them. Add one line per command file.
import type { CommandSpec } from '../flags.ts';
import { candles } from './candles.ts';

export const commands: CommandSpec[] = [];
commands.push(candles);
import { lobster } from './lobster.ts';
commands.push(lobster);
import { sim } from './sim.ts';
import { replay } from './replay.ts';
commands.push(sim, replay);
import { start } from './start.ts';
commands.unshift(start);
import { publish } from './publish.ts'; commands.push(publish);
import { feedConfigCommand } from './feed-config.ts'; commands.push(feedConfigCommand);
import { barsImport, barsRebuild } from './bars.ts'; commands.push(barsImport, barsRebuild);
import { serve } from './serve.ts'; commands.push(serve);
import { feed } from './feed.ts'; commands.push(feed);
import { haStatusCommand } from './ha.ts'; commands.push(haStatusCommand);
import { status } from './status.ts'; commands.push(status);
import { keygen } from './keygen.ts'; import { order } from './order.ts'; import { load } from './load.ts'; commands.push(keygen, order, load);
import { accountsCommands } from './accounts.ts'; commands.push(...accountsCommands);
import { relay, bridge } from './relay.ts'; commands.push(relay, bridge);
