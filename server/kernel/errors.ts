/**
 * The one registry of error codes. Every rejection, refusal and failure in Bourse names one of
 * these: the engine puts `num` in binary reject events, the HTTP side maps `http` to a status,
 * the CLI prints `name`. `docs/errors.md` documents each (a test keeps the two in step).
 * Numbers are part of the wire contract: never reuse or renumber one.
 */
export interface ErrorSpec {
  readonly num: number;
  readonly http: number;
  readonly message: string;
}

export const Errors = {
  // 1xxx: order entry, decided by the engine (same outcome on replay)
  UNKNOWN_SYMBOL: { num: 1001, http: 404, message: 'unknown symbol' },
  SYMBOL_HALTED: { num: 1002, http: 409, message: 'symbol is halted' },
  QTY_NOT_POSITIVE: { num: 1003, http: 400, message: 'quantity must be greater than zero' },
  QTY_NOT_LOT_MULTIPLE: { num: 1004, http: 400, message: 'quantity is not a whole number of lots' },
  QTY_ABOVE_MAX: { num: 1005, http: 400, message: 'quantity is above the maximum order size' },
  PRICE_NOT_POSITIVE: { num: 1006, http: 400, message: 'price must be greater than zero' },
  PRICE_OFF_TICK: { num: 1007, http: 400, message: 'price is not a multiple of the tick size' },
  PRICE_OUTSIDE_BAND: { num: 1008, http: 400, message: 'price is outside the protection band' },
  DUPLICATE_CLIENT_ORDER_ID: { num: 1009, http: 409, message: 'client order id is already in use by a live order of this account' },
  UNKNOWN_ORDER: { num: 1010, http: 404, message: 'no live order with this id for this account' },
  BAD_SIDE: { num: 1011, http: 400, message: 'side must be buy (1) or sell (2)' },
  BAD_ORDER_TYPE: { num: 1012, http: 400, message: 'order type must be limit (1) or market (2)' },
  BAD_TIME_IN_FORCE: { num: 1013, http: 400, message: 'time in force must be GTC (1) or IOC (2)' },
  BAD_ACCOUNT: { num: 1014, http: 400, message: 'account must be an integer from 1 to 2^20' },
  BAD_CLIENT_ORDER_ID: { num: 1015, http: 400, message: 'client order id must be an integer from 0 to 2^32-1' },
  BAD_INSTRUMENT: { num: 1016, http: 400, message: 'instrument definition is invalid' },
  INSTRUMENT_EXISTS: { num: 1017, http: 409, message: 'an instrument with this id or name is already defined' },
  BAD_COMMAND: { num: 1018, http: 400, message: 'unknown command type' },
  BAD_STATUS: { num: 1019, http: 400, message: 'trading status must be open (1) or halted (2)' },
  BAD_TIMESTAMP: { num: 1020, http: 400, message: 'timestamp went backwards or is not an integer' },
  // 2xxx: journal and snapshots
  JOURNAL_CORRUPT: { num: 2001, http: 500, message: 'journal record is corrupt' },
  JOURNAL_SEQ_GAP: { num: 2002, http: 500, message: 'journal sequence numbers are not contiguous' },
  JOURNAL_IO: { num: 2003, http: 500, message: 'journal i/o failed' },
  SNAPSHOT_CORRUPT: { num: 2004, http: 500, message: 'snapshot file is corrupt' },
  JOURNAL_LOCKED: { num: 2005, http: 500, message: 'journal directory is in use by another process' },
  // 3xxx: command line and input files
  CLI_UNKNOWN_COMMAND: { num: 3001, http: 400, message: 'unknown command' },
  CLI_UNKNOWN_FLAG: { num: 3002, http: 400, message: 'unknown flag' },
  CLI_BAD_VALUE: { num: 3003, http: 400, message: 'bad flag value' },
  CLI_MISSING_FLAG: { num: 3004, http: 400, message: 'required flag is missing' },
  INPUT_FILE: { num: 3005, http: 400, message: 'input file cannot be read or parsed' },
  // 4xxx: market data / trade tapes
  TAPE_PARSE: { num: 4001, http: 400, message: 'trade tape row cannot be parsed' },
  BAR_OVERFLOW: { num: 4002, http: 400, message: 'bar volume exceeds 2^53 quantity units (use a coarser lot)' },
  // 5xxx: bus and threads
  BUS_BAD_RING: { num: 5001, http: 500, message: 'ring capacity, record size or shared buffer layout is invalid' },
  BUS_CLOSED: { num: 5002, http: 500, message: 'ring was closed by its producer' },
  BUS_STALLED: { num: 5003, http: 503, message: 'ring consumer made no progress within the timeout' },
  BUS_BAD_WRITE: { num: 5004, http: 500, message: 'ring write source holds fewer bytes than the records to write' },
  // 9xxx: broken invariants (a bug, never the user's fault)
  INVARIANT: { num: 9001, http: 500, message: 'internal invariant broken' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof Errors;

const byNum = new Map<number, ErrorCode>();
for (const [name, spec] of Object.entries(Errors) as [ErrorCode, ErrorSpec][]) {
  if (byNum.has(spec.num)) throw new Error(`error number ${spec.num} used twice`);
  byNum.set(spec.num, name);
}

/** Name of the code with this number, or undefined. */
export function errorName(num: number): ErrorCode | undefined {
  return byNum.get(num);
}

export class BourseError extends Error {
  readonly code: ErrorCode;
  readonly num: number;
  readonly http: number;
  constructor(code: ErrorCode, detail?: string) {
    const spec = Errors[code];
    super(detail ? `${code}: ${spec.message}: ${detail}` : `${code}: ${spec.message}`);
    this.name = 'BourseError';
    this.code = code;
    this.num = spec.num;
    this.http = spec.http;
  }
}
