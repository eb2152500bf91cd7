// Every CLI command, in the order `bourse --help` lists them. Add one line per command file.
import type { CommandSpec } from '../flags.ts';

export const commands: CommandSpec[] = [];
