/**
 * The `bourse` CLI: one entry point for operators. Each command lives in its own file under
 * commands/ and declares its flags; flags are parsed and validated here, once, before it runs.
 */
import { readFileSync } from 'node:fs';
import { BourseError } from '../kernel/errors.ts';
import { parseFlags, type CommandSpec } from './flags.ts';
import type { commands as Commands } from './commands/index.ts';

/** Every command (their modules load only when the command line asks for the list). */
const allCommands = async (): Promise<typeof Commands> => (await import('./commands/index.ts')).commands;
/**
 * Commands loaded alone, without every other command's modules: `start`, whose restart time is
 * an objective (docs/journal.md, "Restart time"); loading the whole table costs it ~0.5 CPU-s.
 */
const SOLO: Record<string, () => Promise<CommandSpec>> = { start: async () => (await import('./commands/start.ts')).start };

function usage(commands: CommandSpec[]): string {
  const lines = ['usage: bourse <command> [flags]', '', 'commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(14)} ${c.summary}`);
  lines.push('', 'bourse <command> --help shows its flags');
  return lines.join('\n');
}

function commandHelp(c: CommandSpec): string {
  const lines = [`usage: bourse ${c.name} [flags]${c.words ? ` ${c.words}` : ''}`, '', c.summary, '', 'flags:'];
  for (const [name, f] of Object.entries(c.flags)) {
    const dflt = f.default !== undefined ? ` (default ${f.default})` : f.required ? ' (required)' : '';
    lines.push(`  --${name.padEnd(14)} ${f.help}${dflt}`);
  }
  return lines.join('\n');
}

/** Long-running servers: their stdout is a log, and a closed log pipe must not stop the exchange. */
const SERVERS = new Set(['start', 'serve', 'relay', 'bridge']);

/**
 * stdout closed by its reader (`bourse replay | head -1`): the output is no longer wanted. A
 * batch command stops at once, prints nothing more and exits 141 (128 + SIGPIPE: what a Unix
 * tool killed by SIGPIPE gives, so `set -o pipefail` still tells a cut run from a whole one);
 * a server drops its log lines and goes on. Any other stdout failure is OUTPUT_FILE, exit 2.
 */
export const EXIT_PIPE = 141;
let watching = false;
function watchStdout(command: string): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      if (!SERVERS.has(command)) process.exit(EXIT_PIPE);
      return;
    }
    process.stderr.write(`bourse ${command}: ${new BourseError('OUTPUT_FILE', `cannot write to stdout: ${e.message}`).message}\n`);
    process.exit(2);
  });
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  watchStdout(name ?? '');
  if (name === '--version' || name === 'version') {
    console.log(`bourse ${VERSION} node ${process.version} (${process.execPath})`);
    return 0;
  }
  if (!name || name === '--help' || name === 'help') {
    console.log(usage(await allCommands()));
    return name ? 0 : 2;
  }
  // Commands may have a sub-command word ("bars import"): the longest matching name wins.
  const commands = SOLO[name] ? [await SOLO[name]()] : await allCommands();
  const spec =
    commands.find((c) => c.name === `${name} ${rest[0] ?? ''}`.trim() && rest.length > 0) ??
    commands.find((c) => c.name === name);
  if (!spec) {
    console.error(new BourseError('CLI_UNKNOWN_COMMAND', `"${name}"; try bourse --help`).message);
    return 2;
  }
  const args = spec.name.includes(' ') ? rest.slice(1) : rest;
  if (args.includes('--help')) {
    console.log(commandHelp(spec));
    return 0;
  }
  try {
    const flags = parseFlags(spec, args);
    return (await spec.run(flags)) ?? 0;
  } catch (e) {
    if (e instanceof BourseError) {
      console.error(`bourse ${spec.name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
