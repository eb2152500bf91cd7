/**
 * @bourse/order-client — the broker-side library for Bourse's native order-entry protocol
 * (proto/order_entry.proto, docs/order-entry.md), the counterpart of the feed-client. This export
 * list is the whole public API; everything else in this folder is internal.
 */
export { OrderClient, toUnits, fromUnits, type OrderClientOptions, type OrderMessage, type MessageListener, type NewOrderFields } from './client.ts';
export { generateBrokerKey, brokerKeyJson, exchangeKeyEntry, parseBrokerKey, loadBrokerKey, signLogin, type BrokerKey } from './keyfile.ts';
// The wire codec, for tools and tests that bring their own I/O.
export {
  FrameWriter, FrameSplitter, decodeOutbound, peekOutbound, Peek, Body, decodeInbound, loginPayload, PROTOCOL_VERSION, Side, OrdType, Tif, ExecType, ExecTypeName,
  CancelReasonName, type Inbound, type Outbound, type ExecutionReport, type CancelReject, type InstrumentInfo,
} from '../protocol/order-entry.ts';
