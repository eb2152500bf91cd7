import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bourse. */
export namespace bourse {

    /** Namespace order. */
    namespace order {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Inbound.
             * @deprecated Use bourse.order.v1.Inbound.$Properties instead.
             */
            interface IInbound extends bourse.order.v1.Inbound.$Properties {
            }

            /** Represents an Inbound. */
            class Inbound {

                /**
                 * Constructs a new Inbound.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Inbound.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Inbound login. */
                login?: (bourse.order.v1.Login.$Properties|null);

                /** Inbound newOrder. */
                newOrder?: (bourse.order.v1.NewOrder.$Properties|null);

                /** Inbound cancel. */
                cancel?: (bourse.order.v1.Cancel.$Properties|null);

                /** Inbound replace. */
                replace?: (bourse.order.v1.Replace.$Properties|null);

                /** Inbound massCancel. */
                massCancel?: (bourse.order.v1.MassCancel.$Properties|null);

                /** Inbound heartbeat. */
                heartbeat?: (bourse.order.v1.Heartbeat.$Properties|null);

                /** Inbound logout. */
                logout?: (bourse.order.v1.Logout.$Properties|null);

                /** Inbound body. */
                body?: ("login"|"newOrder"|"cancel"|"replace"|"massCancel"|"heartbeat"|"logout");

                /**
                 * Creates a new Inbound instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Inbound instance
                 */
                static create(properties: bourse.order.v1.Inbound.$Shape): bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape;
                static create(properties?: bourse.order.v1.Inbound.$Properties): bourse.order.v1.Inbound;

                /**
                 * Encodes the specified Inbound message. Does not implicitly {@link bourse.order.v1.Inbound.verify|verify} messages.
                 * @param message Inbound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Inbound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Inbound message, length delimited. Does not implicitly {@link bourse.order.v1.Inbound.verify|verify} messages.
                 * @param message Inbound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Inbound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Inbound message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape} Inbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape;

                /**
                 * Decodes an Inbound message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape} Inbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape;

                /**
                 * Verifies an Inbound message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Inbound message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Inbound
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Inbound;

                /**
                 * Creates a plain object from an Inbound message. Also converts values to other types if specified.
                 * @param message Inbound
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Inbound, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Inbound to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Inbound
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Inbound {

                /** Properties of an Inbound. */
                interface $Properties {

                    /** Inbound login */
                    login?: (bourse.order.v1.Login.$Properties|null);

                    /** Inbound newOrder */
                    newOrder?: (bourse.order.v1.NewOrder.$Properties|null);

                    /** Inbound cancel */
                    cancel?: (bourse.order.v1.Cancel.$Properties|null);

                    /** Inbound replace */
                    replace?: (bourse.order.v1.Replace.$Properties|null);

                    /** Inbound massCancel */
                    massCancel?: (bourse.order.v1.MassCancel.$Properties|null);

                    /** Inbound heartbeat */
                    heartbeat?: (bourse.order.v1.Heartbeat.$Properties|null);

                    /** Inbound logout */
                    logout?: (bourse.order.v1.Logout.$Properties|null);

                    /** Inbound body */
                    body?: ("login"|"newOrder"|"cancel"|"replace"|"massCancel"|"heartbeat"|"logout");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Inbound. */
                type $Shape = {
                  login?: bourse.order.v1.Login.$Shape|null;
                  newOrder?: bourse.order.v1.NewOrder.$Shape|null;
                  cancel?: bourse.order.v1.Cancel.$Shape|null;
                  replace?: bourse.order.v1.Replace.$Shape|null;
                  massCancel?: bourse.order.v1.MassCancel.$Shape|null;
                  heartbeat?: bourse.order.v1.Heartbeat.$Shape|null;
                  logout?: bourse.order.v1.Logout.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "login"; login: bourse.order.v1.Login.$Shape; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "newOrder"; login?: null; newOrder: bourse.order.v1.NewOrder.$Shape; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "cancel"; login?: null; newOrder?: null; cancel: bourse.order.v1.Cancel.$Shape; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "replace"; login?: null; newOrder?: null; cancel?: null; replace: bourse.order.v1.Replace.$Shape; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "massCancel"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel: bourse.order.v1.MassCancel.$Shape; heartbeat?: null; logout?: null }|{ body?: "heartbeat"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat: bourse.order.v1.Heartbeat.$Shape; logout?: null }|{ body?: "logout"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout: bourse.order.v1.Logout.$Shape })
                );
            }

            /**
             * Properties of a Login.
             * @deprecated Use bourse.order.v1.Login.$Properties instead.
             */
            interface ILogin extends bourse.order.v1.Login.$Properties {
            }

            /** Represents a Login. */
            class Login {

                /**
                 * Constructs a new Login.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Login.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Login keyId. */
                keyId: number;

                /** Login nonce. */
                nonce: Uint8Array;

                /** Login signature. */
                signature: Uint8Array;

                /** Login lastSeenSeq. */
                lastSeenSeq: (number|Long);

                /** Login cancelOnDisconnect. */
                cancelOnDisconnect: boolean;

                /** Login version. */
                version: number;

                /** Login noResend. */
                noResend: boolean;

                /**
                 * Creates a new Login instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Login instance
                 */
                static create(properties: bourse.order.v1.Login.$Shape): bourse.order.v1.Login & bourse.order.v1.Login.$Shape;
                static create(properties?: bourse.order.v1.Login.$Properties): bourse.order.v1.Login;

                /**
                 * Encodes the specified Login message. Does not implicitly {@link bourse.order.v1.Login.verify|verify} messages.
                 * @param message Login message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Login message, length delimited. Does not implicitly {@link bourse.order.v1.Login.verify|verify} messages.
                 * @param message Login message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Login message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Login & bourse.order.v1.Login.$Shape} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Login & bourse.order.v1.Login.$Shape;

                /**
                 * Decodes a Login message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Login & bourse.order.v1.Login.$Shape} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Login & bourse.order.v1.Login.$Shape;

                /**
                 * Verifies a Login message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Login message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Login
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Login;

                /**
                 * Creates a plain object from a Login message. Also converts values to other types if specified.
                 * @param message Login
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Login to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Login
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Login {

                /** Properties of a Login. */
                interface $Properties {

                    /** Login keyId */
                    keyId?: (number|null);

                    /** Login nonce */
                    nonce?: (Uint8Array|null);

                    /** Login signature */
                    signature?: (Uint8Array|null);

                    /** Login lastSeenSeq */
                    lastSeenSeq?: (number|Long|null);

                    /** Login cancelOnDisconnect */
                    cancelOnDisconnect?: (boolean|null);

                    /** Login version */
                    version?: (number|null);

                    /** Login noResend */
                    noResend?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Login. */
                type $Shape = bourse.order.v1.Login.$Properties;
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

            /** OrdType enum. */
            enum OrdType {

                /** ORD_TYPE_UNSPECIFIED value */
                ORD_TYPE_UNSPECIFIED = 0,

                /** ORD_TYPE_LIMIT value */
                ORD_TYPE_LIMIT = 1,

                /** ORD_TYPE_MARKET value */
                ORD_TYPE_MARKET = 2
            }

            /** TimeInForce enum. */
            enum TimeInForce {

                /** TIF_UNSPECIFIED value */
                TIF_UNSPECIFIED = 0,

                /** TIF_GTC value */
                TIF_GTC = 1,

                /** TIF_IOC value */
                TIF_IOC = 2,

                /** TIF_DAY value */
                TIF_DAY = 3,

                /** TIF_GTD value */
                TIF_GTD = 4,

                /** TIF_AT_OPEN value */
                TIF_AT_OPEN = 5,

                /** TIF_AT_CLOSE value */
                TIF_AT_CLOSE = 6
            }

            /**
             * Properties of a NewOrder.
             * @deprecated Use bourse.order.v1.NewOrder.$Properties instead.
             */
            interface INewOrder extends bourse.order.v1.NewOrder.$Properties {
            }

            /** Represents a NewOrder. */
            class NewOrder {

                /**
                 * Constructs a new NewOrder.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.NewOrder.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NewOrder clientOrderId. */
                clientOrderId: number;

                /** NewOrder symbol. */
                symbol: string;

                /** NewOrder side. */
                side: bourse.order.v1.Side;

                /** NewOrder ordType. */
                ordType: bourse.order.v1.OrdType;

                /** NewOrder timeInForce. */
                timeInForce: bourse.order.v1.TimeInForce;

                /** NewOrder price. */
                price: (number|Long);

                /** NewOrder qty. */
                qty: (number|Long);

                /** NewOrder account. */
                account: number;

                /** NewOrder expireTimeUs. */
                expireTimeUs: (number|Long);

                /**
                 * Creates a new NewOrder instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NewOrder instance
                 */
                static create(properties: bourse.order.v1.NewOrder.$Shape): bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape;
                static create(properties?: bourse.order.v1.NewOrder.$Properties): bourse.order.v1.NewOrder;

                /**
                 * Encodes the specified NewOrder message. Does not implicitly {@link bourse.order.v1.NewOrder.verify|verify} messages.
                 * @param message NewOrder message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.NewOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NewOrder message, length delimited. Does not implicitly {@link bourse.order.v1.NewOrder.verify|verify} messages.
                 * @param message NewOrder message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.NewOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NewOrder message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape} NewOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape;

                /**
                 * Decodes a NewOrder message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape} NewOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape;

                /**
                 * Verifies a NewOrder message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NewOrder message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NewOrder
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.NewOrder;

                /**
                 * Creates a plain object from a NewOrder message. Also converts values to other types if specified.
                 * @param message NewOrder
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.NewOrder, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NewOrder to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NewOrder
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NewOrder {

                /** Properties of a NewOrder. */
                interface $Properties {

                    /** NewOrder clientOrderId */
                    clientOrderId?: (number|null);

                    /** NewOrder symbol */
                    symbol?: (string|null);

                    /** NewOrder side */
                    side?: (bourse.order.v1.Side|null);

                    /** NewOrder ordType */
                    ordType?: (bourse.order.v1.OrdType|null);

                    /** NewOrder timeInForce */
                    timeInForce?: (bourse.order.v1.TimeInForce|null);

                    /** NewOrder price */
                    price?: (number|Long|null);

                    /** NewOrder qty */
                    qty?: (number|Long|null);

                    /** NewOrder account */
                    account?: (number|null);

                    /** NewOrder expireTimeUs */
                    expireTimeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NewOrder. */
                type $Shape = bourse.order.v1.NewOrder.$Properties;
            }

            /**
             * Properties of a Cancel.
             * @deprecated Use bourse.order.v1.Cancel.$Properties instead.
             */
            interface ICancel extends bourse.order.v1.Cancel.$Properties {
            }

            /** Represents a Cancel. */
            class Cancel {

                /**
                 * Constructs a new Cancel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Cancel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cancel orderId. */
                orderId: (number|Long);

                /** Cancel symbol. */
                symbol: string;

                /** Cancel account. */
                account: number;

                /**
                 * Creates a new Cancel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cancel instance
                 */
                static create(properties: bourse.order.v1.Cancel.$Shape): bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape;
                static create(properties?: bourse.order.v1.Cancel.$Properties): bourse.order.v1.Cancel;

                /**
                 * Encodes the specified Cancel message. Does not implicitly {@link bourse.order.v1.Cancel.verify|verify} messages.
                 * @param message Cancel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Cancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Cancel message, length delimited. Does not implicitly {@link bourse.order.v1.Cancel.verify|verify} messages.
                 * @param message Cancel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Cancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cancel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape;

                /**
                 * Decodes a Cancel message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape;

                /**
                 * Verifies a Cancel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Cancel
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Cancel;

                /**
                 * Creates a plain object from a Cancel message. Also converts values to other types if specified.
                 * @param message Cancel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Cancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Cancel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Cancel
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Cancel {

                /** Properties of a Cancel. */
                interface $Properties {

                    /** Cancel orderId */
                    orderId?: (number|Long|null);

                    /** Cancel symbol */
                    symbol?: (string|null);

                    /** Cancel account */
                    account?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Cancel. */
                type $Shape = bourse.order.v1.Cancel.$Properties;
            }

            /**
             * Properties of a Replace.
             * @deprecated Use bourse.order.v1.Replace.$Properties instead.
             */
            interface IReplace extends bourse.order.v1.Replace.$Properties {
            }

            /** Represents a Replace. */
            class Replace {

                /**
                 * Constructs a new Replace.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Replace.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Replace orderId. */
                orderId: (number|Long);

                /** Replace symbol. */
                symbol: string;

                /** Replace account. */
                account: number;

                /** Replace price. */
                price: (number|Long);

                /** Replace qty. */
                qty: (number|Long);

                /**
                 * Creates a new Replace instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Replace instance
                 */
                static create(properties: bourse.order.v1.Replace.$Shape): bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape;
                static create(properties?: bourse.order.v1.Replace.$Properties): bourse.order.v1.Replace;

                /**
                 * Encodes the specified Replace message. Does not implicitly {@link bourse.order.v1.Replace.verify|verify} messages.
                 * @param message Replace message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Replace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Replace message, length delimited. Does not implicitly {@link bourse.order.v1.Replace.verify|verify} messages.
                 * @param message Replace message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Replace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Replace message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape} Replace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape;

                /**
                 * Decodes a Replace message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape} Replace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape;

                /**
                 * Verifies a Replace message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Replace message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Replace
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Replace;

                /**
                 * Creates a plain object from a Replace message. Also converts values to other types if specified.
                 * @param message Replace
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Replace, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Replace to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Replace
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Replace {

                /** Properties of a Replace. */
                interface $Properties {

                    /** Replace orderId */
                    orderId?: (number|Long|null);

                    /** Replace symbol */
                    symbol?: (string|null);

                    /** Replace account */
                    account?: (number|null);

                    /** Replace price */
                    price?: (number|Long|null);

                    /** Replace qty */
                    qty?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Replace. */
                type $Shape = bourse.order.v1.Replace.$Properties;
            }

            /**
             * Properties of a MassCancel.
             * @deprecated Use bourse.order.v1.MassCancel.$Properties instead.
             */
            interface IMassCancel extends bourse.order.v1.MassCancel.$Properties {
            }

            /** Represents a MassCancel. */
            class MassCancel {

                /**
                 * Constructs a new MassCancel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.MassCancel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MassCancel symbol. */
                symbol: string;

                /** MassCancel account. */
                account: number;

                /**
                 * Creates a new MassCancel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MassCancel instance
                 */
                static create(properties: bourse.order.v1.MassCancel.$Shape): bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape;
                static create(properties?: bourse.order.v1.MassCancel.$Properties): bourse.order.v1.MassCancel;

                /**
                 * Encodes the specified MassCancel message. Does not implicitly {@link bourse.order.v1.MassCancel.verify|verify} messages.
                 * @param message MassCancel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.MassCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MassCancel message, length delimited. Does not implicitly {@link bourse.order.v1.MassCancel.verify|verify} messages.
                 * @param message MassCancel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.MassCancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MassCancel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape} MassCancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape;

                /**
                 * Decodes a MassCancel message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape} MassCancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape;

                /**
                 * Verifies a MassCancel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MassCancel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MassCancel
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.MassCancel;

                /**
                 * Creates a plain object from a MassCancel message. Also converts values to other types if specified.
                 * @param message MassCancel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.MassCancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MassCancel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MassCancel
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MassCancel {

                /** Properties of a MassCancel. */
                interface $Properties {

                    /** MassCancel symbol */
                    symbol?: (string|null);

                    /** MassCancel account */
                    account?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MassCancel. */
                type $Shape = bourse.order.v1.MassCancel.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use bourse.order.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends bourse.order.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat token. */
                token: (number|Long);

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: bourse.order.v1.Heartbeat.$Shape): bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape;
                static create(properties?: bourse.order.v1.Heartbeat.$Properties): bourse.order.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link bourse.order.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bourse.order.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape;

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
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Heartbeat token */
                    token?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = bourse.order.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a Logout.
             * @deprecated Use bourse.order.v1.Logout.$Properties instead.
             */
            interface ILogout extends bourse.order.v1.Logout.$Properties {
            }

            /** Represents a Logout. */
            class Logout {

                /**
                 * Constructs a new Logout.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Logout.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Logout instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Logout instance
                 */
                static create(properties: bourse.order.v1.Logout.$Shape): bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape;
                static create(properties?: bourse.order.v1.Logout.$Properties): bourse.order.v1.Logout;

                /**
                 * Encodes the specified Logout message. Does not implicitly {@link bourse.order.v1.Logout.verify|verify} messages.
                 * @param message Logout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Logout message, length delimited. Does not implicitly {@link bourse.order.v1.Logout.verify|verify} messages.
                 * @param message Logout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Logout message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape;

                /**
                 * Decodes a Logout message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape;

                /**
                 * Verifies a Logout message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Logout message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Logout
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Logout;

                /**
                 * Creates a plain object from a Logout message. Also converts values to other types if specified.
                 * @param message Logout
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Logout to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Logout
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Logout {

                /** Properties of a Logout. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Logout. */
                type $Shape = bourse.order.v1.Logout.$Properties;
            }

            /**
             * Properties of an Outbound.
             * @deprecated Use bourse.order.v1.Outbound.$Properties instead.
             */
            interface IOutbound extends bourse.order.v1.Outbound.$Properties {
            }

            /** Represents an Outbound. */
            class Outbound {

                /**
                 * Constructs a new Outbound.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Outbound.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Outbound seq. */
                seq: (number|Long);

                /** Outbound hello. */
                hello?: (bourse.order.v1.Hello.$Properties|null);

                /** Outbound loginAccepted. */
                loginAccepted?: (bourse.order.v1.LoginAccepted.$Properties|null);

                /** Outbound loginRejected. */
                loginRejected?: (bourse.order.v1.LoginRejected.$Properties|null);

                /** Outbound executionReport. */
                executionReport?: (bourse.order.v1.ExecutionReport.$Properties|null);

                /** Outbound cancelReject. */
                cancelReject?: (bourse.order.v1.CancelReject.$Properties|null);

                /** Outbound sessionReject. */
                sessionReject?: (bourse.order.v1.SessionReject.$Properties|null);

                /** Outbound heartbeat. */
                heartbeat?: (bourse.order.v1.Heartbeat.$Properties|null);

                /** Outbound body. */
                body?: ("hello"|"loginAccepted"|"loginRejected"|"executionReport"|"cancelReject"|"sessionReject"|"heartbeat");

                /**
                 * Creates a new Outbound instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Outbound instance
                 */
                static create(properties: bourse.order.v1.Outbound.$Shape): bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape;
                static create(properties?: bourse.order.v1.Outbound.$Properties): bourse.order.v1.Outbound;

                /**
                 * Encodes the specified Outbound message. Does not implicitly {@link bourse.order.v1.Outbound.verify|verify} messages.
                 * @param message Outbound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Outbound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Outbound message, length delimited. Does not implicitly {@link bourse.order.v1.Outbound.verify|verify} messages.
                 * @param message Outbound message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Outbound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Outbound message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape} Outbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape;

                /**
                 * Decodes an Outbound message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape} Outbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape;

                /**
                 * Verifies an Outbound message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Outbound message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Outbound
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Outbound;

                /**
                 * Creates a plain object from an Outbound message. Also converts values to other types if specified.
                 * @param message Outbound
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Outbound, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Outbound to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Outbound
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Outbound {

                /** Properties of an Outbound. */
                interface $Properties {

                    /** Outbound seq */
                    seq?: (number|Long|null);

                    /** Outbound hello */
                    hello?: (bourse.order.v1.Hello.$Properties|null);

                    /** Outbound loginAccepted */
                    loginAccepted?: (bourse.order.v1.LoginAccepted.$Properties|null);

                    /** Outbound loginRejected */
                    loginRejected?: (bourse.order.v1.LoginRejected.$Properties|null);

                    /** Outbound executionReport */
                    executionReport?: (bourse.order.v1.ExecutionReport.$Properties|null);

                    /** Outbound cancelReject */
                    cancelReject?: (bourse.order.v1.CancelReject.$Properties|null);

                    /** Outbound sessionReject */
                    sessionReject?: (bourse.order.v1.SessionReject.$Properties|null);

                    /** Outbound heartbeat */
                    heartbeat?: (bourse.order.v1.Heartbeat.$Properties|null);

                    /** Outbound body */
                    body?: ("hello"|"loginAccepted"|"loginRejected"|"executionReport"|"cancelReject"|"sessionReject"|"heartbeat");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Outbound. */
                type $Shape = {
                  seq?: number|Long|null;
                  hello?: bourse.order.v1.Hello.$Shape|null;
                  loginAccepted?: bourse.order.v1.LoginAccepted.$Shape|null;
                  loginRejected?: bourse.order.v1.LoginRejected.$Shape|null;
                  executionReport?: bourse.order.v1.ExecutionReport.$Shape|null;
                  cancelReject?: bourse.order.v1.CancelReject.$Shape|null;
                  sessionReject?: bourse.order.v1.SessionReject.$Shape|null;
                  heartbeat?: bourse.order.v1.Heartbeat.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "hello"; hello: bourse.order.v1.Hello.$Shape; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "loginAccepted"; hello?: null; loginAccepted: bourse.order.v1.LoginAccepted.$Shape; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "loginRejected"; hello?: null; loginAccepted?: null; loginRejected: bourse.order.v1.LoginRejected.$Shape; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "executionReport"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport: bourse.order.v1.ExecutionReport.$Shape; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "cancelReject"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject: bourse.order.v1.CancelReject.$Shape; sessionReject?: null; heartbeat?: null }|{ body?: "sessionReject"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject: bourse.order.v1.SessionReject.$Shape; heartbeat?: null }|{ body?: "heartbeat"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat: bourse.order.v1.Heartbeat.$Shape })
                );
            }

            /**
             * Properties of a Hello.
             * @deprecated Use bourse.order.v1.Hello.$Properties instead.
             */
            interface IHello extends bourse.order.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello nonce. */
                nonce: Uint8Array;

                /** Hello version. */
                version: number;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: bourse.order.v1.Hello.$Shape): bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape;
                static create(properties?: bourse.order.v1.Hello.$Properties): bourse.order.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link bourse.order.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link bourse.order.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape;

                /**
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape;

                /**
                 * Verifies a Hello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello nonce */
                    nonce?: (Uint8Array|null);

                    /** Hello version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = bourse.order.v1.Hello.$Properties;
            }

            /**
             * Properties of an Instrument.
             * @deprecated Use bourse.order.v1.Instrument.$Properties instead.
             */
            interface IInstrument extends bourse.order.v1.Instrument.$Properties {
            }

            /** Represents an Instrument. */
            class Instrument {

                /**
                 * Constructs a new Instrument.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.Instrument.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Instrument symbol. */
                symbol: string;

                /** Instrument symbolId. */
                symbolId: number;

                /** Instrument priceDecimals. */
                priceDecimals: number;

                /** Instrument qtyDecimals. */
                qtyDecimals: number;

                /** Instrument tick. */
                tick: (number|Long);

                /** Instrument lot. */
                lot: (number|Long);

                /** Instrument refPrice. */
                refPrice: (number|Long);

                /**
                 * Creates a new Instrument instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Instrument instance
                 */
                static create(properties: bourse.order.v1.Instrument.$Shape): bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape;
                static create(properties?: bourse.order.v1.Instrument.$Properties): bourse.order.v1.Instrument;

                /**
                 * Encodes the specified Instrument message. Does not implicitly {@link bourse.order.v1.Instrument.verify|verify} messages.
                 * @param message Instrument message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.Instrument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Instrument message, length delimited. Does not implicitly {@link bourse.order.v1.Instrument.verify|verify} messages.
                 * @param message Instrument message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.Instrument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Instrument message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape} Instrument
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape;

                /**
                 * Decodes an Instrument message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape} Instrument
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape;

                /**
                 * Verifies an Instrument message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Instrument message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Instrument
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.Instrument;

                /**
                 * Creates a plain object from an Instrument message. Also converts values to other types if specified.
                 * @param message Instrument
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.Instrument, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Instrument to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Instrument
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Instrument {

                /** Properties of an Instrument. */
                interface $Properties {

                    /** Instrument symbol */
                    symbol?: (string|null);

                    /** Instrument symbolId */
                    symbolId?: (number|null);

                    /** Instrument priceDecimals */
                    priceDecimals?: (number|null);

                    /** Instrument qtyDecimals */
                    qtyDecimals?: (number|null);

                    /** Instrument tick */
                    tick?: (number|Long|null);

                    /** Instrument lot */
                    lot?: (number|Long|null);

                    /** Instrument refPrice */
                    refPrice?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Instrument. */
                type $Shape = bourse.order.v1.Instrument.$Properties;
            }

            /**
             * Properties of a LoginAccepted.
             * @deprecated Use bourse.order.v1.LoginAccepted.$Properties instead.
             */
            interface ILoginAccepted extends bourse.order.v1.LoginAccepted.$Properties {
            }

            /** Represents a LoginAccepted. */
            class LoginAccepted {

                /**
                 * Constructs a new LoginAccepted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.LoginAccepted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoginAccepted firm. */
                firm: number;

                /** LoginAccepted lastSeq. */
                lastSeq: (number|Long);

                /** LoginAccepted firstResendableSeq. */
                firstResendableSeq: (number|Long);

                /** LoginAccepted instruments. */
                instruments: bourse.order.v1.Instrument.$Properties[];

                /**
                 * Creates a new LoginAccepted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginAccepted instance
                 */
                static create(properties: bourse.order.v1.LoginAccepted.$Shape): bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape;
                static create(properties?: bourse.order.v1.LoginAccepted.$Properties): bourse.order.v1.LoginAccepted;

                /**
                 * Encodes the specified LoginAccepted message. Does not implicitly {@link bourse.order.v1.LoginAccepted.verify|verify} messages.
                 * @param message LoginAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.LoginAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginAccepted message, length delimited. Does not implicitly {@link bourse.order.v1.LoginAccepted.verify|verify} messages.
                 * @param message LoginAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.LoginAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginAccepted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape} LoginAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape;

                /**
                 * Decodes a LoginAccepted message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape} LoginAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape;

                /**
                 * Verifies a LoginAccepted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginAccepted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginAccepted
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.LoginAccepted;

                /**
                 * Creates a plain object from a LoginAccepted message. Also converts values to other types if specified.
                 * @param message LoginAccepted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.LoginAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginAccepted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoginAccepted
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginAccepted {

                /** Properties of a LoginAccepted. */
                interface $Properties {

                    /** LoginAccepted firm */
                    firm?: (number|null);

                    /** LoginAccepted lastSeq */
                    lastSeq?: (number|Long|null);

                    /** LoginAccepted firstResendableSeq */
                    firstResendableSeq?: (number|Long|null);

                    /** LoginAccepted instruments */
                    instruments?: (bourse.order.v1.Instrument.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LoginAccepted. */
                type $Shape = bourse.order.v1.LoginAccepted.$Properties;
            }

            /**
             * Properties of a LoginRejected.
             * @deprecated Use bourse.order.v1.LoginRejected.$Properties instead.
             */
            interface ILoginRejected extends bourse.order.v1.LoginRejected.$Properties {
            }

            /** Represents a LoginRejected. */
            class LoginRejected {

                /**
                 * Constructs a new LoginRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.LoginRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LoginRejected code. */
                code: number;

                /** LoginRejected reason. */
                reason: string;

                /**
                 * Creates a new LoginRejected instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LoginRejected instance
                 */
                static create(properties: bourse.order.v1.LoginRejected.$Shape): bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape;
                static create(properties?: bourse.order.v1.LoginRejected.$Properties): bourse.order.v1.LoginRejected;

                /**
                 * Encodes the specified LoginRejected message. Does not implicitly {@link bourse.order.v1.LoginRejected.verify|verify} messages.
                 * @param message LoginRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.LoginRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LoginRejected message, length delimited. Does not implicitly {@link bourse.order.v1.LoginRejected.verify|verify} messages.
                 * @param message LoginRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.LoginRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LoginRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape} LoginRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape;

                /**
                 * Decodes a LoginRejected message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape} LoginRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape;

                /**
                 * Verifies a LoginRejected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LoginRejected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LoginRejected
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.LoginRejected;

                /**
                 * Creates a plain object from a LoginRejected message. Also converts values to other types if specified.
                 * @param message LoginRejected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.LoginRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LoginRejected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LoginRejected
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginRejected {

                /** Properties of a LoginRejected. */
                interface $Properties {

                    /** LoginRejected code */
                    code?: (number|null);

                    /** LoginRejected reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LoginRejected. */
                type $Shape = bourse.order.v1.LoginRejected.$Properties;
            }

            /** ExecType enum. */
            enum ExecType {

                /** EXEC_TYPE_UNSPECIFIED value */
                EXEC_TYPE_UNSPECIFIED = 0,

                /** EXEC_ACCEPTED value */
                EXEC_ACCEPTED = 1,

                /** EXEC_REJECTED value */
                EXEC_REJECTED = 2,

                /** EXEC_PARTIAL_FILL value */
                EXEC_PARTIAL_FILL = 3,

                /** EXEC_FILL value */
                EXEC_FILL = 4,

                /** EXEC_CANCELLED value */
                EXEC_CANCELLED = 5,

                /** EXEC_REPLACED value */
                EXEC_REPLACED = 6
            }

            /** CancelReason enum. */
            enum CancelReason {

                /** CANCEL_REASON_UNSPECIFIED value */
                CANCEL_REASON_UNSPECIFIED = 0,

                /** CANCEL_USER value */
                CANCEL_USER = 1,

                /** CANCEL_UNFILLED value */
                CANCEL_UNFILLED = 2,

                /** CANCEL_SELF_TRADE value */
                CANCEL_SELF_TRADE = 3,

                /** CANCEL_KILL value */
                CANCEL_KILL = 4,

                /** CANCEL_EXPIRED value */
                CANCEL_EXPIRED = 5,

                /** CANCEL_AUCTION_END value */
                CANCEL_AUCTION_END = 6
            }

            /**
             * Properties of an ExecutionReport.
             * @deprecated Use bourse.order.v1.ExecutionReport.$Properties instead.
             */
            interface IExecutionReport extends bourse.order.v1.ExecutionReport.$Properties {
            }

            /** Represents an ExecutionReport. */
            class ExecutionReport {

                /**
                 * Constructs a new ExecutionReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.ExecutionReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExecutionReport execType. */
                execType: bourse.order.v1.ExecType;

                /** ExecutionReport orderId. */
                orderId: (number|Long);

                /** ExecutionReport clientOrderId. */
                clientOrderId: number;

                /** ExecutionReport account. */
                account: number;

                /** ExecutionReport symbol. */
                symbol: string;

                /** ExecutionReport side. */
                side: bourse.order.v1.Side;

                /** ExecutionReport price. */
                price: (number|Long);

                /** ExecutionReport qty. */
                qty: (number|Long);

                /** ExecutionReport leavesQty. */
                leavesQty: (number|Long);

                /** ExecutionReport cumQty. */
                cumQty: (number|Long);

                /** ExecutionReport tradeId. */
                tradeId: (number|Long);

                /** ExecutionReport lastPrice. */
                lastPrice: (number|Long);

                /** ExecutionReport lastQty. */
                lastQty: (number|Long);

                /** ExecutionReport code. */
                code: number;

                /** ExecutionReport cancelReason. */
                cancelReason: bourse.order.v1.CancelReason;

                /** ExecutionReport aggressor. */
                aggressor: boolean;

                /** ExecutionReport exchangeSeq. */
                exchangeSeq: (number|Long);

                /** ExecutionReport timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new ExecutionReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecutionReport instance
                 */
                static create(properties: bourse.order.v1.ExecutionReport.$Shape): bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape;
                static create(properties?: bourse.order.v1.ExecutionReport.$Properties): bourse.order.v1.ExecutionReport;

                /**
                 * Encodes the specified ExecutionReport message. Does not implicitly {@link bourse.order.v1.ExecutionReport.verify|verify} messages.
                 * @param message ExecutionReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.ExecutionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExecutionReport message, length delimited. Does not implicitly {@link bourse.order.v1.ExecutionReport.verify|verify} messages.
                 * @param message ExecutionReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.ExecutionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecutionReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape} ExecutionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape;

                /**
                 * Decodes an ExecutionReport message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape} ExecutionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape;

                /**
                 * Verifies an ExecutionReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExecutionReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExecutionReport
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.ExecutionReport;

                /**
                 * Creates a plain object from an ExecutionReport message. Also converts values to other types if specified.
                 * @param message ExecutionReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.ExecutionReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExecutionReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExecutionReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecutionReport {

                /** Properties of an ExecutionReport. */
                interface $Properties {

                    /** ExecutionReport execType */
                    execType?: (bourse.order.v1.ExecType|null);

                    /** ExecutionReport orderId */
                    orderId?: (number|Long|null);

                    /** ExecutionReport clientOrderId */
                    clientOrderId?: (number|null);

                    /** ExecutionReport account */
                    account?: (number|null);

                    /** ExecutionReport symbol */
                    symbol?: (string|null);

                    /** ExecutionReport side */
                    side?: (bourse.order.v1.Side|null);

                    /** ExecutionReport price */
                    price?: (number|Long|null);

                    /** ExecutionReport qty */
                    qty?: (number|Long|null);

                    /** ExecutionReport leavesQty */
                    leavesQty?: (number|Long|null);

                    /** ExecutionReport cumQty */
                    cumQty?: (number|Long|null);

                    /** ExecutionReport tradeId */
                    tradeId?: (number|Long|null);

                    /** ExecutionReport lastPrice */
                    lastPrice?: (number|Long|null);

                    /** ExecutionReport lastQty */
                    lastQty?: (number|Long|null);

                    /** ExecutionReport code */
                    code?: (number|null);

                    /** ExecutionReport cancelReason */
                    cancelReason?: (bourse.order.v1.CancelReason|null);

                    /** ExecutionReport aggressor */
                    aggressor?: (boolean|null);

                    /** ExecutionReport exchangeSeq */
                    exchangeSeq?: (number|Long|null);

                    /** ExecutionReport timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExecutionReport. */
                type $Shape = bourse.order.v1.ExecutionReport.$Properties;
            }

            /**
             * Properties of a CancelReject.
             * @deprecated Use bourse.order.v1.CancelReject.$Properties instead.
             */
            interface ICancelReject extends bourse.order.v1.CancelReject.$Properties {
            }

            /** Represents a CancelReject. */
            class CancelReject {

                /**
                 * Constructs a new CancelReject.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.CancelReject.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CancelReject orderId. */
                orderId: (number|Long);

                /** CancelReject code. */
                code: number;

                /** CancelReject replace. */
                replace: boolean;

                /** CancelReject exchangeSeq. */
                exchangeSeq: (number|Long);

                /** CancelReject timeUs. */
                timeUs: (number|Long);

                /**
                 * Creates a new CancelReject instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CancelReject instance
                 */
                static create(properties: bourse.order.v1.CancelReject.$Shape): bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape;
                static create(properties?: bourse.order.v1.CancelReject.$Properties): bourse.order.v1.CancelReject;

                /**
                 * Encodes the specified CancelReject message. Does not implicitly {@link bourse.order.v1.CancelReject.verify|verify} messages.
                 * @param message CancelReject message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.CancelReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CancelReject message, length delimited. Does not implicitly {@link bourse.order.v1.CancelReject.verify|verify} messages.
                 * @param message CancelReject message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.CancelReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CancelReject message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape} CancelReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape;

                /**
                 * Decodes a CancelReject message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape} CancelReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape;

                /**
                 * Verifies a CancelReject message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CancelReject message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CancelReject
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.CancelReject;

                /**
                 * Creates a plain object from a CancelReject message. Also converts values to other types if specified.
                 * @param message CancelReject
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.CancelReject, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CancelReject to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CancelReject
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CancelReject {

                /** Properties of a CancelReject. */
                interface $Properties {

                    /** CancelReject orderId */
                    orderId?: (number|Long|null);

                    /** CancelReject code */
                    code?: (number|null);

                    /** CancelReject replace */
                    replace?: (boolean|null);

                    /** CancelReject exchangeSeq */
                    exchangeSeq?: (number|Long|null);

                    /** CancelReject timeUs */
                    timeUs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CancelReject. */
                type $Shape = bourse.order.v1.CancelReject.$Properties;
            }

            /**
             * Properties of a SessionReject.
             * @deprecated Use bourse.order.v1.SessionReject.$Properties instead.
             */
            interface ISessionReject extends bourse.order.v1.SessionReject.$Properties {
            }

            /** Represents a SessionReject. */
            class SessionReject {

                /**
                 * Constructs a new SessionReject.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: bourse.order.v1.SessionReject.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionReject code. */
                code: number;

                /** SessionReject reason. */
                reason: string;

                /** SessionReject clientOrderId. */
                clientOrderId: number;

                /** SessionReject closing. */
                closing: boolean;

                /**
                 * Creates a new SessionReject instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SessionReject instance
                 */
                static create(properties: bourse.order.v1.SessionReject.$Shape): bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape;
                static create(properties?: bourse.order.v1.SessionReject.$Properties): bourse.order.v1.SessionReject;

                /**
                 * Encodes the specified SessionReject message. Does not implicitly {@link bourse.order.v1.SessionReject.verify|verify} messages.
                 * @param message SessionReject message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: bourse.order.v1.SessionReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SessionReject message, length delimited. Does not implicitly {@link bourse.order.v1.SessionReject.verify|verify} messages.
                 * @param message SessionReject message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: bourse.order.v1.SessionReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionReject message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape} SessionReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape;

                /**
                 * Decodes a SessionReject message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape} SessionReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape;

                /**
                 * Verifies a SessionReject message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionReject message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionReject
                 */
                static fromObject(object: { [k: string]: any }): bourse.order.v1.SessionReject;

                /**
                 * Creates a plain object from a SessionReject message. Also converts values to other types if specified.
                 * @param message SessionReject
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: bourse.order.v1.SessionReject, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionReject to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SessionReject
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SessionReject {

                /** Properties of a SessionReject. */
                interface $Properties {

                    /** SessionReject code */
                    code?: (number|null);

                    /** SessionReject reason */
                    reason?: (string|null);

                    /** SessionReject clientOrderId */
                    clientOrderId?: (number|null);

                    /** SessionReject closing */
                    closing?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionReject. */
                type $Shape = bourse.order.v1.SessionReject.$Properties;
            }
        }
    }
}
