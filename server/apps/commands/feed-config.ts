import type { CommandSpec } from '../flags.ts';
import { feedConfig, feedConfigJson, loadFeedConfig } from '../../multicast/config.ts';

export const feedConfigCommand: CommandSpec = {
  name: 'feed-config',
  summary: 'print the multicast feed discovery document (groups, ports, channels, schema version) as JSON',
  flags: {
    config: { kind: 'path', help: 'feed configuration file (JSON); default: the built-in defaults' },
  },
  run(flags) {
    const cfg = flags.config ? loadFeedConfig(flags.config as string) : feedConfig();
    console.log(JSON.stringify(feedConfigJson(cfg), null, 2));
  },
};
