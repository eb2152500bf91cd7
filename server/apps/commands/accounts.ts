/**
 * `bourse accounts add|kyc|limits|funds|list|kill`: the operator's hands on firms, accounts, KYC,
 * limits and the kill switch of a running `bourse start`, over its admin socket DATA/admin.sock
 * (mode 0600; docs/accounts.md). Each command is one sequenced admin input: journaled, replayed
 * and replicated like an order; the answer comes once it is durable. Amounts are integers in the
 * engine's units: cash in price units x quantity units (4 price decimals in the simulator), limits
 * in quantity units (max notional in cash units). 0 means "no limit".
 *
 * HA nodes (docs/replication.md): only the leader answers; a follower refuses with
 * ADMIN_NOT_LEADER naming the leader's socket. With --follow (the default) the request goes once
 * to the socket the refusal names, and --data may list every node's data directory
 * (comma-separated): a node that does not answer or does not lead is passed over for the next.
 * The node that answered is printed on stderr. A command whose node stopped leading while it
 * waited is not sent again (it may be in the log: `accounts list` on the new leader says).
 */
import { dirname, resolve } from 'node:path';
import type { CommandSpec, FlagSpec, Flags } from '../flags.ts';
import { BourseError, Errors, type ErrorCode } from '../../kernel/errors.ts';
import { Cmd, Kyc, KycName, AccountFlag, KillTarget, type Command } from '../../engine/commands.ts';
import { adminCall, adminSocketPath, type AdminError, type AdminReply, type AdminRequest } from '../runtime/admin.ts';

const MAX_ACCOUNT = 1 << 20;
const KYC_CHOICES = ['pending', 'verified', 'suspended', 'closed'] as const;
const KYC_BY_NAME: Record<string, number> = { pending: Kyc.Pending, verified: Kyc.Verified, suspended: Kyc.Suspended, closed: Kyc.Closed };

const data: FlagSpec = { kind: 'path', default: './data', help: 'data directory of the running exchange (its admin socket is DATA/admin.sock); HA: the nodes\' directories, comma-separated (the leader among them answers)' };
const follow: FlagSpec = { kind: 'bool', default: true, help: 'HA: on ADMIN_NOT_LEADER ask the leader the refusal names (once), or the next directory of --data' };
const json: FlagSpec = { kind: 'bool', default: false, help: 'print the exchange\'s answer as JSON' };
const account: FlagSpec = { kind: 'int', min: 1, max: MAX_ACCOUNT, required: true, help: 'account id (1..2^20)' };
const amount = (help: string): FlagSpec => ({ kind: 'int', min: 0, help });

/** The server's error as a BourseError: its message is CODE: the registry's text[: detail]; the detail alone is re-wrapped here. */
function replyError(err: AdminError): BourseError {
  const code = err.code as ErrorCode;
  const head = `${code}: ${Errors[code]?.message}`;
  const m = err.message;
  const detail = m.startsWith(head) ? m.slice(head.length).replace(/^: /, '') : m.replace(/^[A-Z_]+: /, '');
  return new BourseError(code, detail || undefined);
}

/** One request to the node that leads among --data's directories (or the one a refusal names); see the header. */
async function call(flags: Flags, req: AdminRequest): Promise<Extract<AdminReply, { ok: true }>> {
  const dirs = String(flags.data).split(',').map((d) => d.trim());
  if (dirs.some((d) => d === '')) throw new BourseError('CLI_BAD_VALUE', `--data has an empty directory in "${flags.data}"`);
  const queue = [...dirs];
  const asked: string[] = [];
  let followed = false;
  let last: BourseError | undefined;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    const sock = resolve(adminSocketPath(dir));
    if (asked.includes(sock)) continue;
    asked.push(sock);
    let reply: AdminReply;
    try {
      reply = await adminCall(dir, req);
    } catch (e) {
      // A node that is down (stale or missing socket): the next one given, if any.
      if (flags.follow && e instanceof BourseError && e.code === 'ADMIN_UNAVAILABLE' && dirs.length > 1) {
        last = e;
        continue;
      }
      throw e;
    }
    if (reply.ok) {
      if (reply.node !== undefined) console.error(`bourse accounts: answered by node ${reply.node} (${sock})`);
      return reply;
    }
    const err = replyError(reply.error);
    if (!flags.follow || err.code !== 'ADMIN_NOT_LEADER') throw err;
    // A command whose node stopped leading while it waited may be in the log: never sent twice.
    if (req.op === 'command' && /stopped leading/.test(err.message)) throw err;
    last = err;
    const named = /admin socket (\S+?\.sock)/.exec(err.message)?.[1];
    if (named && !followed && !asked.includes(named)) {
      followed = true; // once: a leader that refuses too (it just stepped down) is not chased further
      queue.unshift(dirname(named));
    }
  }
  if (asked.length === 1) throw last!;
  throw new BourseError('ACCOUNTS_NO_LEADER', `asked ${asked.join(', ')}; the last answer: ${last!.message}`);
}

async function send(flags: Flags, command: Command, what: string): Promise<number> {
  const r = await call(flags, { op: 'command', command });
  if (flags.json) console.log(JSON.stringify(r));
  else console.log(`${what} (seq ${r.seq})`);
  return 0;
}

export const accountsAdd: CommandSpec = {
  name: 'accounts add',
  summary: 'register a firm (--firm alone) or accounts of a firm (--account, --count) on the running exchange',
  flags: {
    data, follow, json,
    firm: { kind: 'int', min: 1, max: 65535, required: true, help: 'firm id (1..65535)' },
    account: { kind: 'int', min: 1, max: MAX_ACCOUNT, help: 'first account id to register (omitted: register the firm itself)' },
    count: { kind: 'int', min: 1, max: MAX_ACCOUNT, default: 1, help: 'accounts to register: account .. account+count-1' },
    kyc: { kind: 'string', choices: KYC_CHOICES, default: 'pending', help: 'initial KYC status' },
    short: { kind: 'bool', default: false, help: 'the accounts may sell short' },
    cash: amount('initial cash of each account (price units x quantity units)'),
  },
  run(flags) {
    const firm = flags.firm as number;
    if (flags.account === undefined) return send(flags, { type: Cmd.FirmAdd, firm }, `firm ${firm} registered`);
    const first = flags.account as number;
    const count = flags.count as number;
    const cmd: Command = { type: Cmd.AccountAdd, firm, account: first, count, kyc: KYC_BY_NAME[flags.kyc as string]!, flags: flags.short ? AccountFlag.ShortSell : 0, cash: (flags.cash as number | undefined) ?? 0 };
    return send(flags, cmd, `account${count > 1 ? `s ${first}..${first + count - 1}` : ` ${first}`} of firm ${firm} registered, KYC ${flags.kyc}`);
  },
};

export const accountsKyc: CommandSpec = {
  name: 'accounts kyc',
  summary: 'set the KYC status of an account (only verified accounts may trade)',
  flags: { data, follow, json, account, status: { kind: 'string', choices: KYC_CHOICES, required: true, help: 'new KYC status' } },
  run(flags) {
    return send(flags, { type: Cmd.AccountKyc, account: flags.account as number, kyc: KYC_BY_NAME[flags.status as string]! }, `account ${flags.account} KYC ${flags.status}`);
  },
};

export const accountsLimits: CommandSpec = {
  name: 'accounts limits',
  summary: 'set the pre-trade limits of an account (flags not given keep their value; 0 = no limit)',
  flags: {
    data, follow, json, account,
    'max-qty': amount('largest order quantity'),
    'max-notional': amount('largest order notional (price x quantity)'),
    'max-daily-volume': amount('quantity the account may trade per symbol per UTC day (traded + open + new)'),
    'max-open-orders': { kind: 'int', min: 0, max: 2 ** 32 - 1, help: 'resting orders the account may hold' },
    short: { kind: 'bool', help: 'the account may sell short' },
  },
  async run(flags) {
    const id = flags.account as number;
    const list = await call(flags, { op: 'list' });
    const cur = list.accounts?.find((a) => a.account === id);
    if (!cur) throw new BourseError('UNKNOWN_ACCOUNT', `account ${id}`);
    const pick = (name: string, now: number) => (flags[name] as number | undefined) ?? now;
    const cmd: Command = {
      type: Cmd.AccountLimits, account: id,
      maxQty: pick('max-qty', cur.maxQty), maxNotional: pick('max-notional', cur.maxNotional),
      maxDailyVolume: pick('max-daily-volume', cur.maxDailyVolume), maxOpenOrders: pick('max-open-orders', cur.maxOpenOrders),
    };
    if (flags.short !== undefined) cmd.flags = flags.short ? cur.flags | AccountFlag.ShortSell : cur.flags & ~AccountFlag.ShortSell;
    return send(flags, cmd, `account ${id} limits set`);
  },
};

export const accountsFunds: CommandSpec = {
  name: 'accounts funds',
  summary: 'set the cash of an account, or its position in one symbol',
  flags: {
    data, follow, json, account,
    cash: amount('cash (price units x quantity units)'),
    symbol: { kind: 'string', help: 'symbol name for --position' },
    position: { kind: 'int', min: -(2 ** 53 - 1), help: 'position in --symbol (negative: short)' },
  },
  async run(flags) {
    if (flags.cash === undefined && flags.position === undefined) throw new BourseError('CLI_MISSING_FLAG', '--cash or --position (with --symbol)');
    if ((flags.position === undefined) !== (flags.symbol === undefined)) throw new BourseError('CLI_MISSING_FLAG', '--position and --symbol go together');
    const cmd: Command = { type: Cmd.AccountFunds, account: flags.account as number };
    if (flags.cash !== undefined) cmd.cash = flags.cash as number;
    if (flags.symbol !== undefined) {
      const list = await call(flags, { op: 'list' });
      const sym = list.symbols?.find((s) => s.name === flags.symbol);
      if (!sym) throw new BourseError('UNKNOWN_SYMBOL', `"${flags.symbol}"`);
      cmd.symbol = sym.symbol;
      cmd.position = flags.position as number;
    }
    return send(flags, cmd, `account ${flags.account} funds set`);
  },
};

export const accountsKill: CommandSpec = {
  name: 'accounts kill',
  summary: 'kill switch: block a firm or an account and cancel all its orders in one sequenced command (--off: unblock)',
  flags: {
    data, follow, json,
    firm: { kind: 'int', min: 1, max: 65535, help: 'the firm to block (every account of it)' },
    account: { kind: 'int', min: 1, max: MAX_ACCOUNT, help: 'the account to block' },
    off: { kind: 'bool', default: false, help: 'unblock instead' },
  },
  async run(flags) {
    if ((flags.firm === undefined) === (flags.account === undefined)) throw new BourseError('CLI_MISSING_FLAG', 'exactly one of --firm or --account');
    const firm = flags.firm !== undefined;
    const id = (firm ? flags.firm : flags.account) as number;
    const on = !flags.off;
    const r = await call(flags, { op: 'command', command: { type: Cmd.Kill, target: firm ? KillTarget.Firm : KillTarget.Account, id, on } });
    const last = r.events?.at(-1) as { n?: number } | undefined;
    if (flags.json) console.log(JSON.stringify(r));
    else console.log(`${firm ? 'firm' : 'account'} ${id} ${on ? `blocked, ${last?.n ?? 0} orders cancelled` : 'unblocked'} (seq ${r.seq})`);
    return 0;
  },
};

export const accountsList: CommandSpec = {
  name: 'accounts list',
  summary: 'firms, accounts (KYC, kill switch, limits, cash and holds) and positions as the running core holds them',
  flags: { data, follow, json, account: { kind: 'int', min: 1, max: MAX_ACCOUNT, help: 'only this account' } },
  async run(flags) {
    const r = await call(flags, { op: 'list' });
    const only = flags.account as number | undefined;
    const accounts = (r.accounts ?? []).filter((a) => only === undefined || a.account === only);
    const positions = (r.positions ?? []).filter((p) => only === undefined || p.account === only);
    if (flags.json) {
      console.log(JSON.stringify({ firms: r.firms, accounts, positions }));
      return 0;
    }
    const names = new Map((r.symbols ?? []).map((s) => [s.symbol, s.name]));
    console.log(`firms: ${(r.firms ?? []).map((f) => `${f.firm}${f.blocked ? ' (blocked)' : ''}`).join(', ') || 'none'}`);
    const lim = (n: number) => (n === 0 ? '-' : String(n));
    for (const a of accounts) {
      console.log(`account ${a.account} firm ${a.firm} kyc ${KycName[a.kyc]}${a.flags & AccountFlag.ShortSell ? ' short' : ''}${a.blocked ? ' BLOCKED' : ''}${a.firmBlocked ? ' FIRM-BLOCKED' : ''}` +
        ` cash ${a.cash} held ${a.cashHeld} open ${a.openOrders}/${lim(a.maxOpenOrders)} max-qty ${lim(a.maxQty)} max-notional ${lim(a.maxNotional)} max-daily ${lim(a.maxDailyVolume)}`);
    }
    for (const p of positions) console.log(`  position ${p.account} ${names.get(p.symbol) ?? p.symbol}: ${p.position} held ${p.held} open ${p.openQty} day volume ${p.dayVolume}`);
    if (accounts.length === 0) console.log(only === undefined ? 'no accounts' : `no account ${only}`);
    return only !== undefined && accounts.length === 0 ? 2 : 0;
  },
};

export const accountsCommands = [accountsAdd, accountsKyc, accountsLimits, accountsFunds, accountsKill, accountsList];
