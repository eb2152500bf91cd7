import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bourse. */
export namespace bourse {

    /** Namespace feed. */
    namespace feed {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Packet.
             * @deprecated Use bourse.feed.v1.Packet.$Properties instead.
             */
            interface IPacket extends bourse.feed.v1.Packet.$Properties {
            }

            /** Represents a Packet. */
            class Packet {

                /**
                 * Constructs a new Packet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.Packet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Packet channelId. */
                channelId: number;

                /** Packet sessionId. */
                sessionId: (number|Long);

                /** Packet firstSeq. */
                firstSeq: (number|Long);

                /** Packet sendTimeNs. */
                sendTimeNs: (number|Long);

                /** Packet messageCount. */
                messageCount: number;

                /** Packet messages. */
                messages: bourse.feed.v1.Message.$Properties[];

                /** Packet stream. */
                stream: bourse.feed.v1.Stream;

                /**
                 * Creates a new Packet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Packet instance
                 */
                static create(properties: bourse.feed.v1.Packet.$Shape): bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape;
                static create(properties?: bourse.feed.v1.Packet.$Properties): bourse.feed.v1.Packet;

                /**
                 * Encodes the specified Packet message. Does not implicitly {@link bourse.feed.v1.Packet.verify|verify} messages.
                 * @param message Packet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Packet message, length delimited. Does not implicitly {@link bourse.feed.v1.Packet.verify|verify} messages.
                 * @param message Packet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Packet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape} Packet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape;

                /**
                 * Decodes a Packet message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape} Packet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape;

                /**
                 * Verifies a Packet message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Packet message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Packet
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.Packet;

                /**
                 * Creates a plain object from a Packet message. Also converts values to other types if specified.
                 * @param message Packet
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Packet to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Packet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Packet {

                /** Properties of a Packet. */
                interface $Properties {

                    /** Packet channelId */
                    channelId?: (number|null);

                    /** Packet sessionId */
                    sessionId?: (number|Long|null);

                    /** Packet firstSeq */
                    firstSeq?: (number|Long|null);

                    /** Packet sendTimeNs */
                    sendTimeNs?: (number|Long|null);

                    /** Packet messageCount */
                    messageCount?: (number|null);

                    /** Packet messages */
                    messages?: (bourse.feed.v1.Message.$Properties[]|null);

                    /** Packet stream */
                    stream?: (bourse.feed.v1.Stream|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Packet. */
                type $Shape = {
                  channelId?: number|null;
                  sessionId?: number|Long|null;
                  firstSeq?: number|Long|null;
                  sendTimeNs?: number|Long|null;
                  messageCount?: number|null;
                  messages?: bourse.feed.v1.Message.$Shape[]|null;
                  stream?: bourse.feed.v1.Stream|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** Stream enum. */
            enum Stream {

                /** STREAM_INCREMENTAL value */
                STREAM_INCREMENTAL = 0,

                /** STREAM_SNAPSHOT value */
                STREAM_SNAPSHOT = 1,

                /** STREAM_INSTRUMENTS value */
                STREAM_INSTRUMENTS = 2
            }

            /**
             * Properties of a Message.
             * @deprecated Use bourse.feed.v1.Message.$Properties instead.
             */
            interface IMessage extends bourse.feed.v1.Message.$Properties {
            }

            /** Represents a Message. */
            class Message {

                /**
                 * Constructs a new Message.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.Message.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message instrumentDefinition. */
                instrumentDefinition?: (bourse.feed.v1.InstrumentDefinition.$Properties|null);

                /** Message tradingStatus. */
                tradingStatus?: (bourse.feed.v1.TradingStatus.$Properties|null);

                /** Message levelUpdate. */
                levelUpdate?: (bourse.feed.v1.LevelUpdate.$Properties|null);

                /** Message trade. */
                trade?: (bourse.feed.v1.Trade.$Properties|null);

                /** Message candleUpdate. */
                candleUpdate?: (bourse.feed.v1.CandleUpdate.$Properties|null);

                /** Message candleClose. */
                candleClose?: (bourse.feed.v1.CandleClose.$Properties|null);

                /** Message heartbeat. */
                heartbeat?: (bourse.feed.v1.Heartbeat.$Properties|null);

                /** Message snapshotBegin. */
                snapshotBegin?: (bourse.feed.v1.SnapshotBegin.$Properties|null);

                /** Message snapshotLevel. */
                snapshotLevel?: (bourse.feed.v1.SnapshotLevel.$Properties|null);

                /** Message snapshotEnd. */
                snapshotEnd?: (bourse.feed.v1.SnapshotEnd.$Properties|null);

                /** Message channelReset. */
                channelReset?: (bourse.feed.v1.ChannelReset.$Properties|null);

                /** Message endOfSession. */
                endOfSession?: (bourse.feed.v1.EndOfSession.$Properties|null);

                /** Message candleEmptyRun. */
                candleEmptyRun?: (bourse.feed.v1.CandleEmptyRun.$Properties|null);

                /** Message auctionInfo. */
                auctionInfo?: (bourse.feed.v1.AuctionInfo.$Properties|null);

                /** Message daySummary. */
                daySummary?: (bourse.feed.v1.DaySummary.$Properties|null);

                /** Message body. */
                body?: ("instrumentDefinition"|"tradingStatus"|"levelUpdate"|"trade"|"candleUpdate"|"candleClose"|"heartbeat"|"snapshotBegin"|"snapshotLevel"|"snapshotEnd"|"channelReset"|"endOfSession"|"candleEmptyRun"|"auctionInfo"|"daySummary");

                /**
                 * Creates a new Message instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Message instance
                 */
                static create(properties: bourse.feed.v1.Message.$Shape): bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape;
                static create(properties?: bourse.feed.v1.Message.$Properties): bourse.feed.v1.Message;

                /**
                 * Encodes the specified Message message. Does not implicitly {@link bourse.feed.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link bourse.feed.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape;

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape;

                /**
                 * Verifies a Message message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Message
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.Message;

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @param message Message
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Message to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Message
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {

                /** Properties of a Message. */
                interface $Properties {

                    /** Message instrumentDefinition */
                    instrumentDefinition?: (bourse.feed.v1.InstrumentDefinition.$Properties|null);

                    /** Message tradingStatus */
                    tradingStatus?: (bourse.feed.v1.TradingStatus.$Properties|null);

                    /** Message levelUpdate */
                    levelUpdate?: (bourse.feed.v1.LevelUpdate.$Properties|null);

                    /** Message trade */
                    trade?: (bourse.feed.v1.Trade.$Properties|null);

                    /** Message candleUpdate */
                    candleUpdate?: (bourse.feed.v1.CandleUpdate.$Properties|null);

                    /** Message candleClose */
                    candleClose?: (bourse.feed.v1.CandleClose.$Properties|null);

                    /** Message heartbeat */
                    heartbeat?: (bourse.feed.v1.Heartbeat.$Properties|null);

                    /** Message snapshotBegin */
                    snapshotBegin?: (bourse.feed.v1.SnapshotBegin.$Properties|null);

                    /** Message snapshotLevel */
                    snapshotLevel?: (bourse.feed.v1.SnapshotLevel.$Properties|null);

                    /** Message snapshotEnd */
                    snapshotEnd?: (bourse.feed.v1.SnapshotEnd.$Properties|null);

                    /** Message channelReset */
                    channelReset?: (bourse.feed.v1.ChannelReset.$Properties|null);

                    /** Message endOfSession */
                    endOfSession?: (bourse.feed.v1.EndOfSession.$Properties|null);

                    /** Message candleEmptyRun */
                    candleEmptyRun?: (bourse.feed.v1.CandleEmptyRun.$Properties|null);

                    /** Message auctionInfo */
                    auctionInfo?: (bourse.feed.v1.AuctionInfo.$Properties|null);

                    /** Message daySummary */
                    daySummary?: (bourse.feed.v1.DaySummary.$Properties|null);

                    /** Message body */
                    body?: ("instrumentDefinition"|"tradingStatus"|"levelUpdate"|"trade"|"candleUpdate"|"candleClose"|"heartbeat"|"snapshotBegin"|"snapshotLevel"|"snapshotEnd"|"channelReset"|"endOfSession"|"candleEmptyRun"|"auctionInfo"|"daySummary");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Message. */
                type $Shape = {
                  instrumentDefinition?: bourse.feed.v1.InstrumentDefinition.$Shape|null;
                  tradingStatus?: bourse.feed.v1.TradingStatus.$Shape|null;
                  levelUpdate?: bourse.feed.v1.LevelUpdate.$Shape|null;
                  trade?: bourse.feed.v1.Trade.$Shape|null;
                  candleUpdate?: bourse.feed.v1.CandleUpdate.$Shape|null;
                  candleClose?: bourse.feed.v1.CandleClose.$Shape|null;
                  heartbeat?: bourse.feed.v1.Heartbeat.$Shape|null;
                  snapshotBegin?: bourse.feed.v1.SnapshotBegin.$Shape|null;
                  snapshotLevel?: bourse.feed.v1.SnapshotLevel.$Shape|null;
                  snapshotEnd?: bourse.feed.v1.SnapshotEnd.$Shape|null;
                  channelReset?: bourse.feed.v1.ChannelReset.$Shape|null;
                  endOfSession?: bourse.feed.v1.EndOfSession.$Shape|null;
                  candleEmptyRun?: bourse.feed.v1.CandleEmptyRun.$Shape|null;
                  auctionInfo?: bourse.feed.v1.AuctionInfo.$Shape|null;
                  daySummary?: bourse.feed.v1.DaySummary.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "instrumentDefinition"; instrumentDefinition: bourse.feed.v1.InstrumentDefinition.$Shape; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "tradingStatus"; instrumentDefinition?: null; tradingStatus: bourse.feed.v1.TradingStatus.$Shape; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "levelUpdate"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate: bourse.feed.v1.LevelUpdate.$Shape; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "trade"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade: bourse.feed.v1.Trade.$Shape; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleUpdate"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate: bourse.feed.v1.CandleUpdate.$Shape; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleClose"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose: bourse.feed.v1.CandleClose.$Shape; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "heartbeat"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat: bourse.feed.v1.Heartbeat.$Shape; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotBegin"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin: bourse.feed.v1.SnapshotBegin.$Shape; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotLevel"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel: bourse.feed.v1.SnapshotLevel.$Shape; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotEnd"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd: bourse.feed.v1.SnapshotEnd.$Shape; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "channelReset"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset: bourse.feed.v1.ChannelReset.$Shape; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "endOfSession"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession: bourse.feed.v1.EndOfSession.$Shape; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleEmptyRun"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun: bourse.feed.v1.CandleEmptyRun.$Shape; auctionInfo?: null; daySummary?: null }|{ body?: "auctionInfo"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo: bourse.feed.v1.AuctionInfo.$Shape; daySummary?: null }|{ body?: "daySummary"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary: bourse.feed.v1.DaySummary.$Shape })
                );
            }

            /** Side enum. */
            enum Side {

                /** SIDE_UNSPECIFIED value */
                SIDE_UNSPECIFIED = 0,

                /** SIDE_BUY value */
                SIDE_BUY = 1,

                /** SIDE_SELL value */
                SIDE_SELL = 2
            }

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** STATUS_OPEN value */
                STATUS_OPEN = 1,

                /** STATUS_HALTED value */
                STATUS_HALTED = 2,

                /** STATUS_PRE_OPEN value */
                STATUS_PRE_OPEN = 3,

                /** STATUS_OPENING_AUCTION value */
                STATUS_OPENING_AUCTION = 4,

                /** STATUS_CLOSING_AUCTION value */
                STATUS_CLOSING_AUCTION = 5,

                /** STATUS_CLOSED value */
                STATUS_CLOSED = 6,

                /** STATUS_REOPENING_AUCTION value */
                STATUS_REOPENING_AUCTION = 7
            }

            /** LevelAction enum. */
            enum LevelAction {

                /** LEVEL_ACTION_UNSPECIFIED value */
                LEVEL_ACTION_UNSPECIFIED = 0,

                /** LEVEL_ACTION_NEW value */
                LEVEL_ACTION_NEW = 1,

                /** LEVEL_ACTION_CHANGE value */
                LEVEL_ACTION_CHANGE = 2,

                /** LEVEL_ACTION_DELETE value */
                LEVEL_ACTION_DELETE = 3
            }

            /**
             * Properties of an InstrumentDefinition.
             * @deprecated Use bourse.feed.v1.InstrumentDefinition.$Properties instead.
             */
            interface IInstrumentDefinition extends bourse.feed.v1.InstrumentDefinition.$Properties {
            }

            /** Represents an InstrumentDefinition. */
            class InstrumentDefinition {

                /**
                 * Constructs a new InstrumentDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.InstrumentDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InstrumentDefinition symbolId. */
                symbolId: number;

                /** InstrumentDefinition name. */
                name: string;

                /** InstrumentDefinition tick. */
                tick: (number|Long);

                /** InstrumentDefinition lot. */
                lot: (number|Long);

                /** InstrumentDefinition priceDecimals. */
                priceDecimals: number;

                /** InstrumentDefinition qtyDecimals. */
                qtyDecimals: number;

                /** InstrumentDefinition currency. */
                currency: string;

                /** InstrumentDefinition status. */
                status: bourse.feed.v1.Status;

                /** InstrumentDefinition maxQty. */
                maxQty: (number|Long);

                /** InstrumentDefinition referencePrice. */
                referencePrice: (number|Long);

                /**
                 * Creates a new InstrumentDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InstrumentDefinition instance
                 */
                static create(properties: bourse.feed.v1.InstrumentDefinition.$Shape): bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape;
                static create(properties?: bourse.feed.v1.InstrumentDefinition.$Properties): bourse.feed.v1.InstrumentDefinition;

                /**
                 * Encodes the specified InstrumentDefinition message. Does not implicitly {@link bourse.feed.v1.InstrumentDefinition.verify|verify} messages.
                 * @param message InstrumentDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.InstrumentDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InstrumentDefinition message, length delimited. Does not implicitly {@link bourse.feed.v1.InstrumentDefinition.verify|verify} messages.
                 * @param message InstrumentDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.InstrumentDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InstrumentDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape} InstrumentDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape;

                /**
                 * Decodes an InstrumentDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape} InstrumentDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape;

                /**
                 * Verifies an InstrumentDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InstrumentDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InstrumentDefinition
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.InstrumentDefinition;

                /**
                 * Creates a plain object from an InstrumentDefinition message. Also converts values to other types if specified.
                 * @param message InstrumentDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.InstrumentDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InstrumentDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InstrumentDefinition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InstrumentDefinition {

                /** Properties of an InstrumentDefinition. */
                interface $Properties {

                    /** InstrumentDefinition symbolId */
                    symbolId?: (number|null);

                    /** InstrumentDefinition name */
                    name?: (string|null);

                    /** InstrumentDefinition tick */
                    tick?: (number|Long|null);

                    /** InstrumentDefinition lot */
                    lot?: (number|Long|null);

                    /** InstrumentDefinition priceDecimals */
                    priceDecimals?: (number|null);

                    /** InstrumentDefinition qtyDecimals */
                    qtyDecimals?: (number|null);

                    /** InstrumentDefinition currency */
                    currency?: (string|null);

                    /** InstrumentDefinition status */
                    status?: (bourse.feed.v1.Status|null);

                    /** InstrumentDefinition maxQty */
                    maxQty?: (number|Long|null);

                    /** InstrumentDefinition referencePrice */
                    referencePrice?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InstrumentDefinition. */
                type $Shape = bourse.feed.v1.InstrumentDefinition.$Properties;
            }

            /**
             * Properties of a TradingStatus.
             * @deprecated Use bourse.feed.v1.TradingStatus.$Properties instead.
             */
            interface ITradingStatus extends bourse.feed.v1.TradingStatus.$Properties {
            }

            /** Represents a TradingStatus. */
            class TradingStatus {

                /**
                 * Constructs a new TradingStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.TradingStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TradingStatus symbolId. */
                symbolId: number;

                /** TradingStatus status. */
                status: bourse.feed.v1.Status;

                /** TradingStatus timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new TradingStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TradingStatus instance
                 */
                static create(properties: bourse.feed.v1.TradingStatus.$Shape): bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape;
                static create(properties?: bourse.feed.v1.TradingStatus.$Properties): bourse.feed.v1.TradingStatus;

                /**
                 * Encodes the specified TradingStatus message. Does not implicitly {@link bourse.feed.v1.TradingStatus.verify|verify} messages.
                 * @param message TradingStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.TradingStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TradingStatus message, length delimited. Does not implicitly {@link bourse.feed.v1.TradingStatus.verify|verify} messages.
                 * @param message TradingStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.TradingStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TradingStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape} TradingStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape;

                /**
                 * Decodes a TradingStatus message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape} TradingStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape;

                /**
                 * Verifies a TradingStatus message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TradingStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TradingStatus
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.TradingStatus;

                /**
                 * Creates a plain object from a TradingStatus message. Also converts values to other types if specified.
                 * @param message TradingStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.TradingStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TradingStatus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TradingStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TradingStatus {

                /** Properties of a TradingStatus. */
                interface $Properties {

                    /** TradingStatus symbolId */
                    symbolId?: (number|null);

                    /** TradingStatus status */
                    status?: (bourse.feed.v1.Status|null);

                    /** TradingStatus timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TradingStatus. */
                type $Shape = bourse.feed.v1.TradingStatus.$Properties;
            }

            /**
             * Properties of a LevelUpdate.
             * @deprecated Use bourse.feed.v1.LevelUpdate.$Properties instead.
             */
            interface ILevelUpdate extends bourse.feed.v1.LevelUpdate.$Properties {
            }

            /** Represents a LevelUpdate. */
            class LevelUpdate {

                /**
                 * Constructs a new LevelUpdate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.LevelUpdate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LevelUpdate symbolId. */
                symbolId: number;

                /** LevelUpdate side. */
                side: bourse.feed.v1.Side;

                /** LevelUpdate action. */
                action: bourse.feed.v1.LevelAction;

                /** LevelUpdate price. */
                price: (number|Long);

                /** LevelUpdate qty. */
                qty: (number|Long);

                /** LevelUpdate orderCount. */
                orderCount: number;

                /** LevelUpdate checksum. */
                checksum: number;

                /** LevelUpdate endOfUpdate. */
                endOfUpdate: boolean;

                /**
                 * Creates a new LevelUpdate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LevelUpdate instance
                 */
                static create(properties: bourse.feed.v1.LevelUpdate.$Shape): bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape;
                static create(properties?: bourse.feed.v1.LevelUpdate.$Properties): bourse.feed.v1.LevelUpdate;

                /**
                 * Encodes the specified LevelUpdate message. Does not implicitly {@link bourse.feed.v1.LevelUpdate.verify|verify} messages.
                 * @param message LevelUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.LevelUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LevelUpdate message, length delimited. Does not implicitly {@link bourse.feed.v1.LevelUpdate.verify|verify} messages.
                 * @param message LevelUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.LevelUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LevelUpdate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape} LevelUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape;

                /**
                 * Decodes a LevelUpdate message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape} LevelUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape;

                /**
                 * Verifies a LevelUpdate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LevelUpdate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LevelUpdate
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.LevelUpdate;

                /**
                 * Creates a plain object from a LevelUpdate message. Also converts values to other types if specified.
                 * @param message LevelUpdate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.LevelUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LevelUpdate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LevelUpdate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LevelUpdate {

                /** Properties of a LevelUpdate. */
                interface $Properties {

                    /** LevelUpdate symbolId */
                    symbolId?: (number|null);

                    /** LevelUpdate side */
                    side?: (bourse.feed.v1.Side|null);

                    /** LevelUpdate action */
                    action?: (bourse.feed.v1.LevelAction|null);

                    /** LevelUpdate price */
                    price?: (number|Long|null);

                    /** LevelUpdate qty */
                    qty?: (number|Long|null);

                    /** LevelUpdate orderCount */
                    orderCount?: (number|null);

                    /** LevelUpdate checksum */
                    checksum?: (number|null);

                    /** LevelUpdate endOfUpdate */
                    endOfUpdate?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LevelUpdate. */
                type $Shape = bourse.feed.v1.LevelUpdate.$Properties;
            }

            /**
             * Properties of a Trade.
             * @deprecated Use bourse.feed.v1.Trade.$Properties instead.
             */
            interface ITrade extends bourse.feed.v1.Trade.$Properties {
            }

            /** Represents a Trade. */
            class Trade {

                /**
                 * Constructs a new Trade.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.Trade.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Trade symbolId. */
                symbolId: number;

                /** Trade price. */
                price: (number|Long);

                /** Trade qty. */
                qty: (number|Long);

                /** Trade aggressorSide. */
                aggressorSide: bourse.feed.v1.Side;

                /** Trade tradeId. */
                tradeId: (number|Long);

                /** Trade timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new Trade instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Trade instance
                 */
                static create(properties: bourse.feed.v1.Trade.$Shape): bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape;
                static create(properties?: bourse.feed.v1.Trade.$Properties): bourse.feed.v1.Trade;

                /**
                 * Encodes the specified Trade message. Does not implicitly {@link bourse.feed.v1.Trade.verify|verify} messages.
                 * @param message Trade message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.Trade.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Trade message, length delimited. Does not implicitly {@link bourse.feed.v1.Trade.verify|verify} messages.
                 * @param message Trade message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.Trade.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Trade message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape} Trade
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape;

                /**
                 * Decodes a Trade message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape} Trade
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape;

                /**
                 * Verifies a Trade message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Trade message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Trade
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.Trade;

                /**
                 * Creates a plain object from a Trade message. Also converts values to other types if specified.
                 * @param message Trade
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.Trade, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Trade to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Trade
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Trade {

                /** Properties of a Trade. */
                interface $Properties {

                    /** Trade symbolId */
                    symbolId?: (number|null);

                    /** Trade price */
                    price?: (number|Long|null);

                    /** Trade qty */
                    qty?: (number|Long|null);

                    /** Trade aggressorSide */
                    aggressorSide?: (bourse.feed.v1.Side|null);

                    /** Trade tradeId */
                    tradeId?: (number|Long|null);

                    /** Trade timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Trade. */
                type $Shape = bourse.feed.v1.Trade.$Properties;
            }

            /**
             * Properties of a CandleUpdate.
             * @deprecated Use bourse.feed.v1.CandleUpdate.$Properties instead.
             */
            interface ICandleUpdate extends bourse.feed.v1.CandleUpdate.$Properties {
            }

            /** Represents a CandleUpdate. */
            class CandleUpdate {

                /**
                 * Constructs a new CandleUpdate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.CandleUpdate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CandleUpdate symbolId. */
                symbolId: number;

                /** CandleUpdate intervalS. */
                intervalS: number;

                /** CandleUpdate openTimeUs. */
                openTimeUs: (number|Long);

                /** CandleUpdate open. */
                open: (number|Long);

                /** CandleUpdate high. */
                high: (number|Long);

                /** CandleUpdate low. */
                low: (number|Long);

                /** CandleUpdate close. */
                close: (number|Long);

                /** CandleUpdate volume. */
                volume: (number|Long);

                /** CandleUpdate tradeCount. */
                tradeCount: (number|Long);

                /** CandleUpdate notional. */
                notional: (number|Long);

                /**
                 * Creates a new CandleUpdate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CandleUpdate instance
                 */
                static create(properties: bourse.feed.v1.CandleUpdate.$Shape): bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape;
                static create(properties?: bourse.feed.v1.CandleUpdate.$Properties): bourse.feed.v1.CandleUpdate;

                /**
                 * Encodes the specified CandleUpdate message. Does not implicitly {@link bourse.feed.v1.CandleUpdate.verify|verify} messages.
                 * @param message CandleUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.CandleUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CandleUpdate message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleUpdate.verify|verify} messages.
                 * @param message CandleUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.CandleUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CandleUpdate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape} CandleUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape;

                /**
                 * Decodes a CandleUpdate message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape} CandleUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape;

                /**
                 * Verifies a CandleUpdate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CandleUpdate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CandleUpdate
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.CandleUpdate;

                /**
                 * Creates a plain object from a CandleUpdate message. Also converts values to other types if specified.
                 * @param message CandleUpdate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.CandleUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CandleUpdate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CandleUpdate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CandleUpdate {

                /** Properties of a CandleUpdate. */
                interface $Properties {

                    /** CandleUpdate symbolId */
                    symbolId?: (number|null);

                    /** CandleUpdate intervalS */
                    intervalS?: (number|null);

                    /** CandleUpdate openTimeUs */
                    openTimeUs?: (number|Long|null);

                    /** CandleUpdate open */
                    open?: (number|Long|null);

                    /** CandleUpdate high */
                    high?: (number|Long|null);

                    /** CandleUpdate low */
                    low?: (number|Long|null);

                    /** CandleUpdate close */
                    close?: (number|Long|null);

                    /** CandleUpdate volume */
                    volume?: (number|Long|null);

                    /** CandleUpdate tradeCount */
                    tradeCount?: (number|Long|null);

                    /** CandleUpdate notional */
                    notional?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CandleUpdate. */
                type $Shape = bourse.feed.v1.CandleUpdate.$Properties;
            }

            /**
             * Properties of a CandleClose.
             * @deprecated Use bourse.feed.v1.CandleClose.$Properties instead.
             */
            interface ICandleClose extends bourse.feed.v1.CandleClose.$Properties {
            }

            /** Represents a CandleClose. */
            class CandleClose {

                /**
                 * Constructs a new CandleClose.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.CandleClose.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CandleClose symbolId. */
                symbolId: number;

                /** CandleClose intervalS. */
                intervalS: number;

                /** CandleClose openTimeUs. */
                openTimeUs: (number|Long);

                /** CandleClose open. */
                open: (number|Long);

                /** CandleClose high. */
                high: (number|Long);

                /** CandleClose low. */
                low: (number|Long);

                /** CandleClose close. */
                close: (number|Long);

                /** CandleClose volume. */
                volume: (number|Long);

                /** CandleClose tradeCount. */
                tradeCount: (number|Long);

                /** CandleClose notional. */
                notional: (number|Long);

                /**
                 * Creates a new CandleClose instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CandleClose instance
                 */
                static create(properties: bourse.feed.v1.CandleClose.$Shape): bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape;
                static create(properties?: bourse.feed.v1.CandleClose.$Properties): bourse.feed.v1.CandleClose;

                /**
                 * Encodes the specified CandleClose message. Does not implicitly {@link bourse.feed.v1.CandleClose.verify|verify} messages.
                 * @param message CandleClose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.CandleClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CandleClose message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleClose.verify|verify} messages.
                 * @param message CandleClose message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.CandleClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CandleClose message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape} CandleClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape;

                /**
                 * Decodes a CandleClose message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape} CandleClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape;

                /**
                 * Verifies a CandleClose message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CandleClose message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CandleClose
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.CandleClose;

                /**
                 * Creates a plain object from a CandleClose message. Also converts values to other types if specified.
                 * @param message CandleClose
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.CandleClose, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CandleClose to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CandleClose
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CandleClose {

                /** Properties of a CandleClose. */
                interface $Properties {

                    /** CandleClose symbolId */
                    symbolId?: (number|null);

                    /** CandleClose intervalS */
                    intervalS?: (number|null);

                    /** CandleClose openTimeUs */
                    openTimeUs?: (number|Long|null);

                    /** CandleClose open */
                    open?: (number|Long|null);

                    /** CandleClose high */
                    high?: (number|Long|null);

                    /** CandleClose low */
                    low?: (number|Long|null);

                    /** CandleClose close */
                    close?: (number|Long|null);

                    /** CandleClose volume */
                    volume?: (number|Long|null);

                    /** CandleClose tradeCount */
                    tradeCount?: (number|Long|null);

                    /** CandleClose notional */
                    notional?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CandleClose. */
                type $Shape = bourse.feed.v1.CandleClose.$Properties;
            }

            /**
             * Properties of a CandleEmptyRun.
             * @deprecated Use bourse.feed.v1.CandleEmptyRun.$Properties instead.
             */
            interface ICandleEmptyRun extends bourse.feed.v1.CandleEmptyRun.$Properties {
            }

            /** Represents a CandleEmptyRun. */
            class CandleEmptyRun {

                /**
                 * Constructs a new CandleEmptyRun.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.CandleEmptyRun.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CandleEmptyRun symbolId. */
                symbolId: number;

                /** CandleEmptyRun intervalS. */
                intervalS: number;

                /** CandleEmptyRun fromOpenTimeUs. */
                fromOpenTimeUs: (number|Long);

                /** CandleEmptyRun toOpenTimeUs. */
                toOpenTimeUs: (number|Long);

                /** CandleEmptyRun price. */
                price: (number|Long);

                /** CandleEmptyRun barCount. */
                barCount: (number|Long);

                /**
                 * Creates a new CandleEmptyRun instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CandleEmptyRun instance
                 */
                static create(properties: bourse.feed.v1.CandleEmptyRun.$Shape): bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape;
                static create(properties?: bourse.feed.v1.CandleEmptyRun.$Properties): bourse.feed.v1.CandleEmptyRun;

                /**
                 * Encodes the specified CandleEmptyRun message. Does not implicitly {@link bourse.feed.v1.CandleEmptyRun.verify|verify} messages.
                 * @param message CandleEmptyRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.CandleEmptyRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CandleEmptyRun message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleEmptyRun.verify|verify} messages.
                 * @param message CandleEmptyRun message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.CandleEmptyRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CandleEmptyRun message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape} CandleEmptyRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape;

                /**
                 * Decodes a CandleEmptyRun message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape} CandleEmptyRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape;

                /**
                 * Verifies a CandleEmptyRun message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CandleEmptyRun message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CandleEmptyRun
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.CandleEmptyRun;

                /**
                 * Creates a plain object from a CandleEmptyRun message. Also converts values to other types if specified.
                 * @param message CandleEmptyRun
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.CandleEmptyRun, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CandleEmptyRun to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CandleEmptyRun
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CandleEmptyRun {

                /** Properties of a CandleEmptyRun. */
                interface $Properties {

                    /** CandleEmptyRun symbolId */
                    symbolId?: (number|null);

                    /** CandleEmptyRun intervalS */
                    intervalS?: (number|null);

                    /** CandleEmptyRun fromOpenTimeUs */
                    fromOpenTimeUs?: (number|Long|null);

                    /** CandleEmptyRun toOpenTimeUs */
                    toOpenTimeUs?: (number|Long|null);

                    /** CandleEmptyRun price */
                    price?: (number|Long|null);

                    /** CandleEmptyRun barCount */
                    barCount?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CandleEmptyRun. */
                type $Shape = bourse.feed.v1.CandleEmptyRun.$Properties;
            }

            /**
             * Properties of an AuctionInfo.
             * @deprecated Use bourse.feed.v1.AuctionInfo.$Properties instead.
             */
            interface IAuctionInfo extends bourse.feed.v1.AuctionInfo.$Properties {
            }

            /** Represents an AuctionInfo. */
            class AuctionInfo {

                /**
                 * Constructs a new AuctionInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.AuctionInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuctionInfo symbolId. */
                symbolId: number;

                /** AuctionInfo uncross. */
                uncross: boolean;

                /** AuctionInfo price. */
                price: (number|Long);

                /** AuctionInfo matchedQty. */
                matchedQty: (number|Long);

                /** AuctionInfo imbalanceQty. */
                imbalanceQty: (number|Long);

                /** AuctionInfo imbalanceSide. */
                imbalanceSide: bourse.feed.v1.Side;

                /** AuctionInfo callStatus. */
                callStatus: bourse.feed.v1.Status;

                /** AuctionInfo referencePrice. */
                referencePrice: (number|Long);

                /** AuctionInfo timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new AuctionInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuctionInfo instance
                 */
                static create(properties: bourse.feed.v1.AuctionInfo.$Shape): bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape;
                static create(properties?: bourse.feed.v1.AuctionInfo.$Properties): bourse.feed.v1.AuctionInfo;

                /**
                 * Encodes the specified AuctionInfo message. Does not implicitly {@link bourse.feed.v1.AuctionInfo.verify|verify} messages.
                 * @param message AuctionInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.AuctionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuctionInfo message, length delimited. Does not implicitly {@link bourse.feed.v1.AuctionInfo.verify|verify} messages.
                 * @param message AuctionInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.AuctionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuctionInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape} AuctionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape;

                /**
                 * Decodes an AuctionInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape} AuctionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape;

                /**
                 * Verifies an AuctionInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuctionInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AuctionInfo
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.AuctionInfo;

                /**
                 * Creates a plain object from an AuctionInfo message. Also converts values to other types if specified.
                 * @param message AuctionInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.AuctionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuctionInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuctionInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuctionInfo {

                /** Properties of an AuctionInfo. */
                interface $Properties {

                    /** AuctionInfo symbolId */
                    symbolId?: (number|null);

                    /** AuctionInfo uncross */
                    uncross?: (boolean|null);

                    /** AuctionInfo price */
                    price?: (number|Long|null);

                    /** AuctionInfo matchedQty */
                    matchedQty?: (number|Long|null);

                    /** AuctionInfo imbalanceQty */
                    imbalanceQty?: (number|Long|null);

                    /** AuctionInfo imbalanceSide */
                    imbalanceSide?: (bourse.feed.v1.Side|null);

                    /** AuctionInfo callStatus */
                    callStatus?: (bourse.feed.v1.Status|null);

                    /** AuctionInfo referencePrice */
                    referencePrice?: (number|Long|null);

                    /** AuctionInfo timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuctionInfo. */
                type $Shape = bourse.feed.v1.AuctionInfo.$Properties;
            }

            /**
             * Properties of a DaySummary.
             * @deprecated Use bourse.feed.v1.DaySummary.$Properties instead.
             */
            interface IDaySummary extends bourse.feed.v1.DaySummary.$Properties {
            }

            /** Represents a DaySummary. */
            class DaySummary {

                /**
                 * Constructs a new DaySummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.DaySummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DaySummary symbolId. */
                symbolId: number;

                /** DaySummary closeTimeUs. */
                closeTimeUs: (number|Long);

                /** DaySummary open. */
                open: (number|Long);

                /** DaySummary high. */
                high: (number|Long);

                /** DaySummary low. */
                low: (number|Long);

                /** DaySummary close. */
                close: (number|Long);

                /** DaySummary volume. */
                volume: (number|Long);

                /** DaySummary tradeCount. */
                tradeCount: (number|Long);

                /** DaySummary notional. */
                notional: (number|Long);

                /** DaySummary openFromAuction. */
                openFromAuction: boolean;

                /** DaySummary closeFromAuction. */
                closeFromAuction: boolean;

                /**
                 * Creates a new DaySummary instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DaySummary instance
                 */
                static create(properties: bourse.feed.v1.DaySummary.$Shape): bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape;
                static create(properties?: bourse.feed.v1.DaySummary.$Properties): bourse.feed.v1.DaySummary;

                /**
                 * Encodes the specified DaySummary message. Does not implicitly {@link bourse.feed.v1.DaySummary.verify|verify} messages.
                 * @param message DaySummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.DaySummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DaySummary message, length delimited. Does not implicitly {@link bourse.feed.v1.DaySummary.verify|verify} messages.
                 * @param message DaySummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.DaySummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DaySummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape} DaySummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape;

                /**
                 * Decodes a DaySummary message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape} DaySummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape;

                /**
                 * Verifies a DaySummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DaySummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DaySummary
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.DaySummary;

                /**
                 * Creates a plain object from a DaySummary message. Also converts values to other types if specified.
                 * @param message DaySummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.DaySummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DaySummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DaySummary
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DaySummary {

                /** Properties of a DaySummary. */
                interface $Properties {

                    /** DaySummary symbolId */
                    symbolId?: (number|null);

                    /** DaySummary closeTimeUs */
                    closeTimeUs?: (number|Long|null);

                    /** DaySummary open */
                    open?: (number|Long|null);

                    /** DaySummary high */
                    high?: (number|Long|null);

                    /** DaySummary low */
                    low?: (number|Long|null);

                    /** DaySummary close */
                    close?: (number|Long|null);

                    /** DaySummary volume */
                    volume?: (number|Long|null);

                    /** DaySummary tradeCount */
                    tradeCount?: (number|Long|null);

                    /** DaySummary notional */
                    notional?: (number|Long|null);

                    /** DaySummary openFromAuction */
                    openFromAuction?: (boolean|null);

                    /** DaySummary closeFromAuction */
                    closeFromAuction?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DaySummary. */
                type $Shape = bourse.feed.v1.DaySummary.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use bourse.feed.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends bourse.feed.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat lastSeq. */
                lastSeq: (number|Long);

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: bourse.feed.v1.Heartbeat.$Shape): bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape;
                static create(properties?: bourse.feed.v1.Heartbeat.$Properties): bourse.feed.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link bourse.feed.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bourse.feed.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape;

                /**
                 * Verifies a Heartbeat message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat lastSeq */
                    lastSeq?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = bourse.feed.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a SnapshotBegin.
             * @deprecated Use bourse.feed.v1.SnapshotBegin.$Properties instead.
             */
            interface ISnapshotBegin extends bourse.feed.v1.SnapshotBegin.$Properties {
            }

            /** Represents a SnapshotBegin. */
            class SnapshotBegin {

                /**
                 * Constructs a new SnapshotBegin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.SnapshotBegin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotBegin symbolId. */
                symbolId: number;

                /** SnapshotBegin lastSeq. */
                lastSeq: (number|Long);

                /** SnapshotBegin bidCount. */
                bidCount: number;

                /** SnapshotBegin askCount. */
                askCount: number;

                /** SnapshotBegin checksum. */
                checksum: number;

                /** SnapshotBegin status. */
                status: bourse.feed.v1.Status;

                /** SnapshotBegin snapshotId. */
                snapshotId: (number|Long);

                /**
                 * Creates a new SnapshotBegin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotBegin instance
                 */
                static create(properties: bourse.feed.v1.SnapshotBegin.$Shape): bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape;
                static create(properties?: bourse.feed.v1.SnapshotBegin.$Properties): bourse.feed.v1.SnapshotBegin;

                /**
                 * Encodes the specified SnapshotBegin message. Does not implicitly {@link bourse.feed.v1.SnapshotBegin.verify|verify} messages.
                 * @param message SnapshotBegin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.SnapshotBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotBegin message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotBegin.verify|verify} messages.
                 * @param message SnapshotBegin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.SnapshotBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotBegin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape} SnapshotBegin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape;

                /**
                 * Decodes a SnapshotBegin message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape} SnapshotBegin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape;

                /**
                 * Verifies a SnapshotBegin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotBegin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotBegin
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.SnapshotBegin;

                /**
                 * Creates a plain object from a SnapshotBegin message. Also converts values to other types if specified.
                 * @param message SnapshotBegin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.SnapshotBegin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotBegin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotBegin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotBegin {

                /** Properties of a SnapshotBegin. */
                interface $Properties {

                    /** SnapshotBegin symbolId */
                    symbolId?: (number|null);

                    /** SnapshotBegin lastSeq */
                    lastSeq?: (number|Long|null);

                    /** SnapshotBegin bidCount */
                    bidCount?: (number|null);

                    /** SnapshotBegin askCount */
                    askCount?: (number|null);

                    /** SnapshotBegin checksum */
                    checksum?: (number|null);

                    /** SnapshotBegin status */
                    status?: (bourse.feed.v1.Status|null);

                    /** SnapshotBegin snapshotId */
                    snapshotId?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotBegin. */
                type $Shape = bourse.feed.v1.SnapshotBegin.$Properties;
            }

            /**
             * Properties of a SnapshotLevel.
             * @deprecated Use bourse.feed.v1.SnapshotLevel.$Properties instead.
             */
            interface ISnapshotLevel extends bourse.feed.v1.SnapshotLevel.$Properties {
            }

            /** Represents a SnapshotLevel. */
            class SnapshotLevel {

                /**
                 * Constructs a new SnapshotLevel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.SnapshotLevel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotLevel symbolId. */
                symbolId: number;

                /** SnapshotLevel side. */
                side: bourse.feed.v1.Side;

                /** SnapshotLevel price. */
                price: (number|Long);

                /** SnapshotLevel qty. */
                qty: (number|Long);

                /** SnapshotLevel orderCount. */
                orderCount: number;

                /**
                 * Creates a new SnapshotLevel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotLevel instance
                 */
                static create(properties: bourse.feed.v1.SnapshotLevel.$Shape): bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape;
                static create(properties?: bourse.feed.v1.SnapshotLevel.$Properties): bourse.feed.v1.SnapshotLevel;

                /**
                 * Encodes the specified SnapshotLevel message. Does not implicitly {@link bourse.feed.v1.SnapshotLevel.verify|verify} messages.
                 * @param message SnapshotLevel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.SnapshotLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotLevel message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotLevel.verify|verify} messages.
                 * @param message SnapshotLevel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.SnapshotLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotLevel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape} SnapshotLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape;

                /**
                 * Decodes a SnapshotLevel message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape} SnapshotLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape;

                /**
                 * Verifies a SnapshotLevel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotLevel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotLevel
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.SnapshotLevel;

                /**
                 * Creates a plain object from a SnapshotLevel message. Also converts values to other types if specified.
                 * @param message SnapshotLevel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.SnapshotLevel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotLevel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotLevel
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotLevel {

                /** Properties of a SnapshotLevel. */
                interface $Properties {

                    /** SnapshotLevel symbolId */
                    symbolId?: (number|null);

                    /** SnapshotLevel side */
                    side?: (bourse.feed.v1.Side|null);

                    /** SnapshotLevel price */
                    price?: (number|Long|null);

                    /** SnapshotLevel qty */
                    qty?: (number|Long|null);

                    /** SnapshotLevel orderCount */
                    orderCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotLevel. */
                type $Shape = bourse.feed.v1.SnapshotLevel.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use bourse.feed.v1.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends bourse.feed.v1.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd symbolId. */
                symbolId: number;

                /** SnapshotEnd lastSeq. */
                lastSeq: (number|Long);

                /** SnapshotEnd levelCount. */
                levelCount: number;

                /** SnapshotEnd checksum. */
                checksum: number;

                /** SnapshotEnd snapshotId. */
                snapshotId: (number|Long);

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: bourse.feed.v1.SnapshotEnd.$Shape): bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape;
                static create(properties?: bourse.feed.v1.SnapshotEnd.$Properties): bourse.feed.v1.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link bourse.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotEnd message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape;

                /**
                 * Verifies a SnapshotEnd message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotEnd message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotEnd
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.SnapshotEnd;

                /**
                 * Creates a plain object from a SnapshotEnd message. Also converts values to other types if specified.
                 * @param message SnapshotEnd
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.SnapshotEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotEnd to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd symbolId */
                    symbolId?: (number|null);

                    /** SnapshotEnd lastSeq */
                    lastSeq?: (number|Long|null);

                    /** SnapshotEnd levelCount */
                    levelCount?: (number|null);

                    /** SnapshotEnd checksum */
                    checksum?: (number|null);

                    /** SnapshotEnd snapshotId */
                    snapshotId?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = bourse.feed.v1.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a ChannelReset.
             * @deprecated Use bourse.feed.v1.ChannelReset.$Properties instead.
             */
            interface IChannelReset extends bourse.feed.v1.ChannelReset.$Properties {
            }

            /** Represents a ChannelReset. */
            class ChannelReset {

                /**
                 * Constructs a new ChannelReset.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.ChannelReset.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChannelReset reason. */
                reason: bourse.feed.v1.ChannelReset.Reason;

                /** ChannelReset booksEmpty. */
                booksEmpty: boolean;

                /** ChannelReset timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new ChannelReset instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChannelReset instance
                 */
                static create(properties: bourse.feed.v1.ChannelReset.$Shape): bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape;
                static create(properties?: bourse.feed.v1.ChannelReset.$Properties): bourse.feed.v1.ChannelReset;

                /**
                 * Encodes the specified ChannelReset message. Does not implicitly {@link bourse.feed.v1.ChannelReset.verify|verify} messages.
                 * @param message ChannelReset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.ChannelReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ChannelReset message, length delimited. Does not implicitly {@link bourse.feed.v1.ChannelReset.verify|verify} messages.
                 * @param message ChannelReset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.ChannelReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChannelReset message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape} ChannelReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape;

                /**
                 * Decodes a ChannelReset message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape} ChannelReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape;

                /**
                 * Verifies a ChannelReset message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChannelReset message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChannelReset
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.ChannelReset;

                /**
                 * Creates a plain object from a ChannelReset message. Also converts values to other types if specified.
                 * @param message ChannelReset
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.ChannelReset, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChannelReset to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChannelReset
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChannelReset {

                /** Properties of a ChannelReset. */
                interface $Properties {

                    /** ChannelReset reason */
                    reason?: (bourse.feed.v1.ChannelReset.Reason|null);

                    /** ChannelReset booksEmpty */
                    booksEmpty?: (boolean|null);

                    /** ChannelReset timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChannelReset. */
                type $Shape = bourse.feed.v1.ChannelReset.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** REASON_NEW_SESSION value */
                    REASON_NEW_SESSION = 1
                }
            }

            /**
             * Properties of an EndOfSession.
             * @deprecated Use bourse.feed.v1.EndOfSession.$Properties instead.
             */
            interface IEndOfSession extends bourse.feed.v1.EndOfSession.$Properties {
            }

            /** Represents an EndOfSession. */
            class EndOfSession {

                /**
                 * Constructs a new EndOfSession.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.EndOfSession.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EndOfSession lastSeq. */
                lastSeq: (number|Long);

                /** EndOfSession timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new EndOfSession instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EndOfSession instance
                 */
                static create(properties: bourse.feed.v1.EndOfSession.$Shape): bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape;
                static create(properties?: bourse.feed.v1.EndOfSession.$Properties): bourse.feed.v1.EndOfSession;

                /**
                 * Encodes the specified EndOfSession message. Does not implicitly {@link bourse.feed.v1.EndOfSession.verify|verify} messages.
                 * @param message EndOfSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.EndOfSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EndOfSession message, length delimited. Does not implicitly {@link bourse.feed.v1.EndOfSession.verify|verify} messages.
                 * @param message EndOfSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.EndOfSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EndOfSession message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape} EndOfSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape;

                /**
                 * Decodes an EndOfSession message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape} EndOfSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape;

                /**
                 * Verifies an EndOfSession message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EndOfSession message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EndOfSession
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.EndOfSession;

                /**
                 * Creates a plain object from an EndOfSession message. Also converts values to other types if specified.
                 * @param message EndOfSession
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.EndOfSession, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EndOfSession to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EndOfSession
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EndOfSession {

                /** Properties of an EndOfSession. */
                interface $Properties {

                    /** EndOfSession lastSeq */
                    lastSeq?: (number|Long|null);

                    /** EndOfSession timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EndOfSession. */
                type $Shape = bourse.feed.v1.EndOfSession.$Properties;
            }

            /**
             * Properties of a RetransmitRequest.
             * @deprecated Use bourse.feed.v1.RetransmitRequest.$Properties instead.
             */
            interface IRetransmitRequest extends bourse.feed.v1.RetransmitRequest.$Properties {
            }

            /** Represents a RetransmitRequest. */
            class RetransmitRequest {

                /**
                 * Constructs a new RetransmitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.RetransmitRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RetransmitRequest sessionId. */
                sessionId: (number|Long);

                /** RetransmitRequest channelId. */
                channelId: number;

                /** RetransmitRequest firstSeq. */
                firstSeq: (number|Long);

                /** RetransmitRequest count. */
                count: number;

                /** RetransmitRequest requestId. */
                requestId: number;

                /**
                 * Creates a new RetransmitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RetransmitRequest instance
                 */
                static create(properties: bourse.feed.v1.RetransmitRequest.$Shape): bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape;
                static create(properties?: bourse.feed.v1.RetransmitRequest.$Properties): bourse.feed.v1.RetransmitRequest;

                /**
                 * Encodes the specified RetransmitRequest message. Does not implicitly {@link bourse.feed.v1.RetransmitRequest.verify|verify} messages.
                 * @param message RetransmitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.RetransmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RetransmitRequest message, length delimited. Does not implicitly {@link bourse.feed.v1.RetransmitRequest.verify|verify} messages.
                 * @param message RetransmitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.RetransmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RetransmitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape} RetransmitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape;

                /**
                 * Decodes a RetransmitRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape} RetransmitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape;

                /**
                 * Verifies a RetransmitRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RetransmitRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RetransmitRequest
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.RetransmitRequest;

                /**
                 * Creates a plain object from a RetransmitRequest message. Also converts values to other types if specified.
                 * @param message RetransmitRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.RetransmitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RetransmitRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RetransmitRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RetransmitRequest {

                /** Properties of a RetransmitRequest. */
                interface $Properties {

                    /** RetransmitRequest sessionId */
                    sessionId?: (number|Long|null);

                    /** RetransmitRequest channelId */
                    channelId?: (number|null);

                    /** RetransmitRequest firstSeq */
                    firstSeq?: (number|Long|null);

                    /** RetransmitRequest count */
                    count?: (number|null);

                    /** RetransmitRequest requestId */
                    requestId?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RetransmitRequest. */
                type $Shape = bourse.feed.v1.RetransmitRequest.$Properties;
            }

            /** RetransmitStatus enum. */
            enum RetransmitStatus {

                /** RETRANSMIT_STATUS_UNSPECIFIED value */
                RETRANSMIT_STATUS_UNSPECIFIED = 0,

                /** RETRANSMIT_OK value */
                RETRANSMIT_OK = 1,

                /** RETRANSMIT_UNKNOWN_SESSION value */
                RETRANSMIT_UNKNOWN_SESSION = 2,

                /** RETRANSMIT_UNKNOWN_CHANNEL value */
                RETRANSMIT_UNKNOWN_CHANNEL = 3,

                /** RETRANSMIT_RANGE_TOO_LARGE value */
                RETRANSMIT_RANGE_TOO_LARGE = 4,

                /** RETRANSMIT_TOO_OLD value */
                RETRANSMIT_TOO_OLD = 5,

                /** RETRANSMIT_NOT_YET_PUBLISHED value */
                RETRANSMIT_NOT_YET_PUBLISHED = 6,

                /** RETRANSMIT_RATE_LIMITED value */
                RETRANSMIT_RATE_LIMITED = 7,

                /** RETRANSMIT_MALFORMED value */
                RETRANSMIT_MALFORMED = 8
            }

            /**
             * Properties of a RetransmitResponse.
             * @deprecated Use bourse.feed.v1.RetransmitResponse.$Properties instead.
             */
            interface IRetransmitResponse extends bourse.feed.v1.RetransmitResponse.$Properties {
            }

            /** Represents a RetransmitResponse. */
            class RetransmitResponse {

                /**
                 * Constructs a new RetransmitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.feed.v1.RetransmitResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RetransmitResponse requestId. */
                requestId: number;

                /** RetransmitResponse status. */
                status: bourse.feed.v1.RetransmitStatus;

                /** RetransmitResponse reason. */
                reason: string;

                /** RetransmitResponse errorCode. */
                errorCode: number;

                /** RetransmitResponse sessionId. */
                sessionId: (number|Long);

                /** RetransmitResponse channelId. */
                channelId: number;

                /** RetransmitResponse firstSeq. */
                firstSeq: (number|Long);

                /** RetransmitResponse count. */
                count: number;

                /** RetransmitResponse packets. */
                packets: bourse.feed.v1.Packet.$Properties[];

                /** RetransmitResponse windowFirstSeq. */
                windowFirstSeq: (number|Long);

                /** RetransmitResponse lastSeq. */
                lastSeq: (number|Long);

                /**
                 * Creates a new RetransmitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RetransmitResponse instance
                 */
                static create(properties: bourse.feed.v1.RetransmitResponse.$Shape): bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape;
                static create(properties?: bourse.feed.v1.RetransmitResponse.$Properties): bourse.feed.v1.RetransmitResponse;

                /**
                 * Encodes the specified RetransmitResponse message. Does not implicitly {@link bourse.feed.v1.RetransmitResponse.verify|verify} messages.
                 * @param message RetransmitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.feed.v1.RetransmitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RetransmitResponse message, length delimited. Does not implicitly {@link bourse.feed.v1.RetransmitResponse.verify|verify} messages.
                 * @param message RetransmitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.feed.v1.RetransmitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RetransmitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape} RetransmitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape;

                /**
                 * Decodes a RetransmitResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape} RetransmitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape;

                /**
                 * Verifies a RetransmitResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RetransmitResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RetransmitResponse
                 */
                static fromObject(object: { [k: string]: any }): bourse.feed.v1.RetransmitResponse;

                /**
                 * Creates a plain object from a RetransmitResponse message. Also converts values to other types if specified.
                 * @param message RetransmitResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.feed.v1.RetransmitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RetransmitResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RetransmitResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RetransmitResponse {

                /** Properties of a RetransmitResponse. */
                interface $Properties {

                    /** RetransmitResponse requestId */
                    requestId?: (number|null);

                    /** RetransmitResponse status */
                    status?: (bourse.feed.v1.RetransmitStatus|null);

                    /** RetransmitResponse reason */
                    reason?: (string|null);

                    /** RetransmitResponse errorCode */
                    errorCode?: (number|null);

                    /** RetransmitResponse sessionId */
                    sessionId?: (number|Long|null);

                    /** RetransmitResponse channelId */
                    channelId?: (number|null);

                    /** RetransmitResponse firstSeq */
                    firstSeq?: (number|Long|null);

                    /** RetransmitResponse count */
                    count?: (number|null);

                    /** RetransmitResponse packets */
                    packets?: (bourse.feed.v1.Packet.$Properties[]|null);

                    /** RetransmitResponse windowFirstSeq */
                    windowFirstSeq?: (number|Long|null);

                    /** RetransmitResponse lastSeq */
                    lastSeq?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RetransmitResponse. */
                type $Shape = {
                  requestId?: number|null;
                  status?: bourse.feed.v1.RetransmitStatus|null;
                  reason?: string|null;
                  errorCode?: number|null;
                  sessionId?: number|Long|null;
                  channelId?: number|null;
                  firstSeq?: number|Long|null;
                  count?: number|null;
                  packets?: bourse.feed.v1.Packet.$Shape[]|null;
                  windowFirstSeq?: number|Long|null;
                  lastSeq?: number|Long|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }
}
