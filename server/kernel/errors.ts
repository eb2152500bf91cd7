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
  BAD_TIME_IN_FORCE: { num: 1013, http: 400, message: 'time in force must be GTC (1), IOC (2), DAY (3), GTD (4), at-open (5) or at-close (6)' },
  BAD_ACCOUNT: { num: 1014, http: 400, message: 'account must be an integer from 1 to 2^20' },
  BAD_CLIENT_ORDER_ID: { num: 1015, http: 400, message: 'client order id must be an integer from 0 to 2^32-1' },
  BAD_INSTRUMENT: { num: 1016, http: 400, message: 'instrument definition is invalid' },
  INSTRUMENT_EXISTS: { num: 1017, http: 409, message: 'an instrument with this id or name is already defined' },
  BAD_COMMAND: { num: 1018, http: 400, message: 'unknown command type' },
  BAD_STATUS: { num: 1019, http: 400, message: 'trading status must be open (1) or halted (2)' },
  BAD_TIMESTAMP: { num: 1020, http: 400, message: 'timestamp went backwards or is not an integer' },
  // 1021-1099: accounts, KYC and pre-trade risk (docs/accounts.md), decided by the engine
  UNKNOWN_ACCOUNT: { num: 1021, http: 404, message: 'account is not registered' },
  ACCOUNT_KYC_PENDING: { num: 1022, http: 409, message: 'account KYC is pending: it may not trade yet' },
  ACCOUNT_SUSPENDED: { num: 1023, http: 409, message: 'account is suspended' },
  ACCOUNT_CLOSED: { num: 1024, http: 409, message: 'account is closed' },
  ACCOUNT_KILLED: { num: 1025, http: 409, message: 'account is blocked by the kill switch' },
  FIRM_KILLED: { num: 1026, http: 409, message: 'firm is blocked by the kill switch' },
  RISK_ORDER_QTY: { num: 1027, http: 422, message: 'order quantity is above the account limit' },
  RISK_ORDER_NOTIONAL: { num: 1028, http: 422, message: 'order notional is above the account limit' },
  RISK_OPEN_ORDERS: { num: 1029, http: 422, message: 'account holds its maximum number of open orders' },
  RISK_DAILY_VOLUME: { num: 1030, http: 422, message: 'order would take the account past its daily volume limit for this symbol' },
  RISK_BUYING_POWER: { num: 1031, http: 422, message: 'not enough buying power for this buy' },
  RISK_POSITION: { num: 1032, http: 422, message: 'not enough position for this sell, and the account may not sell short' },
  UNKNOWN_FIRM: { num: 1033, http: 404, message: 'firm is not registered' },
  FIRM_EXISTS: { num: 1034, http: 409, message: 'firm is already registered' },
  ACCOUNT_EXISTS: { num: 1035, http: 409, message: 'account is already registered' },
  BAD_FIRM: { num: 1036, http: 400, message: 'firm must be an integer from 1 to 65535' },
  BAD_KYC_STATUS: { num: 1037, http: 400, message: 'KYC status must be pending (1), verified (2), suspended (3) or closed (4)' },
  BAD_LIMIT: { num: 1038, http: 400, message: 'limit, cash or position value is invalid' },
  ACCOUNT_NOT_OF_FIRM: { num: 1039, http: 422, message: 'account does not belong to this firm' },
  // 1100-1149: trading day (issue 14: calendar, phases, auctions, time in force)
  MARKET_CLOSED: { num: 1100, http: 409, message: 'the symbol is not in continuous trading (pre-open, auction call or closed)' },
  BAD_PHASE: { num: 1101, http: 400, message: 'phase must be continuous (1), pre-open (3), opening auction (4), closing auction (5) or closed (6)' },
  AT_OPEN_NOT_NOW: { num: 1102, http: 409, message: 'an at-open order (MOO/LOO) is accepted only in pre-open or the opening auction call' },
  AT_CLOSE_NOT_NOW: { num: 1103, http: 409, message: 'an at-close order (MOC/LOC) is accepted only in continuous trading or the closing auction call' },
  IOC_IN_CALL: { num: 1104, http: 409, message: 'immediate-or-cancel is refused during an auction call (nothing executes before the uncross)' },
  BAD_EXPIRE_TIME: { num: 1105, http: 400, message: 'a GTD expire time must be an integer (µs since epoch) after the order arrives' },
  ORDER_NOT_MODIFIABLE: { num: 1106, http: 409, message: 'a market or at-close order waiting for its auction cannot be modified (cancel it)' },
  // 2xxx: journal and snapshots
  JOURNAL_CORRUPT: { num: 2001, http: 500, message: 'journal record is corrupt' },
  JOURNAL_SEQ_GAP: { num: 2002, http: 500, message: 'journal sequence numbers are not contiguous' },
  JOURNAL_IO: { num: 2003, http: 500, message: 'journal i/o failed' },
  SNAPSHOT_CORRUPT: { num: 2004, http: 500, message: 'snapshot file is corrupt' },
  JOURNAL_LOCKED: { num: 2005, http: 500, message: 'journal directory is in use by another process' },
  JOURNAL_MISSING: { num: 2006, http: 404, message: 'journal directory does not exist' },
  JOURNAL_TRUNCATED: { num: 2007, http: 500, message: 'journal ends before a snapshot taken from it: acknowledged inputs were lost' },
  MDP_STATE_CORRUPT: { num: 2008, http: 500, message: 'MDP snapshot state is corrupt or of an unsupported version' },
  // 3xxx: command line and input files
  CLI_UNKNOWN_COMMAND: { num: 3001, http: 400, message: 'unknown command' },
  CLI_UNKNOWN_FLAG: { num: 3002, http: 400, message: 'unknown flag' },
  CLI_BAD_VALUE: { num: 3003, http: 400, message: 'bad flag value' },
  CLI_MISSING_FLAG: { num: 3004, http: 400, message: 'required flag is missing' },
  INPUT_FILE: { num: 3005, http: 400, message: 'input file cannot be read or parsed' },
  NODE_UNSUPPORTED: { num: 3006, http: 500, message: 'this Node.js cannot run Bourse: it needs Node.js 24 LTS (npm ci installs it into node_modules/node)' },
  OUTPUT_FILE: { num: 3007, http: 400, message: 'output file cannot be created or written' },
  // 3040-3049: operator tools over /metrics (bourse status)
  STATUS_UNREACHABLE: { num: 3040, http: 503, message: 'the /metrics endpoint of a running Bourse cannot be fetched' },
  STATUS_BAD_METRICS: { num: 3041, http: 503, message: 'the /metrics answer is not a Bourse exposition' },
  // 3030-3034: the admin channel of a running exchange (docs/accounts.md)
  ADMIN_UNAVAILABLE: { num: 3030, http: 503, message: 'no running exchange answers on the admin socket of this data directory' },
  ADMIN_BAD_FRAME: { num: 3031, http: 400, message: 'admin frame is malformed or too large' },
  ADMIN_TIMEOUT: { num: 3032, http: 503, message: 'the exchange did not answer the admin command in time' },
  ADMIN_SOCKET: { num: 3033, http: 500, message: 'admin socket cannot be created (path, permissions or a live exchange already holds it)' },
  RETAIN_BAD_POLICY: { num: 3008, http: 400, message: 'journal retention policy is invalid' },
  // 3020-3029: trading calendars (issue 14)
  CALENDAR_BAD: { num: 3020, http: 400, message: 'trading calendar file is invalid' },
  STOP_FORCED: { num: 3021, http: 500, message: 'bourse start was ended before its threads finished stopping (a second signal, or the stop took too long)' },
  // 4xxx: market data / trade tapes
  TAPE_PARSE: { num: 4001, http: 400, message: 'trade tape row cannot be parsed' },
  BAR_OVERFLOW: { num: 4002, http: 400, message: 'bar volume exceeds 2^53 quantity units (use a coarser lot)' },
  // 5xxx: bus and threads
  BUS_BAD_RING: { num: 5001, http: 500, message: 'ring capacity, record size or shared buffer layout is invalid' },
  BUS_CLOSED: { num: 5002, http: 500, message: 'ring was closed by its producer' },
  BUS_STALLED: { num: 5003, http: 503, message: 'ring consumer made no progress within the timeout' },
  BUS_BAD_WRITE: { num: 5004, http: 500, message: 'ring write source holds fewer bytes than the records to write' },
  THREAD_FAILED: { num: 5005, http: 500, message: 'the core or MDP thread failed' },
  // 5101-5199: WebSocket relay (server/relay, docs/websocket.md)
  WS_BAD_MESSAGE: { num: 5101, http: 400, message: 'WebSocket message is not a JSON object with a known op and valid fields' },
  WS_UNKNOWN_CHANNEL: { num: 5102, http: 400, message: 'channel must be book, trades, candles or status' },
  WS_UNKNOWN_SYMBOL: { num: 5103, http: 404, message: 'no instrument with this symbol' },
  WS_BAD_DEPTH: { num: 5104, http: 400, message: 'book depth must be an integer from 1 to the relay maximum' },
  WS_BAD_INTERVAL: { num: 5105, http: 400, message: 'candle interval must be one of 1s, 1m, 5m, 15m, 1h, 1d' },
  WS_TOO_MANY_SUBSCRIPTIONS: { num: 5106, http: 429, message: 'too many subscriptions on this connection' },
  WS_NOT_SUBSCRIBED: { num: 5107, http: 404, message: 'this connection holds no such subscription' },
  WS_RATE_LIMITED: { num: 5108, http: 429, message: 'too many messages per second from this connection' },
  WS_TOO_MANY_CONNECTIONS: { num: 5109, http: 429, message: 'too many WebSocket connections from this address' },
  WS_SERVER_FULL: { num: 5110, http: 503, message: 'the relay holds its maximum number of connections' },
  WS_SLOW_CONSUMER: { num: 5111, http: 503, message: 'client did not read its updates fast enough and was disconnected (close 4008)' },
  WS_BAD_ENCODING: { num: 5112, http: 400, message: 'encoding must be json or protobuf' },
  WS_BAD_OPTION: { num: 5113, http: 400, message: 'relay option is invalid' },
  WS_MESSAGE_TOO_LARGE: { num: 5114, http: 413, message: 'WebSocket message is larger than the relay maximum payload (close 1009)' },
  WS_GOING_AWAY: { num: 5115, http: 503, message: 'the relay is shutting down (close 1001)' },
  WS_NOT_FOUND: { num: 5116, http: 404, message: 'no WebSocket endpoint at this path' },
  // 6001-6099: HTTP API and bars store (server/http, server/bars)
  API_BAD_PARAM: { num: 6001, http: 400, message: 'parameter is invalid' },
  API_MISSING_PARAM: { num: 6002, http: 400, message: 'required parameter is missing' },
  API_UNKNOWN_PARAM: { num: 6003, http: 400, message: 'unknown query parameter' },
  API_BAD_TIME: { num: 6004, http: 400, message: 'time must be UTC ms since the epoch or ISO 8601' },
  API_BAD_RANGE: { num: 6005, http: 400, message: 'start must be before end' },
  API_BAD_CURSOR: { num: 6006, http: 400, message: 'cursor is malformed or belongs to another query' },
  API_UNKNOWN_SYMBOL: { num: 6007, http: 404, message: 'no instrument with this name' },
  API_NOT_FOUND: { num: 6008, http: 404, message: 'no such endpoint' },
  API_NO_MARKET: { num: 6009, http: 503, message: 'no live market on this server' },
  API_BAD_REQUEST: { num: 6010, http: 400, message: 'request is malformed' },
  API_BAD_OPTION: { num: 6011, http: 400, message: 'HTTP server option is invalid' },
  API_BAD_BODY: { num: 6012, http: 400, message: 'request body cannot be parsed (malformed JSON or an unsupported content type)' },
  API_TOO_LARGE: { num: 6013, http: 413, message: 'request body is larger than the server accepts' },
  API_HEADERS_TOO_LARGE: { num: 6014, http: 431, message: 'request line or headers are larger than the server accepts' },
  API_TIMEOUT: { num: 6015, http: 408, message: 'request was not received in time (header or request timeout)' },
  API_LISTEN: { num: 6016, http: 503, message: 'HTTP server cannot listen on its address (port in use or not allowed)' },
  STORE_UNAVAILABLE: { num: 6020, http: 503, message: 'bars store is unavailable' },
  STORE_BAD_URL: { num: 6021, http: 400, message: 'bars store location is invalid' },
  STORE_INSTRUMENT_CONFLICT: { num: 6022, http: 409, message: 'instrument is stored with other decimals' },
  STORE_UNKNOWN_INSTRUMENT: { num: 6023, http: 404, message: 'bars name an instrument the store does not hold' },
  STORE_BAD_ROW: { num: 6024, http: 400, message: 'bar or instrument row is invalid' },
  STORE_SCHEMA: { num: 6025, http: 500, message: 'bars store schema is newer than this Bourse' },
  BARS_WRITER_BAD_OPTION: { num: 6030, http: 400, message: 'bars writer option is invalid' },
  // 6100-6149: metrics and SLOs (server/http/metrics.ts, apps/runtime/slo.ts, docs/metrics.md)
  SLO_BAD_CONFIG: { num: 6100, http: 400, message: 'SLO configuration is invalid' },
  // 7001-7049: multicast publisher, snapshot loop, retransmission server (server/multicast)
  PUBLISHER_BAD_CONFIG: { num: 7001, http: 400, message: 'multicast feed configuration is invalid' },
  PUBLISHER_SOCKET: { num: 7002, http: 503, message: 'multicast or retransmission socket could not be opened' },
  PUBLISHER_MESSAGE_TOO_LARGE: { num: 7003, http: 500, message: 'feed message does not fit in the maximum datagram size' },
  PUBLISHER_CLOSED: { num: 7004, http: 409, message: 'publisher is closed' },
  RETRANSMIT_MALFORMED: { num: 7010, http: 400, message: 'retransmission request is not a valid RetransmitRequest frame' },
  RETRANSMIT_UNKNOWN_SESSION: { num: 7011, http: 404, message: 'retransmission request names a session this server does not hold' },
  RETRANSMIT_UNKNOWN_CHANNEL: { num: 7012, http: 404, message: 'retransmission request names an unknown channel' },
  RETRANSMIT_RANGE_TOO_LARGE: { num: 7013, http: 413, message: 'retransmission request asks for zero or too many messages' },
  RETRANSMIT_TOO_OLD: { num: 7014, http: 404, message: 'requested messages have left the retransmission window (recover from the snapshot loop)' },
  RETRANSMIT_NOT_YET_PUBLISHED: { num: 7015, http: 409, message: 'requested messages have not been published yet' },
  RETRANSMIT_RATE_LIMITED: { num: 7016, http: 429, message: 'too many retransmission requests from this client' },
  RETRANSMIT_TOO_MANY_CONNECTIONS: { num: 7017, http: 429, message: 'too many retransmission connections from this address' },
  RETRANSMIT_SERVER_FULL: { num: 7018, http: 503, message: 'the retransmission server holds its maximum number of connections' },
  // 7050-7099: broker-side feed client (server/feed-client)
  FEED_BAD_PACKET: { num: 7050, http: 400, message: 'feed datagram is not a valid Packet' },
  FEED_BAD_FRAME: { num: 7051, http: 400, message: 'retransmission stream frame is malformed' },
  FEED_BAD_CONFIG: { num: 7052, http: 400, message: 'feed configuration is invalid' },
  FEED_CONFIG_UNREADABLE: { num: 7053, http: 400, message: 'feed configuration cannot be fetched or read' },
  FEED_UNKNOWN_SYMBOL: { num: 7054, http: 404, message: 'symbol is not carried by any channel of the feed' },
  FEED_BAD_OPTION: { num: 7055, http: 400, message: 'feed client option is invalid' },
  FEED_TRANSPORT: { num: 7056, http: 503, message: 'feed socket could not be opened or joined' },
  FEED_RETRANSMIT_FAILED: { num: 7057, http: 503, message: 'retransmission request failed' },
  FEED_CLOSED: { num: 7058, http: 409, message: 'feed client is closed' },
  FEED_SCHEMA_VERSION: { num: 7059, http: 400, message: 'feed schema version is not supported by this client' },
  // 8xxx: replication and HA
  HA_NATS_UNREACHABLE: { num: 8001, http: 503, message: 'the NATS JetStream cluster cannot be reached' },
  HA_FENCED: { num: 8002, http: 503, message: 'a newer writer holds the lease or appended to the log: this node must not append' },
  HA_LEASE_HELD: { num: 8003, http: 409, message: 'the leadership lease is held by another node' },
  HA_LEASE_LOST: { num: 8004, http: 503, message: 'the leadership lease lapsed before it could be renewed' },
  HA_STREAM_GAP: { num: 8005, http: 500, message: 'the replicated log does not continue the local journal' },
  HA_STREAM_CORRUPT: { num: 8006, http: 500, message: 'a replicated log message is malformed' },
  HA_PUBLISH_FAILED: { num: 8007, http: 503, message: 'the replicated log did not acknowledge a batch' },
  HA_NO_SNAPSHOT: { num: 8008, http: 500, message: 'the log is trimmed below this node and no usable snapshot covers the gap' },
  HA_BAD_OPTION: { num: 8009, http: 400, message: 'bad replication option' },
  HA_NOT_LEADER: { num: 8010, http: 503, message: 'this node is not the primary: orders are not accepted here' },
  HA_DIVERGED: { num: 8011, http: 500, message: 'the local journal differs from the replicated log at a seq both hold' },
  // 1200-1299: order-entry gateway (server/gateway, docs/order-entry.md); 1250-1299 the broker's order client
  GW_NOT_LOGGED_IN: { num: 1201, http: 400, message: 'send Login before any other message' },
  GW_BAD_SIGNATURE: { num: 1202, http: 400, message: 'login signature does not verify against the API key\'s public key' },
  GW_NONCE_REPLAYED: { num: 1203, http: 400, message: 'login names a nonce that is not this connection\'s fresh one (replayed or stale)' },
  GW_UNKNOWN_KEY: { num: 1204, http: 400, message: 'no registered API key with this id (or it was revoked)' },
  GW_RATE_LIMITED: { num: 1205, http: 429, message: 'over the firm\'s order rate (token bucket): the message was not sequenced' },
  GW_MALFORMED_FRAME: { num: 1206, http: 400, message: 'frame is not a valid Inbound message' },
  GW_FRAME_TOO_LARGE: { num: 1207, http: 413, message: 'frame is larger than the gateway maximum: the session is closed' },
  GW_TOO_MANY_MALFORMED: { num: 1208, http: 400, message: 'too many malformed frames: the session is closed' },
  GW_SEQ_AHEAD: { num: 1209, http: 409, message: 'last seen sequence number is beyond the session\'s last report' },
  GW_RESEND_UNAVAILABLE: { num: 1210, http: 404, message: 'reports after the last seen number have left the resend window' },
  GW_SESSION_IN_USE: { num: 1211, http: 409, message: 'another connection is logged in with this API key' },
  GW_ALREADY_LOGGED_IN: { num: 1212, http: 409, message: 'this connection is already logged in' },
  GW_BAD_KEY_COMMAND: { num: 1213, http: 400, message: 'API key command is invalid (key id, firm, public key or flags)' },
  GW_BAD_OPTION: { num: 1214, http: 400, message: 'gateway option is invalid' },
  GW_LISTEN: { num: 1215, http: 503, message: 'gateway cannot listen on its address (port in use or not allowed)' },
  GW_BAD_ORDER: { num: 1216, http: 400, message: 'order message has a missing or malformed field' },
  GW_BAD_KEY_FILE: { num: 1217, http: 400, message: 'API keys file cannot be read or is invalid' },
  ORDER_CLIENT_BAD_OPTION: { num: 1250, http: 400, message: 'order client option is invalid' },
  ORDER_CLIENT_CONNECT: { num: 1251, http: 503, message: 'order client cannot connect to the gateway, or the connection was lost' },
  ORDER_CLIENT_LOGIN_REJECTED: { num: 1252, http: 400, message: 'the gateway rejected the login' },
  ORDER_CLIENT_BAD_FRAME: { num: 1253, http: 400, message: 'gateway sent a frame that is not a valid Outbound message' },
  ORDER_CLIENT_CLOSED: { num: 1254, http: 409, message: 'order client is closed' },
  ORDER_CLIENT_SEQ_GAP: { num: 1255, http: 500, message: 'gateway report sequence numbers are not contiguous' },
  // 1260-1299: the FIX 4.4 acceptor (server/gateway/fix.ts, docs/order-entry.md#fix-44)
  FIX_BAD_MESSAGE: { num: 1260, http: 400, message: 'FIX message is malformed (BeginString FIX.4.4, BodyLength, CheckSum, MsgSeqNum)' },
  FIX_LOGON_REJECTED: { num: 1261, http: 400, message: 'FIX Logon refused (SenderCompID not a key, TargetCompID, RawData, ResetSeqNumFlag or MsgSeqNum)' },
  FIX_UNKNOWN_ORDER: { num: 1262, http: 404, message: 'no live order of this FIX session for OrderID / OrigClOrdID' },
  // 1263-1299: gateway state across restarts and HA (server/gateway/state.ts)
  GW_STATE_CORRUPT: { num: 1263, http: 500, message: 'gateway snapshot is damaged or not one this gateway reads (the next older one, or a full replay, is used)' },
  // 1264-1267: the gateway's start-up (server/apps/runtime/gateway-warmup.ts, docs/order-entry.md)
  GW_WARMUP: { num: 1264, http: 500, message: 'the gateway\'s warm-up on its scratch pipeline failed or stalled (the gateway does not listen)' },
  // 1280-1299: HA nodes serving order entry and the admin channel (docs/replication.md#order-entry-and-the-admin-channel)
  ADMIN_NOT_LEADER: { num: 1280, http: 503, message: 'this HA node does not lead: admin commands go to the leader (named in the message when known)' },
  FIX_LOG_TRIMMED: { num: 1281, http: 503, message: 'this HA node\'s FIX session stores miss lines the FIX store log (BOURSE_FIX) no longer holds: it will not lead until they are restored' },
  ACCOUNTS_NO_LEADER: { num: 1282, http: 503, message: 'no admin socket given answered as the leader' },
  // 3035-3039: order-entry command line (bourse order, load, keygen)
  CLI_BAD_KEY_FILE: { num: 3035, http: 400, message: 'API key file cannot be read or is not a Bourse key file' },
  CLI_BAD_ORDER: { num: 3036, http: 400, message: 'order words cannot be parsed (e.g. buy AAPL 100 @ 190.00)' },
  // 5117-5150, 5200-5249: relay nodes, feed bridge over NATS, origin policy (issue 17; docs/relay-nodes.md)
  WS_ORIGIN_REFUSED: { num: 5117, http: 403, message: 'the WebSocket Origin is not on the relay allowlist' },
  RELAY_FEED_CHANNELS: { num: 5200, http: 400, message: 'a relay node follows a feed of exactly one channel' },
  RELAY_NATS: { num: 5201, http: 503, message: 'the NATS cluster cannot be reached or did not answer' },
  RELAY_BAD_OPTION: { num: 5202, http: 400, message: 'relay node, bridge or origin-policy option is invalid' },
  RELAY_NO_FEED_CONFIG: { num: 5203, http: 503, message: 'no feed bridge answered the discovery request over NATS' },
  // 3037-3039: FIX acceptor command line
  CLI_FIX_PORT: { num: 3037, http: 400, message: '--fix-port needs --gateway-port (the FIX acceptor runs in the gateway thread)' },
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
  /** `cause`: the underlying failure (an OS error, or a thread's error), kept for logs. */
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const spec = Errors[code];
    super(detail ? `${code}: ${spec.message}: ${detail}` : `${code}: ${spec.message}`, options);
    this.name = 'BourseError';
    this.code = code;
    this.num = spec.num;
    this.http = spec.http;
    errorCounts.set(code, (errorCounts.get(code) ?? 0) + 1);
  }
}

/** BourseErrors raised in this thread since start, by code (GET /metrics: bourse_errors_total). */
export const errorCounts = new Map<ErrorCode, number>();

/**
 * The BourseError that `e` is or was: itself, or a copy of one that crossed a thread or process
 * boundary (structured clone keeps `code`, `message` and `cause` but not the class). undefined
 * when `e` carries no registered code.
 */
export function reviveError(e: unknown): BourseError | undefined {
  if (e instanceof BourseError) return e;
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, message, cause, stack } = e as { code?: unknown; message?: unknown; cause?: unknown; stack?: unknown };
  if (typeof code !== 'string' || !Object.hasOwn(Errors, code)) return undefined;
  const b = new BourseError(code as ErrorCode, undefined, cause === undefined ? undefined : { cause });
  if (typeof message === 'string' && message.startsWith(`${code}: `)) b.message = message;
  if (typeof stack === 'string') b.stack = stack;
  return b;
}
