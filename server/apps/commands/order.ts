import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { OrderClient, loadBrokerKey, toUnits, fromUnits, ExecTypeName, CancelReasonName, type Outbound, type InstrumentInfo } from '../../order-client/index.ts';

/**
 * `bourse order`: one order-entry action by hand, over the native protocol, as a broker would:
 *   buy|sell SYMBOL QTY @ PRICE      (or `buy SYMBOL QTY market`; add `ioc` for immediate-or-cancel)
 *   cancel ORDER_ID SYMBOL
 *   replace ORDER_ID SYMBOL QTY @ PRICE
 *   status [ORDER_ID]                 (the session's orders, from its report stream)
 * Prints every report it receives for --wait ms after the answer, then logs out.
 */
export const order: CommandSpec = {
  name: 'order',
  summary: 'send an order, cancel, replace or status over the native order-entry protocol (a broker\'s session)',
  words: 'buy|sell SYMBOL QTY @ PRICE [ioc] | buy|sell SYMBOL QTY market | cancel ORDER_ID SYMBOL | replace ORDER_ID SYMBOL QTY @ PRICE | status [ORDER_ID]',
  flags: {
    gateway: { kind: 'string', default: '127.0.0.1:9400', help: 'gateway address HOST:PORT' },
    key: { kind: 'path', required: true, help: 'broker key file (bourse keygen --out)' },
    account: { kind: 'int', default: 1, min: 1, max: 1 << 20, help: 'account the order is for' },
    wait: { kind: 'int', default: 500, min: 0, max: 600_000, help: 'ms to keep printing reports (fills) after the answer' },
    'client-order-id': { kind: 'int', min: 0, max: 2 ** 32 - 1, help: 'client order id (default: from the clock)' },
  },
  async run(flags) {
    const words = String(flags._ ?? '').split(' ').filter(Boolean);
    const [verb] = words;
    if (!verb || !['buy', 'sell', 'cancel', 'replace', 'status'].includes(verb)) throw new BourseError('CLI_BAD_ORDER', `"${words.join(' ')}": start with buy, sell, cancel, replace or status`);
    const [host, portText] = splitHostPort(flags.gateway as string);
    const key = loadBrokerKey(flags.key as string);
    const status = verb === 'status';
    const c = await OrderClient.connect({ host, port: portText, keyId: key.id, privateKey: key.privateKey, noResend: !status });
    const account = flags.account as number;
    const inst = (sym: string | undefined): InstrumentInfo => {
      const i = sym ? c.instruments.get(sym) : undefined;
      if (!i) throw new BourseError('CLI_BAD_ORDER', `unknown symbol "${sym}" (the gateway lists ${[...c.instruments.keys()].slice(0, 12).join(', ')}, ...)`);
      return i;
    };
    const print = (m: Outbound) => console.log(describe(m, c.instruments));
    try {
      if (status) return await showStatus(c, words[1] === undefined ? undefined : Number(words[1]));
      let answered: (m: Outbound) => boolean;
      if (verb === 'buy' || verb === 'sell') {
        const i = inst(words[1]);
        const qty = toUnits(words[2] ?? '', i.qtyDecimals);
        const market = words[3] === 'market';
        const price = market ? 0 : words[3] === '@' ? toUnits(words[4] ?? '', i.priceDecimals) : undefined;
        if (qty === undefined || price === undefined) throw new BourseError('CLI_BAD_ORDER', `"${words.join(' ')}": say ${verb} SYMBOL QTY @ PRICE or ${verb} SYMBOL QTY market`);
        const ioc = words.includes('ioc') || market;
        const cl = (flags['client-order-id'] as number | undefined) ?? Date.now() % 2 ** 32;
        c.newOrder({ clientOrderId: cl, symbol: i.symbol, side: verb === 'buy' ? 1 : 2, ordType: market ? 2 : 1, tif: ioc ? 2 : 1, price, qty, account });
        answered = (m) => (m.kind === 'executionReport' && m.clientOrderId === cl && (m.execType === 1 || m.execType === 2)) || (m.kind === 'sessionReject' && m.clientOrderId === cl);
      } else {
        const orderId = Number(words[1]);
        const i = inst(words[2]);
        if (!Number.isSafeInteger(orderId) || orderId <= 0) throw new BourseError('CLI_BAD_ORDER', `"${words[1]}" is not an order id`);
        if (verb === 'cancel') c.cancel(orderId, i.symbol, account);
        else {
          const qty = toUnits(words[3] ?? '', i.qtyDecimals);
          const price = words[4] === '@' ? toUnits(words[5] ?? '', i.priceDecimals) : undefined;
          if (qty === undefined || price === undefined) throw new BourseError('CLI_BAD_ORDER', `"${words.join(' ')}": say replace ORDER_ID SYMBOL QTY @ PRICE`);
          c.replace(orderId, i.symbol, account, price, qty);
        }
        answered = (m) => (m.kind === 'executionReport' && m.orderId === orderId) || (m.kind === 'cancelReject' && m.orderId === orderId) || m.kind === 'sessionReject';
      }
      c.onMessage(print);
      await c.waitFor(answered);
      await new Promise((r) => setTimeout(r, flags.wait as number));
      await c.logout();
      return 0;
    } finally {
      c.close();
    }
  },
};

function splitHostPort(s: string): [string, number] {
  const at = s.lastIndexOf(':');
  const port = Number(s.slice(at + 1));
  if (at <= 0 || !Number.isInteger(port) || port < 1 || port > 65535) throw new BourseError('CLI_BAD_VALUE', `--gateway must be HOST:PORT, not "${s}"`);
  return [s.slice(0, at), port];
}

export { splitHostPort };

function describe(m: Outbound, instruments: ReadonlyMap<string, InstrumentInfo>): string {
  switch (m.kind) {
    case 'executionReport': {
      const i = instruments.get(m.symbol);
      const px = (v: number) => (i ? fromUnits(v, i.priceDecimals) : String(v));
      const q = (v: number) => (i ? fromUnits(v, i.qtyDecimals) : String(v));
      const what = ExecTypeName[m.execType] ?? String(m.execType);
      const extra = m.execType === 2 ? ` code ${m.code}` : m.execType === 3 || m.execType === 4 ? ` trade ${m.tradeId} ${q(m.lastQty)} @ ${px(m.lastPrice)}` : m.execType === 5 ? ` (${CancelReasonName[m.cancelReason] ?? m.cancelReason})` : '';
      return `#${m.seq} ${what.padEnd(12)} order ${m.orderId} (client ${m.clientOrderId}) ${m.side === 1 ? 'buy' : 'sell'} ${m.symbol || '?'} ${q(m.qty)} @ ${px(m.price)} leaves ${q(m.leavesQty)} cum ${q(m.cumQty)}${extra}`;
    }
    case 'cancelReject':
      return `#${m.seq} ${m.replace ? 'replace' : 'cancel'} rejected: order ${m.orderId} code ${m.code}`;
    case 'sessionReject':
      return `session reject: ${m.reason}`;
    default:
      return m.kind;
  }
}

/** The session's orders, folded from its whole report stream (resent from seq 1). */
async function showStatus(c: OrderClient, only: number | undefined): Promise<number> {
  const orders = new Map<number, Extract<Outbound, { kind: 'executionReport' }>>();
  c.onMessage((m) => {
    if (m.kind === 'executionReport' && m.execType !== 2) orders.set(m.orderId, m);
  });
  while (c.lastSeq < c.loginLastSeq) await new Promise((r) => setTimeout(r, 10));
  const shown = [...orders.values()].filter((r) => (only === undefined ? r.leavesQty > 0 && r.execType !== 5 : r.orderId === only));
  if (only !== undefined && shown.length === 0) console.log(`order ${only}: not in this session's reports`);
  for (const r of shown) console.log(describe(r, c.instruments));
  if (only === undefined) console.log(`${shown.length} live order(s); session at report #${c.lastSeq}`);
  await c.logout();
  return 0;
}
