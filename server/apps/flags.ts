/**
 * Flag parsing and validation for CLI commands: `--name value` or `--name=value`, boolean flags
 * bare. Every value is checked against its declared kind before the command runs; an unknown
 * flag, a missing required flag or a malformed value is a registered error naming the flag.
 */
import { BourseError } from '../kernel/errors.ts';

export type FlagKind = 'string' | 'int' | 'bool' | 'path';

export interface FlagSpec {
  kind: FlagKind;
  help: string;
  default?: string | number | boolean;
  required?: boolean;
  min?: number;
  max?: number;
  choices?: readonly string[];
}

export type Flags = Record<string, string | number | boolean | undefined>;

export interface CommandSpec {
  name: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  /** Words besides the flags (e.g. `buy AAPL 100 @ 190.00`), described here; they land in flags._ joined by spaces. */
  words?: string;
  run(flags: Flags): Promise<number | void> | number | void;
}

export function parseFlags(spec: CommandSpec, argv: string[]): Flags {
  const out: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') && spec.words !== undefined) {
      out._ = out._ === undefined ? arg : `${out._} ${arg}`;
      continue;
    }
    if (!arg.startsWith('--')) throw new BourseError('CLI_BAD_VALUE', `unexpected argument "${arg}" (flags start with --)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const f = spec.flags[name];
    if (!f) throw new BourseError('CLI_UNKNOWN_FLAG', `--${name} (bourse ${spec.name} --help lists the flags)`);
    let raw: string;
    if (eq > 0) raw = arg.slice(eq + 1);
    else if (f.kind === 'bool') {
      const next = argv[i + 1];
      if (next === 'true' || next === 'false') {
        raw = next;
        i++;
      } else raw = 'true';
    }
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new BourseError('CLI_BAD_VALUE', `--${name} needs a value`);
      raw = next;
      i++;
    }
    out[name] = convert(name, f, raw);
  }
  for (const [name, f] of Object.entries(spec.flags)) {
    if (out[name] === undefined) {
      if (f.required) throw new BourseError('CLI_MISSING_FLAG', `--${name}: ${f.help}`);
      if (f.default !== undefined) out[name] = f.default;
    }
  }
  return Object.freeze(out);
}

function convert(name: string, f: FlagSpec, raw: string): string | number | boolean {
  switch (f.kind) {
    case 'bool':
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      throw new BourseError('CLI_BAD_VALUE', `--${name} must be true or false, not "${raw}"`);
    case 'int': {
      if (!/^-?\d+$/.test(raw)) throw new BourseError('CLI_BAD_VALUE', `--${name} must be a whole number, not "${raw}"`);
      const n = Number(raw);
      if (!Number.isSafeInteger(n)) throw new BourseError('CLI_BAD_VALUE', `--${name} is too large: ${raw}`);
      if (f.min !== undefined && n < f.min) throw new BourseError('CLI_BAD_VALUE', `--${name} must be at least ${f.min}, not ${n}`);
      if (f.max !== undefined && n > f.max) throw new BourseError('CLI_BAD_VALUE', `--${name} must be at most ${f.max}, not ${n}`);
      return n;
    }
    case 'string':
    case 'path':
      if (raw === '') throw new BourseError('CLI_BAD_VALUE', `--${name} must not be empty`);
      if (f.choices && !f.choices.includes(raw)) {
        throw new BourseError('CLI_BAD_VALUE', `--${name} must be one of ${f.choices.join(', ')}, not "${raw}"`);
      }
      return raw;
  }
}
