/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const bourse = $root.bourse = (() => {

    /**
     * Namespace bourse.
     * @exports bourse
     * @namespace
     */
    const bourse = {};

    bourse.feed = (function() {

        /**
         * Namespace feed.
         * @memberof bourse
         * @namespace
         */
        const feed = {};

        feed.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof bourse.feed
             * @namespace
             */
            const v1 = {};

            v1.Packet = (function() {

                /**
                 * Properties of a Packet.
                 * @typedef {Object} bourse.feed.v1.Packet.$Properties
                 * @property {number|null} [channelId] Packet channelId
                 * @property {number|Long|null} [sessionId] Packet sessionId
                 * @property {number|Long|null} [firstSeq] Packet firstSeq
                 * @property {number|Long|null} [sendTimeNs] Packet sendTimeNs
                 * @property {number|null} [messageCount] Packet messageCount
                 * @property {Array.<bourse.feed.v1.Message.$Properties>|null} [messages] Packet messages
                 * @property {bourse.feed.v1.Stream|null} [stream] Packet stream
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Packet.
                 * @memberof bourse.feed.v1
                 * @interface IPacket
                 * @augments bourse.feed.v1.Packet.$Properties
                 * @deprecated Use bourse.feed.v1.Packet.$Properties instead.
                 */

                /**
                 * Shape of a Packet.
                 * @typedef {{
                 *   channelId?: number|null;
                 *   sessionId?: number|Long|null;
                 *   firstSeq?: number|Long|null;
                 *   sendTimeNs?: number|Long|null;
                 *   messageCount?: number|null;
                 *   messages?: Array.<bourse.feed.v1.Message.$Shape>|null;
                 *   stream?: bourse.feed.v1.Stream|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} bourse.feed.v1.Packet.$Shape
                 */

                /**
                 * Constructs a new Packet.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a Packet.
                 * @constructor
                 * @param {bourse.feed.v1.Packet.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Packet = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Packet channelId.
                 * @member {number} channelId
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.channelId = 0;

                /**
                 * Packet sessionId.
                 * @member {number|Long} sessionId
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Packet firstSeq.
                 * @member {number|Long} firstSeq
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Packet sendTimeNs.
                 * @member {number|Long} sendTimeNs
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.sendTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Packet messageCount.
                 * @member {number} messageCount
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.messageCount = 0;

                /**
                 * Packet messages.
                 * @member {Array.<bourse.feed.v1.Message.$Properties>} messages
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.messages = $util.emptyArray;

                /**
                 * Packet stream.
                 * @member {bourse.feed.v1.Stream} stream
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 */
                Packet.prototype.stream = 0;

                /**
                 * Creates a new Packet instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {bourse.feed.v1.Packet.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.Packet} Packet instance
                 * @type {{
                 *   (properties: bourse.feed.v1.Packet.$Shape): bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape;
                 *   (properties?: bourse.feed.v1.Packet.$Properties): bourse.feed.v1.Packet;
                 * }}
                 */
                Packet.create = function(properties) {
                    return new Packet(properties);
                };

                /**
                 * Encodes the specified Packet message. Does not implicitly {@link bourse.feed.v1.Packet.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {bourse.feed.v1.Packet.$Properties} message Packet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Packet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.channelId);
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sessionId);
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.firstSeq);
                    if (message.sendTimeNs != null && $Object.hasOwnProperty.call(message, "sendTimeNs") && (typeof message.sendTimeNs === "object" ? message.sendTimeNs.low || message.sendTimeNs.high : message.sendTimeNs !== 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).fixed64(message.sendTimeNs);
                    if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount") && message.messageCount !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.messageCount);
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            $root.bourse.feed.v1.Message.encode(message.messages[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.stream);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Packet message, length delimited. Does not implicitly {@link bourse.feed.v1.Packet.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {bourse.feed.v1.Packet.$Properties} message Packet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Packet.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Packet message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape} Packet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Packet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.Packet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.channelId = value;
                                else
                                    delete message.channelId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSeq = value;
                                else
                                    delete message.firstSeq;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sendTimeNs = value;
                                else
                                    delete message.sendTimeNs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.messageCount = value;
                                else
                                    delete message.messageCount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push($root.bourse.feed.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Packet message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Packet & bourse.feed.v1.Packet.$Shape} Packet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Packet.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Packet message.
                 * @function verify
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Packet.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        if (!$util.isInteger(message.channelId))
                            return "channelId: integer expected";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isInteger(message.sessionId) && !(message.sessionId && $util.isInteger(message.sessionId.low) && $util.isInteger(message.sessionId.high)))
                            return "sessionId: integer|Long expected";
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                            return "firstSeq: integer|Long expected";
                    if (message.sendTimeNs != null && $Object.hasOwnProperty.call(message, "sendTimeNs"))
                        if (!$util.isInteger(message.sendTimeNs) && !(message.sendTimeNs && $util.isInteger(message.sendTimeNs.low) && $util.isInteger(message.sendTimeNs.high)))
                            return "sendTimeNs: integer|Long expected";
                    if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount"))
                        if (!$util.isInteger(message.messageCount))
                            return "messageCount: integer expected";
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                        if (!$Array.isArray(message.messages))
                            return "messages: array expected";
                        for (let i = 0; i < message.messages.length; ++i) {
                            let error = $root.bourse.feed.v1.Message.verify(message.messages[i], _depth + 1);
                            if (error)
                                return "messages." + error;
                        }
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (typeof message.stream !== "number" || (message.stream | 0) !== message.stream)
                            return "stream: enum value expected";
                    return null;
                };

                /**
                 * Creates a Packet message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.Packet} Packet
                 */
                Packet.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.Packet)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.Packet: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.Packet();
                    if (object.channelId != null)
                        if ($Number(object.channelId) !== 0)
                            message.channelId = object.channelId >>> 0;
                    if (object.sessionId != null)
                        if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                            if ($util.Long)
                                message.sessionId = $util.Long.fromValue(object.sessionId, true);
                            else if (typeof object.sessionId === "string")
                                message.sessionId = $parseInt(object.sessionId, 10);
                            else if (typeof object.sessionId === "number")
                                message.sessionId = object.sessionId;
                            else if (typeof object.sessionId === "object")
                                message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                    if (object.firstSeq != null)
                        if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                            if ($util.Long)
                                message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                            else if (typeof object.firstSeq === "string")
                                message.firstSeq = $parseInt(object.firstSeq, 10);
                            else if (typeof object.firstSeq === "number")
                                message.firstSeq = object.firstSeq;
                            else if (typeof object.firstSeq === "object")
                                message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                    if (object.sendTimeNs != null)
                        if (typeof object.sendTimeNs === "object" ? object.sendTimeNs.low || object.sendTimeNs.high : $Number(object.sendTimeNs) !== 0)
                            if ($util.Long)
                                message.sendTimeNs = $util.Long.fromValue(object.sendTimeNs, true);
                            else if (typeof object.sendTimeNs === "string")
                                message.sendTimeNs = $parseInt(object.sendTimeNs, 10);
                            else if (typeof object.sendTimeNs === "number")
                                message.sendTimeNs = object.sendTimeNs;
                            else if (typeof object.sendTimeNs === "object")
                                message.sendTimeNs = new $util.LongBits(object.sendTimeNs.low >>> 0, object.sendTimeNs.high >>> 0).toNumber(true);
                    if (object.messageCount != null)
                        if ($Number(object.messageCount) !== 0)
                            message.messageCount = object.messageCount >>> 0;
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".bourse.feed.v1.Packet.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i) {
                            if (!$util.isObject(object.messages[i]))
                                throw $TypeError(".bourse.feed.v1.Packet.messages: object expected");
                            message.messages[i] = $root.bourse.feed.v1.Message.fromObject(object.messages[i], _depth + 1);
                        }
                    }
                    if (object.stream !== 0 && (typeof object.stream !== "string" || $root.bourse.feed.v1.Stream[object.stream] !== 0))
                        switch (object.stream) {
                        case "STREAM_INCREMENTAL":
                        case 0:
                            message.stream = 0;
                            break;
                        case "STREAM_SNAPSHOT":
                        case 1:
                            message.stream = 1;
                            break;
                        case "STREAM_INSTRUMENTS":
                        case 2:
                            message.stream = 2;
                            break;
                        default:
                            if (typeof object.stream === "number" && (object.stream | 0) === object.stream)
                                message.stream = object.stream;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a Packet message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {bourse.feed.v1.Packet} message Packet
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Packet.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (options.defaults) {
                        object.channelId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sendTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sendTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.messageCount = 0;
                        object.stream = options.enums === $String ? "STREAM_INCREMENTAL" : 0;
                    }
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        object.channelId = message.channelId;
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                        else if (typeof message.sessionId === "number")
                            object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                        else
                            object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.firstSeq === "number")
                            object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                        else
                            object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                    if (message.sendTimeNs != null && $Object.hasOwnProperty.call(message, "sendTimeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sendTimeNs = typeof message.sendTimeNs === "number" ? $BigInt(message.sendTimeNs) : $util.Long.fromBits(message.sendTimeNs.low >>> 0, message.sendTimeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.sendTimeNs === "number")
                            object.sendTimeNs = options.longs === $String ? $String(message.sendTimeNs) : message.sendTimeNs;
                        else
                            object.sendTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sendTimeNs) : options.longs === $Number ? new $util.LongBits(message.sendTimeNs.low >>> 0, message.sendTimeNs.high >>> 0).toNumber(true) : message.sendTimeNs;
                    if (message.messageCount != null && $Object.hasOwnProperty.call(message, "messageCount"))
                        object.messageCount = message.messageCount;
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = $root.bourse.feed.v1.Message.toObject(message.messages[j], options, _depth + 1);
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = options.enums === $String ? $root.bourse.feed.v1.Stream[message.stream] === $undefined ? message.stream : $root.bourse.feed.v1.Stream[message.stream] : message.stream;
                    return object;
                };

                /**
                 * Converts this Packet to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.Packet
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Packet.prototype.toJSON = function() {
                    return Packet.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Packet
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.Packet
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Packet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.Packet";
                };

                return Packet;
            })();

            /**
             * Stream enum.
             * @name bourse.feed.v1.Stream
             * @enum {number}
             * @property {number} STREAM_INCREMENTAL=0 STREAM_INCREMENTAL value
             * @property {number} STREAM_SNAPSHOT=1 STREAM_SNAPSHOT value
             * @property {number} STREAM_INSTRUMENTS=2 STREAM_INSTRUMENTS value
             */
            v1.Stream = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STREAM_INCREMENTAL"] = 0;
                values[valuesById[1] = "STREAM_SNAPSHOT"] = 1;
                values[valuesById[2] = "STREAM_INSTRUMENTS"] = 2;
                return values;
            })();

            v1.Message = (function() {

                /**
                 * Properties of a Message.
                 * @typedef {Object} bourse.feed.v1.Message.$Properties
                 * @property {bourse.feed.v1.InstrumentDefinition.$Properties|null} [instrumentDefinition] Message instrumentDefinition
                 * @property {bourse.feed.v1.TradingStatus.$Properties|null} [tradingStatus] Message tradingStatus
                 * @property {bourse.feed.v1.LevelUpdate.$Properties|null} [levelUpdate] Message levelUpdate
                 * @property {bourse.feed.v1.Trade.$Properties|null} [trade] Message trade
                 * @property {bourse.feed.v1.CandleUpdate.$Properties|null} [candleUpdate] Message candleUpdate
                 * @property {bourse.feed.v1.CandleClose.$Properties|null} [candleClose] Message candleClose
                 * @property {bourse.feed.v1.Heartbeat.$Properties|null} [heartbeat] Message heartbeat
                 * @property {bourse.feed.v1.SnapshotBegin.$Properties|null} [snapshotBegin] Message snapshotBegin
                 * @property {bourse.feed.v1.SnapshotLevel.$Properties|null} [snapshotLevel] Message snapshotLevel
                 * @property {bourse.feed.v1.SnapshotEnd.$Properties|null} [snapshotEnd] Message snapshotEnd
                 * @property {bourse.feed.v1.ChannelReset.$Properties|null} [channelReset] Message channelReset
                 * @property {bourse.feed.v1.EndOfSession.$Properties|null} [endOfSession] Message endOfSession
                 * @property {bourse.feed.v1.CandleEmptyRun.$Properties|null} [candleEmptyRun] Message candleEmptyRun
                 * @property {bourse.feed.v1.AuctionInfo.$Properties|null} [auctionInfo] Message auctionInfo
                 * @property {bourse.feed.v1.DaySummary.$Properties|null} [daySummary] Message daySummary
                 * @property {"instrumentDefinition"|"tradingStatus"|"levelUpdate"|"trade"|"candleUpdate"|"candleClose"|"heartbeat"|"snapshotBegin"|"snapshotLevel"|"snapshotEnd"|"channelReset"|"endOfSession"|"candleEmptyRun"|"auctionInfo"|"daySummary"} [body] Message body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Message.
                 * @memberof bourse.feed.v1
                 * @interface IMessage
                 * @augments bourse.feed.v1.Message.$Properties
                 * @deprecated Use bourse.feed.v1.Message.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Message.
                 * @typedef {{
                 *   instrumentDefinition?: bourse.feed.v1.InstrumentDefinition.$Shape|null;
                 *   tradingStatus?: bourse.feed.v1.TradingStatus.$Shape|null;
                 *   levelUpdate?: bourse.feed.v1.LevelUpdate.$Shape|null;
                 *   trade?: bourse.feed.v1.Trade.$Shape|null;
                 *   candleUpdate?: bourse.feed.v1.CandleUpdate.$Shape|null;
                 *   candleClose?: bourse.feed.v1.CandleClose.$Shape|null;
                 *   heartbeat?: bourse.feed.v1.Heartbeat.$Shape|null;
                 *   snapshotBegin?: bourse.feed.v1.SnapshotBegin.$Shape|null;
                 *   snapshotLevel?: bourse.feed.v1.SnapshotLevel.$Shape|null;
                 *   snapshotEnd?: bourse.feed.v1.SnapshotEnd.$Shape|null;
                 *   channelReset?: bourse.feed.v1.ChannelReset.$Shape|null;
                 *   endOfSession?: bourse.feed.v1.EndOfSession.$Shape|null;
                 *   candleEmptyRun?: bourse.feed.v1.CandleEmptyRun.$Shape|null;
                 *   auctionInfo?: bourse.feed.v1.AuctionInfo.$Shape|null;
                 *   daySummary?: bourse.feed.v1.DaySummary.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "instrumentDefinition"; instrumentDefinition: bourse.feed.v1.InstrumentDefinition.$Shape; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "tradingStatus"; instrumentDefinition?: null; tradingStatus: bourse.feed.v1.TradingStatus.$Shape; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "levelUpdate"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate: bourse.feed.v1.LevelUpdate.$Shape; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "trade"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade: bourse.feed.v1.Trade.$Shape; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleUpdate"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate: bourse.feed.v1.CandleUpdate.$Shape; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleClose"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose: bourse.feed.v1.CandleClose.$Shape; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "heartbeat"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat: bourse.feed.v1.Heartbeat.$Shape; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotBegin"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin: bourse.feed.v1.SnapshotBegin.$Shape; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotLevel"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel: bourse.feed.v1.SnapshotLevel.$Shape; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "snapshotEnd"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd: bourse.feed.v1.SnapshotEnd.$Shape; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "channelReset"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset: bourse.feed.v1.ChannelReset.$Shape; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "endOfSession"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession: bourse.feed.v1.EndOfSession.$Shape; candleEmptyRun?: null; auctionInfo?: null; daySummary?: null }|{ body?: "candleEmptyRun"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun: bourse.feed.v1.CandleEmptyRun.$Shape; auctionInfo?: null; daySummary?: null }|{ body?: "auctionInfo"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo: bourse.feed.v1.AuctionInfo.$Shape; daySummary?: null }|{ body?: "daySummary"; instrumentDefinition?: null; tradingStatus?: null; levelUpdate?: null; trade?: null; candleUpdate?: null; candleClose?: null; heartbeat?: null; snapshotBegin?: null; snapshotLevel?: null; snapshotEnd?: null; channelReset?: null; endOfSession?: null; candleEmptyRun?: null; auctionInfo?: null; daySummary: bourse.feed.v1.DaySummary.$Shape })
                 * )} bourse.feed.v1.Message.$Shape
                 */

                /**
                 * Constructs a new Message.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a Message.
                 * @constructor
                 * @param {bourse.feed.v1.Message.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Message = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Message instrumentDefinition.
                 * @member {bourse.feed.v1.InstrumentDefinition.$Properties|null|undefined} instrumentDefinition
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.instrumentDefinition = null;

                /**
                 * Message tradingStatus.
                 * @member {bourse.feed.v1.TradingStatus.$Properties|null|undefined} tradingStatus
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.tradingStatus = null;

                /**
                 * Message levelUpdate.
                 * @member {bourse.feed.v1.LevelUpdate.$Properties|null|undefined} levelUpdate
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.levelUpdate = null;

                /**
                 * Message trade.
                 * @member {bourse.feed.v1.Trade.$Properties|null|undefined} trade
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.trade = null;

                /**
                 * Message candleUpdate.
                 * @member {bourse.feed.v1.CandleUpdate.$Properties|null|undefined} candleUpdate
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.candleUpdate = null;

                /**
                 * Message candleClose.
                 * @member {bourse.feed.v1.CandleClose.$Properties|null|undefined} candleClose
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.candleClose = null;

                /**
                 * Message heartbeat.
                 * @member {bourse.feed.v1.Heartbeat.$Properties|null|undefined} heartbeat
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.heartbeat = null;

                /**
                 * Message snapshotBegin.
                 * @member {bourse.feed.v1.SnapshotBegin.$Properties|null|undefined} snapshotBegin
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.snapshotBegin = null;

                /**
                 * Message snapshotLevel.
                 * @member {bourse.feed.v1.SnapshotLevel.$Properties|null|undefined} snapshotLevel
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.snapshotLevel = null;

                /**
                 * Message snapshotEnd.
                 * @member {bourse.feed.v1.SnapshotEnd.$Properties|null|undefined} snapshotEnd
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.snapshotEnd = null;

                /**
                 * Message channelReset.
                 * @member {bourse.feed.v1.ChannelReset.$Properties|null|undefined} channelReset
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.channelReset = null;

                /**
                 * Message endOfSession.
                 * @member {bourse.feed.v1.EndOfSession.$Properties|null|undefined} endOfSession
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.endOfSession = null;

                /**
                 * Message candleEmptyRun.
                 * @member {bourse.feed.v1.CandleEmptyRun.$Properties|null|undefined} candleEmptyRun
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.candleEmptyRun = null;

                /**
                 * Message auctionInfo.
                 * @member {bourse.feed.v1.AuctionInfo.$Properties|null|undefined} auctionInfo
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.auctionInfo = null;

                /**
                 * Message daySummary.
                 * @member {bourse.feed.v1.DaySummary.$Properties|null|undefined} daySummary
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                Message.prototype.daySummary = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Message body.
                 * @member {"instrumentDefinition"|"tradingStatus"|"levelUpdate"|"trade"|"candleUpdate"|"candleClose"|"heartbeat"|"snapshotBegin"|"snapshotLevel"|"snapshotEnd"|"channelReset"|"endOfSession"|"candleEmptyRun"|"auctionInfo"|"daySummary"|undefined} body
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 */
                $Object.defineProperty(Message.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["instrumentDefinition", "tradingStatus", "levelUpdate", "trade", "candleUpdate", "candleClose", "heartbeat", "snapshotBegin", "snapshotLevel", "snapshotEnd", "channelReset", "endOfSession", "candleEmptyRun", "auctionInfo", "daySummary"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Message instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {bourse.feed.v1.Message.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.Message} Message instance
                 * @type {{
                 *   (properties: bourse.feed.v1.Message.$Shape): bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape;
                 *   (properties?: bourse.feed.v1.Message.$Properties): bourse.feed.v1.Message;
                 * }}
                 */
                Message.create = function(properties) {
                    return new Message(properties);
                };

                /**
                 * Encodes the specified Message message. Does not implicitly {@link bourse.feed.v1.Message.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {bourse.feed.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.instrumentDefinition != null && $Object.hasOwnProperty.call(message, "instrumentDefinition"))
                        $root.bourse.feed.v1.InstrumentDefinition.encode(message.instrumentDefinition, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.tradingStatus != null && $Object.hasOwnProperty.call(message, "tradingStatus"))
                        $root.bourse.feed.v1.TradingStatus.encode(message.tradingStatus, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.levelUpdate != null && $Object.hasOwnProperty.call(message, "levelUpdate"))
                        $root.bourse.feed.v1.LevelUpdate.encode(message.levelUpdate, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.trade != null && $Object.hasOwnProperty.call(message, "trade"))
                        $root.bourse.feed.v1.Trade.encode(message.trade, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.candleUpdate != null && $Object.hasOwnProperty.call(message, "candleUpdate"))
                        $root.bourse.feed.v1.CandleUpdate.encode(message.candleUpdate, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.candleClose != null && $Object.hasOwnProperty.call(message, "candleClose"))
                        $root.bourse.feed.v1.CandleClose.encode(message.candleClose, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.bourse.feed.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.snapshotBegin != null && $Object.hasOwnProperty.call(message, "snapshotBegin"))
                        $root.bourse.feed.v1.SnapshotBegin.encode(message.snapshotBegin, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.snapshotLevel != null && $Object.hasOwnProperty.call(message, "snapshotLevel"))
                        $root.bourse.feed.v1.SnapshotLevel.encode(message.snapshotLevel, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        $root.bourse.feed.v1.SnapshotEnd.encode(message.snapshotEnd, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.channelReset != null && $Object.hasOwnProperty.call(message, "channelReset"))
                        $root.bourse.feed.v1.ChannelReset.encode(message.channelReset, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.endOfSession != null && $Object.hasOwnProperty.call(message, "endOfSession"))
                        $root.bourse.feed.v1.EndOfSession.encode(message.endOfSession, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.candleEmptyRun != null && $Object.hasOwnProperty.call(message, "candleEmptyRun"))
                        $root.bourse.feed.v1.CandleEmptyRun.encode(message.candleEmptyRun, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.auctionInfo != null && $Object.hasOwnProperty.call(message, "auctionInfo"))
                        $root.bourse.feed.v1.AuctionInfo.encode(message.auctionInfo, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.daySummary != null && $Object.hasOwnProperty.call(message, "daySummary"))
                        $root.bourse.feed.v1.DaySummary.encode(message.daySummary, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link bourse.feed.v1.Message.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {bourse.feed.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.Message();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.instrumentDefinition = $root.bourse.feed.v1.InstrumentDefinition.decode(reader, reader.size(), $undefined, _depth + 1, message.instrumentDefinition);
                                message.body = "instrumentDefinition";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.tradingStatus = $root.bourse.feed.v1.TradingStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.tradingStatus);
                                message.body = "tradingStatus";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.levelUpdate = $root.bourse.feed.v1.LevelUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.levelUpdate);
                                message.body = "levelUpdate";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.trade = $root.bourse.feed.v1.Trade.decode(reader, reader.size(), $undefined, _depth + 1, message.trade);
                                message.body = "trade";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.candleUpdate = $root.bourse.feed.v1.CandleUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.candleUpdate);
                                message.body = "candleUpdate";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.candleClose = $root.bourse.feed.v1.CandleClose.decode(reader, reader.size(), $undefined, _depth + 1, message.candleClose);
                                message.body = "candleClose";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.bourse.feed.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.body = "heartbeat";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotBegin = $root.bourse.feed.v1.SnapshotBegin.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotBegin);
                                message.body = "snapshotBegin";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotLevel = $root.bourse.feed.v1.SnapshotLevel.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotLevel);
                                message.body = "snapshotLevel";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotEnd = $root.bourse.feed.v1.SnapshotEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotEnd);
                                message.body = "snapshotEnd";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.channelReset = $root.bourse.feed.v1.ChannelReset.decode(reader, reader.size(), $undefined, _depth + 1, message.channelReset);
                                message.body = "channelReset";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.endOfSession = $root.bourse.feed.v1.EndOfSession.decode(reader, reader.size(), $undefined, _depth + 1, message.endOfSession);
                                message.body = "endOfSession";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.candleEmptyRun = $root.bourse.feed.v1.CandleEmptyRun.decode(reader, reader.size(), $undefined, _depth + 1, message.candleEmptyRun);
                                message.body = "candleEmptyRun";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.auctionInfo = $root.bourse.feed.v1.AuctionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.auctionInfo);
                                message.body = "auctionInfo";
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.daySummary = $root.bourse.feed.v1.DaySummary.decode(reader, reader.size(), $undefined, _depth + 1, message.daySummary);
                                message.body = "daySummary";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Message & bourse.feed.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Message message.
                 * @function verify
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Message.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.instrumentDefinition != null && $Object.hasOwnProperty.call(message, "instrumentDefinition")) {
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.InstrumentDefinition.verify(message.instrumentDefinition, _depth + 1);
                            if (error)
                                return "instrumentDefinition." + error;
                        }
                    }
                    if (message.tradingStatus != null && $Object.hasOwnProperty.call(message, "tradingStatus")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.TradingStatus.verify(message.tradingStatus, _depth + 1);
                            if (error)
                                return "tradingStatus." + error;
                        }
                    }
                    if (message.levelUpdate != null && $Object.hasOwnProperty.call(message, "levelUpdate")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.LevelUpdate.verify(message.levelUpdate, _depth + 1);
                            if (error)
                                return "levelUpdate." + error;
                        }
                    }
                    if (message.trade != null && $Object.hasOwnProperty.call(message, "trade")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.Trade.verify(message.trade, _depth + 1);
                            if (error)
                                return "trade." + error;
                        }
                    }
                    if (message.candleUpdate != null && $Object.hasOwnProperty.call(message, "candleUpdate")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.CandleUpdate.verify(message.candleUpdate, _depth + 1);
                            if (error)
                                return "candleUpdate." + error;
                        }
                    }
                    if (message.candleClose != null && $Object.hasOwnProperty.call(message, "candleClose")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.CandleClose.verify(message.candleClose, _depth + 1);
                            if (error)
                                return "candleClose." + error;
                        }
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                            if (error)
                                return "heartbeat." + error;
                        }
                    }
                    if (message.snapshotBegin != null && $Object.hasOwnProperty.call(message, "snapshotBegin")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.SnapshotBegin.verify(message.snapshotBegin, _depth + 1);
                            if (error)
                                return "snapshotBegin." + error;
                        }
                    }
                    if (message.snapshotLevel != null && $Object.hasOwnProperty.call(message, "snapshotLevel")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.SnapshotLevel.verify(message.snapshotLevel, _depth + 1);
                            if (error)
                                return "snapshotLevel." + error;
                        }
                    }
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.SnapshotEnd.verify(message.snapshotEnd, _depth + 1);
                            if (error)
                                return "snapshotEnd." + error;
                        }
                    }
                    if (message.channelReset != null && $Object.hasOwnProperty.call(message, "channelReset")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.ChannelReset.verify(message.channelReset, _depth + 1);
                            if (error)
                                return "channelReset." + error;
                        }
                    }
                    if (message.endOfSession != null && $Object.hasOwnProperty.call(message, "endOfSession")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.EndOfSession.verify(message.endOfSession, _depth + 1);
                            if (error)
                                return "endOfSession." + error;
                        }
                    }
                    if (message.candleEmptyRun != null && $Object.hasOwnProperty.call(message, "candleEmptyRun")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.CandleEmptyRun.verify(message.candleEmptyRun, _depth + 1);
                            if (error)
                                return "candleEmptyRun." + error;
                        }
                    }
                    if (message.auctionInfo != null && $Object.hasOwnProperty.call(message, "auctionInfo")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.AuctionInfo.verify(message.auctionInfo, _depth + 1);
                            if (error)
                                return "auctionInfo." + error;
                        }
                    }
                    if (message.daySummary != null && $Object.hasOwnProperty.call(message, "daySummary")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.feed.v1.DaySummary.verify(message.daySummary, _depth + 1);
                            if (error)
                                return "daySummary." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.Message} Message
                 */
                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.Message();
                    if (object.instrumentDefinition != null) {
                        if (!$util.isObject(object.instrumentDefinition))
                            throw $TypeError(".bourse.feed.v1.Message.instrumentDefinition: object expected");
                        message.instrumentDefinition = $root.bourse.feed.v1.InstrumentDefinition.fromObject(object.instrumentDefinition, _depth + 1);
                    }
                    if (object.tradingStatus != null) {
                        if (!$util.isObject(object.tradingStatus))
                            throw $TypeError(".bourse.feed.v1.Message.tradingStatus: object expected");
                        message.tradingStatus = $root.bourse.feed.v1.TradingStatus.fromObject(object.tradingStatus, _depth + 1);
                    }
                    if (object.levelUpdate != null) {
                        if (!$util.isObject(object.levelUpdate))
                            throw $TypeError(".bourse.feed.v1.Message.levelUpdate: object expected");
                        message.levelUpdate = $root.bourse.feed.v1.LevelUpdate.fromObject(object.levelUpdate, _depth + 1);
                    }
                    if (object.trade != null) {
                        if (!$util.isObject(object.trade))
                            throw $TypeError(".bourse.feed.v1.Message.trade: object expected");
                        message.trade = $root.bourse.feed.v1.Trade.fromObject(object.trade, _depth + 1);
                    }
                    if (object.candleUpdate != null) {
                        if (!$util.isObject(object.candleUpdate))
                            throw $TypeError(".bourse.feed.v1.Message.candleUpdate: object expected");
                        message.candleUpdate = $root.bourse.feed.v1.CandleUpdate.fromObject(object.candleUpdate, _depth + 1);
                    }
                    if (object.candleClose != null) {
                        if (!$util.isObject(object.candleClose))
                            throw $TypeError(".bourse.feed.v1.Message.candleClose: object expected");
                        message.candleClose = $root.bourse.feed.v1.CandleClose.fromObject(object.candleClose, _depth + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw $TypeError(".bourse.feed.v1.Message.heartbeat: object expected");
                        message.heartbeat = $root.bourse.feed.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                    }
                    if (object.snapshotBegin != null) {
                        if (!$util.isObject(object.snapshotBegin))
                            throw $TypeError(".bourse.feed.v1.Message.snapshotBegin: object expected");
                        message.snapshotBegin = $root.bourse.feed.v1.SnapshotBegin.fromObject(object.snapshotBegin, _depth + 1);
                    }
                    if (object.snapshotLevel != null) {
                        if (!$util.isObject(object.snapshotLevel))
                            throw $TypeError(".bourse.feed.v1.Message.snapshotLevel: object expected");
                        message.snapshotLevel = $root.bourse.feed.v1.SnapshotLevel.fromObject(object.snapshotLevel, _depth + 1);
                    }
                    if (object.snapshotEnd != null) {
                        if (!$util.isObject(object.snapshotEnd))
                            throw $TypeError(".bourse.feed.v1.Message.snapshotEnd: object expected");
                        message.snapshotEnd = $root.bourse.feed.v1.SnapshotEnd.fromObject(object.snapshotEnd, _depth + 1);
                    }
                    if (object.channelReset != null) {
                        if (!$util.isObject(object.channelReset))
                            throw $TypeError(".bourse.feed.v1.Message.channelReset: object expected");
                        message.channelReset = $root.bourse.feed.v1.ChannelReset.fromObject(object.channelReset, _depth + 1);
                    }
                    if (object.endOfSession != null) {
                        if (!$util.isObject(object.endOfSession))
                            throw $TypeError(".bourse.feed.v1.Message.endOfSession: object expected");
                        message.endOfSession = $root.bourse.feed.v1.EndOfSession.fromObject(object.endOfSession, _depth + 1);
                    }
                    if (object.candleEmptyRun != null) {
                        if (!$util.isObject(object.candleEmptyRun))
                            throw $TypeError(".bourse.feed.v1.Message.candleEmptyRun: object expected");
                        message.candleEmptyRun = $root.bourse.feed.v1.CandleEmptyRun.fromObject(object.candleEmptyRun, _depth + 1);
                    }
                    if (object.auctionInfo != null) {
                        if (!$util.isObject(object.auctionInfo))
                            throw $TypeError(".bourse.feed.v1.Message.auctionInfo: object expected");
                        message.auctionInfo = $root.bourse.feed.v1.AuctionInfo.fromObject(object.auctionInfo, _depth + 1);
                    }
                    if (object.daySummary != null) {
                        if (!$util.isObject(object.daySummary))
                            throw $TypeError(".bourse.feed.v1.Message.daySummary: object expected");
                        message.daySummary = $root.bourse.feed.v1.DaySummary.fromObject(object.daySummary, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {bourse.feed.v1.Message} message Message
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.instrumentDefinition != null && $Object.hasOwnProperty.call(message, "instrumentDefinition")) {
                        object.instrumentDefinition = $root.bourse.feed.v1.InstrumentDefinition.toObject(message.instrumentDefinition, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "instrumentDefinition";
                    }
                    if (message.tradingStatus != null && $Object.hasOwnProperty.call(message, "tradingStatus")) {
                        object.tradingStatus = $root.bourse.feed.v1.TradingStatus.toObject(message.tradingStatus, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "tradingStatus";
                    }
                    if (message.levelUpdate != null && $Object.hasOwnProperty.call(message, "levelUpdate")) {
                        object.levelUpdate = $root.bourse.feed.v1.LevelUpdate.toObject(message.levelUpdate, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "levelUpdate";
                    }
                    if (message.trade != null && $Object.hasOwnProperty.call(message, "trade")) {
                        object.trade = $root.bourse.feed.v1.Trade.toObject(message.trade, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "trade";
                    }
                    if (message.candleUpdate != null && $Object.hasOwnProperty.call(message, "candleUpdate")) {
                        object.candleUpdate = $root.bourse.feed.v1.CandleUpdate.toObject(message.candleUpdate, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "candleUpdate";
                    }
                    if (message.candleClose != null && $Object.hasOwnProperty.call(message, "candleClose")) {
                        object.candleClose = $root.bourse.feed.v1.CandleClose.toObject(message.candleClose, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "candleClose";
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.bourse.feed.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeat";
                    }
                    if (message.snapshotBegin != null && $Object.hasOwnProperty.call(message, "snapshotBegin")) {
                        object.snapshotBegin = $root.bourse.feed.v1.SnapshotBegin.toObject(message.snapshotBegin, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "snapshotBegin";
                    }
                    if (message.snapshotLevel != null && $Object.hasOwnProperty.call(message, "snapshotLevel")) {
                        object.snapshotLevel = $root.bourse.feed.v1.SnapshotLevel.toObject(message.snapshotLevel, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "snapshotLevel";
                    }
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd")) {
                        object.snapshotEnd = $root.bourse.feed.v1.SnapshotEnd.toObject(message.snapshotEnd, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "snapshotEnd";
                    }
                    if (message.channelReset != null && $Object.hasOwnProperty.call(message, "channelReset")) {
                        object.channelReset = $root.bourse.feed.v1.ChannelReset.toObject(message.channelReset, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "channelReset";
                    }
                    if (message.endOfSession != null && $Object.hasOwnProperty.call(message, "endOfSession")) {
                        object.endOfSession = $root.bourse.feed.v1.EndOfSession.toObject(message.endOfSession, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "endOfSession";
                    }
                    if (message.candleEmptyRun != null && $Object.hasOwnProperty.call(message, "candleEmptyRun")) {
                        object.candleEmptyRun = $root.bourse.feed.v1.CandleEmptyRun.toObject(message.candleEmptyRun, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "candleEmptyRun";
                    }
                    if (message.auctionInfo != null && $Object.hasOwnProperty.call(message, "auctionInfo")) {
                        object.auctionInfo = $root.bourse.feed.v1.AuctionInfo.toObject(message.auctionInfo, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "auctionInfo";
                    }
                    if (message.daySummary != null && $Object.hasOwnProperty.call(message, "daySummary")) {
                        object.daySummary = $root.bourse.feed.v1.DaySummary.toObject(message.daySummary, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "daySummary";
                    }
                    return object;
                };

                /**
                 * Converts this Message to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.Message
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Message
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.Message
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.Message";
                };

                return Message;
            })();

            /**
             * Side enum.
             * @name bourse.feed.v1.Side
             * @enum {number}
             * @property {number} SIDE_UNSPECIFIED=0 SIDE_UNSPECIFIED value
             * @property {number} SIDE_BUY=1 SIDE_BUY value
             * @property {number} SIDE_SELL=2 SIDE_SELL value
             */
            v1.Side = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SIDE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SIDE_BUY"] = 1;
                values[valuesById[2] = "SIDE_SELL"] = 2;
                return values;
            })();

            /**
             * Status enum.
             * @name bourse.feed.v1.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} STATUS_OPEN=1 STATUS_OPEN value
             * @property {number} STATUS_HALTED=2 STATUS_HALTED value
             * @property {number} STATUS_PRE_OPEN=3 STATUS_PRE_OPEN value
             * @property {number} STATUS_OPENING_AUCTION=4 STATUS_OPENING_AUCTION value
             * @property {number} STATUS_CLOSING_AUCTION=5 STATUS_CLOSING_AUCTION value
             * @property {number} STATUS_CLOSED=6 STATUS_CLOSED value
             * @property {number} STATUS_REOPENING_AUCTION=7 STATUS_REOPENING_AUCTION value
             */
            v1.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_OPEN"] = 1;
                values[valuesById[2] = "STATUS_HALTED"] = 2;
                values[valuesById[3] = "STATUS_PRE_OPEN"] = 3;
                values[valuesById[4] = "STATUS_OPENING_AUCTION"] = 4;
                values[valuesById[5] = "STATUS_CLOSING_AUCTION"] = 5;
                values[valuesById[6] = "STATUS_CLOSED"] = 6;
                values[valuesById[7] = "STATUS_REOPENING_AUCTION"] = 7;
                return values;
            })();

            /**
             * LevelAction enum.
             * @name bourse.feed.v1.LevelAction
             * @enum {number}
             * @property {number} LEVEL_ACTION_UNSPECIFIED=0 LEVEL_ACTION_UNSPECIFIED value
             * @property {number} LEVEL_ACTION_NEW=1 LEVEL_ACTION_NEW value
             * @property {number} LEVEL_ACTION_CHANGE=2 LEVEL_ACTION_CHANGE value
             * @property {number} LEVEL_ACTION_DELETE=3 LEVEL_ACTION_DELETE value
             */
            v1.LevelAction = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "LEVEL_ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "LEVEL_ACTION_NEW"] = 1;
                values[valuesById[2] = "LEVEL_ACTION_CHANGE"] = 2;
                values[valuesById[3] = "LEVEL_ACTION_DELETE"] = 3;
                return values;
            })();

            v1.InstrumentDefinition = (function() {

                /**
                 * Properties of an InstrumentDefinition.
                 * @typedef {Object} bourse.feed.v1.InstrumentDefinition.$Properties
                 * @property {number|null} [symbolId] InstrumentDefinition symbolId
                 * @property {string|null} [name] InstrumentDefinition name
                 * @property {number|Long|null} [tick] InstrumentDefinition tick
                 * @property {number|Long|null} [lot] InstrumentDefinition lot
                 * @property {number|null} [priceDecimals] InstrumentDefinition priceDecimals
                 * @property {number|null} [qtyDecimals] InstrumentDefinition qtyDecimals
                 * @property {string|null} [currency] InstrumentDefinition currency
                 * @property {bourse.feed.v1.Status|null} [status] InstrumentDefinition status
                 * @property {number|Long|null} [maxQty] InstrumentDefinition maxQty
                 * @property {number|Long|null} [referencePrice] InstrumentDefinition referencePrice
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InstrumentDefinition.
                 * @memberof bourse.feed.v1
                 * @interface IInstrumentDefinition
                 * @augments bourse.feed.v1.InstrumentDefinition.$Properties
                 * @deprecated Use bourse.feed.v1.InstrumentDefinition.$Properties instead.
                 */

                /**
                 * Shape of an InstrumentDefinition.
                 * @typedef {bourse.feed.v1.InstrumentDefinition.$Properties} bourse.feed.v1.InstrumentDefinition.$Shape
                 */

                /**
                 * Constructs a new InstrumentDefinition.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents an InstrumentDefinition.
                 * @constructor
                 * @param {bourse.feed.v1.InstrumentDefinition.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InstrumentDefinition = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InstrumentDefinition symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.symbolId = 0;

                /**
                 * InstrumentDefinition name.
                 * @member {string} name
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.name = "";

                /**
                 * InstrumentDefinition tick.
                 * @member {number|Long} tick
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InstrumentDefinition lot.
                 * @member {number|Long} lot
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.lot = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InstrumentDefinition priceDecimals.
                 * @member {number} priceDecimals
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.priceDecimals = 0;

                /**
                 * InstrumentDefinition qtyDecimals.
                 * @member {number} qtyDecimals
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.qtyDecimals = 0;

                /**
                 * InstrumentDefinition currency.
                 * @member {string} currency
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.currency = "";

                /**
                 * InstrumentDefinition status.
                 * @member {bourse.feed.v1.Status} status
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.status = 0;

                /**
                 * InstrumentDefinition maxQty.
                 * @member {number|Long} maxQty
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.maxQty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InstrumentDefinition referencePrice.
                 * @member {number|Long} referencePrice
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 */
                InstrumentDefinition.prototype.referencePrice = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new InstrumentDefinition instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {bourse.feed.v1.InstrumentDefinition.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.InstrumentDefinition} InstrumentDefinition instance
                 * @type {{
                 *   (properties: bourse.feed.v1.InstrumentDefinition.$Shape): bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape;
                 *   (properties?: bourse.feed.v1.InstrumentDefinition.$Properties): bourse.feed.v1.InstrumentDefinition;
                 * }}
                 */
                InstrumentDefinition.create = function(properties) {
                    return new InstrumentDefinition(properties);
                };

                /**
                 * Encodes the specified InstrumentDefinition message. Does not implicitly {@link bourse.feed.v1.InstrumentDefinition.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {bourse.feed.v1.InstrumentDefinition.$Properties} message InstrumentDefinition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InstrumentDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.tick);
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot") && (typeof message.lot === "object" ? message.lot.low || message.lot.high : message.lot !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lot);
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals") && message.priceDecimals !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.priceDecimals);
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals") && message.qtyDecimals !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.qtyDecimals);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.currency);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.status);
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty") && (typeof message.maxQty === "object" ? message.maxQty.low || message.maxQty.high : message.maxQty !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.maxQty);
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice") && (typeof message.referencePrice === "object" ? message.referencePrice.low || message.referencePrice.high : message.referencePrice !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).int64(message.referencePrice);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified InstrumentDefinition message, length delimited. Does not implicitly {@link bourse.feed.v1.InstrumentDefinition.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {bourse.feed.v1.InstrumentDefinition.$Properties} message InstrumentDefinition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InstrumentDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an InstrumentDefinition message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape} InstrumentDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InstrumentDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.InstrumentDefinition();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tick = value;
                                else
                                    delete message.tick;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lot = value;
                                else
                                    delete message.lot;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.priceDecimals = value;
                                else
                                    delete message.priceDecimals;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.qtyDecimals = value;
                                else
                                    delete message.qtyDecimals;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.currency = value;
                                else
                                    delete message.currency;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxQty = value;
                                else
                                    delete message.maxQty;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.referencePrice = value;
                                else
                                    delete message.referencePrice;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an InstrumentDefinition message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.InstrumentDefinition & bourse.feed.v1.InstrumentDefinition.$Shape} InstrumentDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InstrumentDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an InstrumentDefinition message.
                 * @function verify
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InstrumentDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                        if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                            return "tick: integer|Long expected";
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot"))
                        if (!$util.isInteger(message.lot) && !(message.lot && $util.isInteger(message.lot.low) && $util.isInteger(message.lot.high)))
                            return "lot: integer|Long expected";
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals"))
                        if (!$util.isInteger(message.priceDecimals))
                            return "priceDecimals: integer expected";
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals"))
                        if (!$util.isInteger(message.qtyDecimals))
                            return "qtyDecimals: integer expected";
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                        if (!$util.isString(message.currency))
                            return "currency: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty"))
                        if (!$util.isInteger(message.maxQty) && !(message.maxQty && $util.isInteger(message.maxQty.low) && $util.isInteger(message.maxQty.high)))
                            return "maxQty: integer|Long expected";
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice"))
                        if (!$util.isInteger(message.referencePrice) && !(message.referencePrice && $util.isInteger(message.referencePrice.low) && $util.isInteger(message.referencePrice.high)))
                            return "referencePrice: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an InstrumentDefinition message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.InstrumentDefinition} InstrumentDefinition
                 */
                InstrumentDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.InstrumentDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.InstrumentDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.InstrumentDefinition();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.tick != null)
                        if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                            if ($util.Long)
                                message.tick = $util.Long.fromValue(object.tick, false);
                            else if (typeof object.tick === "string")
                                message.tick = $parseInt(object.tick, 10);
                            else if (typeof object.tick === "number")
                                message.tick = object.tick;
                            else if (typeof object.tick === "object")
                                message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber();
                    if (object.lot != null)
                        if (typeof object.lot === "object" ? object.lot.low || object.lot.high : $Number(object.lot) !== 0)
                            if ($util.Long)
                                message.lot = $util.Long.fromValue(object.lot, false);
                            else if (typeof object.lot === "string")
                                message.lot = $parseInt(object.lot, 10);
                            else if (typeof object.lot === "number")
                                message.lot = object.lot;
                            else if (typeof object.lot === "object")
                                message.lot = new $util.LongBits(object.lot.low >>> 0, object.lot.high >>> 0).toNumber();
                    if (object.priceDecimals != null)
                        if ($Number(object.priceDecimals) !== 0)
                            message.priceDecimals = object.priceDecimals >>> 0;
                    if (object.qtyDecimals != null)
                        if ($Number(object.qtyDecimals) !== 0)
                            message.qtyDecimals = object.qtyDecimals >>> 0;
                    if (object.currency != null)
                        if (typeof object.currency !== "string" || object.currency.length)
                            message.currency = $String(object.currency);
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.bourse.feed.v1.Status[object.status] !== 0))
                        switch (object.status) {
                        case "STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "STATUS_OPEN":
                        case 1:
                            message.status = 1;
                            break;
                        case "STATUS_HALTED":
                        case 2:
                            message.status = 2;
                            break;
                        case "STATUS_PRE_OPEN":
                        case 3:
                            message.status = 3;
                            break;
                        case "STATUS_OPENING_AUCTION":
                        case 4:
                            message.status = 4;
                            break;
                        case "STATUS_CLOSING_AUCTION":
                        case 5:
                            message.status = 5;
                            break;
                        case "STATUS_CLOSED":
                        case 6:
                            message.status = 6;
                            break;
                        case "STATUS_REOPENING_AUCTION":
                        case 7:
                            message.status = 7;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.maxQty != null)
                        if (typeof object.maxQty === "object" ? object.maxQty.low || object.maxQty.high : $Number(object.maxQty) !== 0)
                            if ($util.Long)
                                message.maxQty = $util.Long.fromValue(object.maxQty, false);
                            else if (typeof object.maxQty === "string")
                                message.maxQty = $parseInt(object.maxQty, 10);
                            else if (typeof object.maxQty === "number")
                                message.maxQty = object.maxQty;
                            else if (typeof object.maxQty === "object")
                                message.maxQty = new $util.LongBits(object.maxQty.low >>> 0, object.maxQty.high >>> 0).toNumber();
                    if (object.referencePrice != null)
                        if (typeof object.referencePrice === "object" ? object.referencePrice.low || object.referencePrice.high : $Number(object.referencePrice) !== 0)
                            if ($util.Long)
                                message.referencePrice = $util.Long.fromValue(object.referencePrice, false);
                            else if (typeof object.referencePrice === "string")
                                message.referencePrice = $parseInt(object.referencePrice, 10);
                            else if (typeof object.referencePrice === "number")
                                message.referencePrice = object.referencePrice;
                            else if (typeof object.referencePrice === "object")
                                message.referencePrice = new $util.LongBits(object.referencePrice.low >>> 0, object.referencePrice.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an InstrumentDefinition message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {bourse.feed.v1.InstrumentDefinition} message InstrumentDefinition
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InstrumentDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.lot = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lot = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.priceDecimals = 0;
                        object.qtyDecimals = 0;
                        object.currency = "";
                        object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.maxQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.referencePrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.referencePrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, false).toBigInt();
                        else if (typeof message.tick === "number")
                            object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                        else
                            object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber() : message.tick;
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lot = typeof message.lot === "number" ? $BigInt(message.lot) : $util.Long.fromBits(message.lot.low >>> 0, message.lot.high >>> 0, false).toBigInt();
                        else if (typeof message.lot === "number")
                            object.lot = options.longs === $String ? $String(message.lot) : message.lot;
                        else
                            object.lot = options.longs === $String ? $util.Long.prototype.toString.call(message.lot) : options.longs === $Number ? new $util.LongBits(message.lot.low >>> 0, message.lot.high >>> 0).toNumber() : message.lot;
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals"))
                        object.priceDecimals = message.priceDecimals;
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals"))
                        object.qtyDecimals = message.qtyDecimals;
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                        object.currency = message.currency;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.bourse.feed.v1.Status[message.status] === $undefined ? message.status : $root.bourse.feed.v1.Status[message.status] : message.status;
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxQty = typeof message.maxQty === "number" ? $BigInt(message.maxQty) : $util.Long.fromBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0, false).toBigInt();
                        else if (typeof message.maxQty === "number")
                            object.maxQty = options.longs === $String ? $String(message.maxQty) : message.maxQty;
                        else
                            object.maxQty = options.longs === $String ? $util.Long.prototype.toString.call(message.maxQty) : options.longs === $Number ? new $util.LongBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0).toNumber() : message.maxQty;
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.referencePrice = typeof message.referencePrice === "number" ? $BigInt(message.referencePrice) : $util.Long.fromBits(message.referencePrice.low >>> 0, message.referencePrice.high >>> 0, false).toBigInt();
                        else if (typeof message.referencePrice === "number")
                            object.referencePrice = options.longs === $String ? $String(message.referencePrice) : message.referencePrice;
                        else
                            object.referencePrice = options.longs === $String ? $util.Long.prototype.toString.call(message.referencePrice) : options.longs === $Number ? new $util.LongBits(message.referencePrice.low >>> 0, message.referencePrice.high >>> 0).toNumber() : message.referencePrice;
                    return object;
                };

                /**
                 * Converts this InstrumentDefinition to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InstrumentDefinition.prototype.toJSON = function() {
                    return InstrumentDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InstrumentDefinition
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.InstrumentDefinition
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InstrumentDefinition.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.InstrumentDefinition";
                };

                return InstrumentDefinition;
            })();

            v1.TradingStatus = (function() {

                /**
                 * Properties of a TradingStatus.
                 * @typedef {Object} bourse.feed.v1.TradingStatus.$Properties
                 * @property {number|null} [symbolId] TradingStatus symbolId
                 * @property {bourse.feed.v1.Status|null} [status] TradingStatus status
                 * @property {number|Long|null} [timeUs] TradingStatus timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TradingStatus.
                 * @memberof bourse.feed.v1
                 * @interface ITradingStatus
                 * @augments bourse.feed.v1.TradingStatus.$Properties
                 * @deprecated Use bourse.feed.v1.TradingStatus.$Properties instead.
                 */

                /**
                 * Shape of a TradingStatus.
                 * @typedef {bourse.feed.v1.TradingStatus.$Properties} bourse.feed.v1.TradingStatus.$Shape
                 */

                /**
                 * Constructs a new TradingStatus.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a TradingStatus.
                 * @constructor
                 * @param {bourse.feed.v1.TradingStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TradingStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TradingStatus symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.TradingStatus
                 * @instance
                 */
                TradingStatus.prototype.symbolId = 0;

                /**
                 * TradingStatus status.
                 * @member {bourse.feed.v1.Status} status
                 * @memberof bourse.feed.v1.TradingStatus
                 * @instance
                 */
                TradingStatus.prototype.status = 0;

                /**
                 * TradingStatus timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.feed.v1.TradingStatus
                 * @instance
                 */
                TradingStatus.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TradingStatus instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {bourse.feed.v1.TradingStatus.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.TradingStatus} TradingStatus instance
                 * @type {{
                 *   (properties: bourse.feed.v1.TradingStatus.$Shape): bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape;
                 *   (properties?: bourse.feed.v1.TradingStatus.$Properties): bourse.feed.v1.TradingStatus;
                 * }}
                 */
                TradingStatus.create = function(properties) {
                    return new TradingStatus(properties);
                };

                /**
                 * Encodes the specified TradingStatus message. Does not implicitly {@link bourse.feed.v1.TradingStatus.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {bourse.feed.v1.TradingStatus.$Properties} message TradingStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradingStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified TradingStatus message, length delimited. Does not implicitly {@link bourse.feed.v1.TradingStatus.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {bourse.feed.v1.TradingStatus.$Properties} message TradingStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TradingStatus.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TradingStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape} TradingStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradingStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.TradingStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeUs = value;
                                else
                                    delete message.timeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a TradingStatus message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.TradingStatus & bourse.feed.v1.TradingStatus.$Shape} TradingStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TradingStatus.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TradingStatus message.
                 * @function verify
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TradingStatus.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a TradingStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.TradingStatus} TradingStatus
                 */
                TradingStatus.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.TradingStatus)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.TradingStatus: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.TradingStatus();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.bourse.feed.v1.Status[object.status] !== 0))
                        switch (object.status) {
                        case "STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "STATUS_OPEN":
                        case 1:
                            message.status = 1;
                            break;
                        case "STATUS_HALTED":
                        case 2:
                            message.status = 2;
                            break;
                        case "STATUS_PRE_OPEN":
                        case 3:
                            message.status = 3;
                            break;
                        case "STATUS_OPENING_AUCTION":
                        case 4:
                            message.status = 4;
                            break;
                        case "STATUS_CLOSING_AUCTION":
                        case 5:
                            message.status = 5;
                            break;
                        case "STATUS_CLOSED":
                        case 6:
                            message.status = 6;
                            break;
                        case "STATUS_REOPENING_AUCTION":
                        case 7:
                            message.status = 7;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.timeUs != null)
                        if (typeof object.timeUs === "object" ? object.timeUs.low || object.timeUs.high : $Number(object.timeUs) !== 0)
                            if ($util.Long)
                                message.timeUs = $util.Long.fromValue(object.timeUs, true);
                            else if (typeof object.timeUs === "string")
                                message.timeUs = $parseInt(object.timeUs, 10);
                            else if (typeof object.timeUs === "number")
                                message.timeUs = object.timeUs;
                            else if (typeof object.timeUs === "object")
                                message.timeUs = new $util.LongBits(object.timeUs.low >>> 0, object.timeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TradingStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {bourse.feed.v1.TradingStatus} message TradingStatus
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TradingStatus.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.bourse.feed.v1.Status[message.status] === $undefined ? message.status : $root.bourse.feed.v1.Status[message.status] : message.status;
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeUs = typeof message.timeUs === "number" ? $BigInt(message.timeUs) : $util.Long.fromBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeUs === "number")
                            object.timeUs = options.longs === $String ? $String(message.timeUs) : message.timeUs;
                        else
                            object.timeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUs) : options.longs === $Number ? new $util.LongBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0).toNumber(true) : message.timeUs;
                    return object;
                };

                /**
                 * Converts this TradingStatus to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.TradingStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TradingStatus.prototype.toJSON = function() {
                    return TradingStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TradingStatus
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.TradingStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TradingStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.TradingStatus";
                };

                return TradingStatus;
            })();

            v1.LevelUpdate = (function() {

                /**
                 * Properties of a LevelUpdate.
                 * @typedef {Object} bourse.feed.v1.LevelUpdate.$Properties
                 * @property {number|null} [symbolId] LevelUpdate symbolId
                 * @property {bourse.feed.v1.Side|null} [side] LevelUpdate side
                 * @property {bourse.feed.v1.LevelAction|null} [action] LevelUpdate action
                 * @property {number|Long|null} [price] LevelUpdate price
                 * @property {number|Long|null} [qty] LevelUpdate qty
                 * @property {number|null} [orderCount] LevelUpdate orderCount
                 * @property {number|null} [checksum] LevelUpdate checksum
                 * @property {boolean|null} [endOfUpdate] LevelUpdate endOfUpdate
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LevelUpdate.
                 * @memberof bourse.feed.v1
                 * @interface ILevelUpdate
                 * @augments bourse.feed.v1.LevelUpdate.$Properties
                 * @deprecated Use bourse.feed.v1.LevelUpdate.$Properties instead.
                 */

                /**
                 * Shape of a LevelUpdate.
                 * @typedef {bourse.feed.v1.LevelUpdate.$Properties} bourse.feed.v1.LevelUpdate.$Shape
                 */

                /**
                 * Constructs a new LevelUpdate.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a LevelUpdate.
                 * @constructor
                 * @param {bourse.feed.v1.LevelUpdate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LevelUpdate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LevelUpdate symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.symbolId = 0;

                /**
                 * LevelUpdate side.
                 * @member {bourse.feed.v1.Side} side
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.side = 0;

                /**
                 * LevelUpdate action.
                 * @member {bourse.feed.v1.LevelAction} action
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.action = 0;

                /**
                 * LevelUpdate price.
                 * @member {number|Long} price
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.price = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * LevelUpdate qty.
                 * @member {number|Long} qty
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * LevelUpdate orderCount.
                 * @member {number} orderCount
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.orderCount = 0;

                /**
                 * LevelUpdate checksum.
                 * @member {number} checksum
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.checksum = 0;

                /**
                 * LevelUpdate endOfUpdate.
                 * @member {boolean} endOfUpdate
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 */
                LevelUpdate.prototype.endOfUpdate = false;

                /**
                 * Creates a new LevelUpdate instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {bourse.feed.v1.LevelUpdate.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.LevelUpdate} LevelUpdate instance
                 * @type {{
                 *   (properties: bourse.feed.v1.LevelUpdate.$Shape): bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape;
                 *   (properties?: bourse.feed.v1.LevelUpdate.$Properties): bourse.feed.v1.LevelUpdate;
                 * }}
                 */
                LevelUpdate.create = function(properties) {
                    return new LevelUpdate(properties);
                };

                /**
                 * Encodes the specified LevelUpdate message. Does not implicitly {@link bourse.feed.v1.LevelUpdate.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {bourse.feed.v1.LevelUpdate.$Properties} message LevelUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LevelUpdate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.side);
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.action);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.qty);
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount") && message.orderCount !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.orderCount);
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== 0)
                        writer.uint32(/* id 7, wireType 5 =*/61).fixed32(message.checksum);
                    if (message.endOfUpdate != null && $Object.hasOwnProperty.call(message, "endOfUpdate") && message.endOfUpdate !== false)
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.endOfUpdate);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LevelUpdate message, length delimited. Does not implicitly {@link bourse.feed.v1.LevelUpdate.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {bourse.feed.v1.LevelUpdate.$Properties} message LevelUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LevelUpdate.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LevelUpdate message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape} LevelUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LevelUpdate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.LevelUpdate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.side = value;
                                else
                                    delete message.side;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.action = value;
                                else
                                    delete message.action;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.orderCount = value;
                                else
                                    delete message.orderCount;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 5)
                                    break;
                                if (value = reader.fixed32())
                                    message.checksum = value;
                                else
                                    delete message.checksum;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.endOfUpdate = value;
                                else
                                    delete message.endOfUpdate;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a LevelUpdate message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.LevelUpdate & bourse.feed.v1.LevelUpdate.$Shape} LevelUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LevelUpdate.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LevelUpdate message.
                 * @function verify
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LevelUpdate.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        if (typeof message.side !== "number" || (message.side | 0) !== message.side)
                            return "side: enum value expected";
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                        if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                            return "action: enum value expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount"))
                        if (!$util.isInteger(message.orderCount))
                            return "orderCount: integer expected";
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        if (!$util.isInteger(message.checksum))
                            return "checksum: integer expected";
                    if (message.endOfUpdate != null && $Object.hasOwnProperty.call(message, "endOfUpdate"))
                        if (typeof message.endOfUpdate !== "boolean")
                            return "endOfUpdate: boolean expected";
                    return null;
                };

                /**
                 * Creates a LevelUpdate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.LevelUpdate} LevelUpdate
                 */
                LevelUpdate.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.LevelUpdate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.LevelUpdate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.LevelUpdate();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.side !== 0 && (typeof object.side !== "string" || $root.bourse.feed.v1.Side[object.side] !== 0))
                        switch (object.side) {
                        case "SIDE_UNSPECIFIED":
                        case 0:
                            message.side = 0;
                            break;
                        case "SIDE_BUY":
                        case 1:
                            message.side = 1;
                            break;
                        case "SIDE_SELL":
                        case 2:
                            message.side = 2;
                            break;
                        default:
                            if (typeof object.side === "number" && (object.side | 0) === object.side)
                                message.side = object.side;
                        }
                    if (object.action !== 0 && (typeof object.action !== "string" || $root.bourse.feed.v1.LevelAction[object.action] !== 0))
                        switch (object.action) {
                        case "LEVEL_ACTION_UNSPECIFIED":
                        case 0:
                            message.action = 0;
                            break;
                        case "LEVEL_ACTION_NEW":
                        case 1:
                            message.action = 1;
                            break;
                        case "LEVEL_ACTION_CHANGE":
                        case 2:
                            message.action = 2;
                            break;
                        case "LEVEL_ACTION_DELETE":
                        case 3:
                            message.action = 3;
                            break;
                        default:
                            if (typeof object.action === "number" && (object.action | 0) === object.action)
                                message.action = object.action;
                        }
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, false);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber();
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, false);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber();
                    if (object.orderCount != null)
                        if ($Number(object.orderCount) !== 0)
                            message.orderCount = object.orderCount >>> 0;
                    if (object.checksum != null)
                        if ($Number(object.checksum) !== 0)
                            message.checksum = object.checksum >>> 0;
                    if (object.endOfUpdate != null)
                        if (object.endOfUpdate)
                            message.endOfUpdate = $Boolean(object.endOfUpdate);
                    return message;
                };

                /**
                 * Creates a plain object from a LevelUpdate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {bourse.feed.v1.LevelUpdate} message LevelUpdate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LevelUpdate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.side = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        object.action = options.enums === $String ? "LEVEL_ACTION_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.orderCount = 0;
                        object.checksum = 0;
                        object.endOfUpdate = false;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        object.side = options.enums === $String ? $root.bourse.feed.v1.Side[message.side] === $undefined ? message.side : $root.bourse.feed.v1.Side[message.side] : message.side;
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                        object.action = options.enums === $String ? $root.bourse.feed.v1.LevelAction[message.action] === $undefined ? message.action : $root.bourse.feed.v1.LevelAction[message.action] : message.action;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, false).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber() : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, false).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber() : message.qty;
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount"))
                        object.orderCount = message.orderCount;
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        object.checksum = message.checksum;
                    if (message.endOfUpdate != null && $Object.hasOwnProperty.call(message, "endOfUpdate"))
                        object.endOfUpdate = message.endOfUpdate;
                    return object;
                };

                /**
                 * Converts this LevelUpdate to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LevelUpdate.prototype.toJSON = function() {
                    return LevelUpdate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LevelUpdate
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.LevelUpdate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LevelUpdate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.LevelUpdate";
                };

                return LevelUpdate;
            })();

            v1.Trade = (function() {

                /**
                 * Properties of a Trade.
                 * @typedef {Object} bourse.feed.v1.Trade.$Properties
                 * @property {number|null} [symbolId] Trade symbolId
                 * @property {number|Long|null} [price] Trade price
                 * @property {number|Long|null} [qty] Trade qty
                 * @property {bourse.feed.v1.Side|null} [aggressorSide] Trade aggressorSide
                 * @property {number|Long|null} [tradeId] Trade tradeId
                 * @property {number|Long|null} [timeUs] Trade timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Trade.
                 * @memberof bourse.feed.v1
                 * @interface ITrade
                 * @augments bourse.feed.v1.Trade.$Properties
                 * @deprecated Use bourse.feed.v1.Trade.$Properties instead.
                 */

                /**
                 * Shape of a Trade.
                 * @typedef {bourse.feed.v1.Trade.$Properties} bourse.feed.v1.Trade.$Shape
                 */

                /**
                 * Constructs a new Trade.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a Trade.
                 * @constructor
                 * @param {bourse.feed.v1.Trade.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Trade = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Trade symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.symbolId = 0;

                /**
                 * Trade price.
                 * @member {number|Long} price
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.price = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Trade qty.
                 * @member {number|Long} qty
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Trade aggressorSide.
                 * @member {bourse.feed.v1.Side} aggressorSide
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.aggressorSide = 0;

                /**
                 * Trade tradeId.
                 * @member {number|Long} tradeId
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.tradeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Trade timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 */
                Trade.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Trade instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {bourse.feed.v1.Trade.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.Trade} Trade instance
                 * @type {{
                 *   (properties: bourse.feed.v1.Trade.$Shape): bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape;
                 *   (properties?: bourse.feed.v1.Trade.$Properties): bourse.feed.v1.Trade;
                 * }}
                 */
                Trade.create = function(properties) {
                    return new Trade(properties);
                };

                /**
                 * Encodes the specified Trade message. Does not implicitly {@link bourse.feed.v1.Trade.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {bourse.feed.v1.Trade.$Properties} message Trade message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Trade.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.qty);
                    if (message.aggressorSide != null && $Object.hasOwnProperty.call(message, "aggressorSide") && message.aggressorSide !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.aggressorSide);
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId") && (typeof message.tradeId === "object" ? message.tradeId.low || message.tradeId.high : message.tradeId !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.tradeId);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Trade message, length delimited. Does not implicitly {@link bourse.feed.v1.Trade.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {bourse.feed.v1.Trade.$Properties} message Trade message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Trade.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Trade message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape} Trade
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Trade.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.Trade();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.aggressorSide = value;
                                else
                                    delete message.aggressorSide;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tradeId = value;
                                else
                                    delete message.tradeId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeUs = value;
                                else
                                    delete message.timeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Trade message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Trade & bourse.feed.v1.Trade.$Shape} Trade
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Trade.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Trade message.
                 * @function verify
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Trade.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    if (message.aggressorSide != null && $Object.hasOwnProperty.call(message, "aggressorSide"))
                        if (typeof message.aggressorSide !== "number" || (message.aggressorSide | 0) !== message.aggressorSide)
                            return "aggressorSide: enum value expected";
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId"))
                        if (!$util.isInteger(message.tradeId) && !(message.tradeId && $util.isInteger(message.tradeId.low) && $util.isInteger(message.tradeId.high)))
                            return "tradeId: integer|Long expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Trade message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.Trade} Trade
                 */
                Trade.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.Trade)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.Trade: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.Trade();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, false);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber();
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, false);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber();
                    if (object.aggressorSide !== 0 && (typeof object.aggressorSide !== "string" || $root.bourse.feed.v1.Side[object.aggressorSide] !== 0))
                        switch (object.aggressorSide) {
                        case "SIDE_UNSPECIFIED":
                        case 0:
                            message.aggressorSide = 0;
                            break;
                        case "SIDE_BUY":
                        case 1:
                            message.aggressorSide = 1;
                            break;
                        case "SIDE_SELL":
                        case 2:
                            message.aggressorSide = 2;
                            break;
                        default:
                            if (typeof object.aggressorSide === "number" && (object.aggressorSide | 0) === object.aggressorSide)
                                message.aggressorSide = object.aggressorSide;
                        }
                    if (object.tradeId != null)
                        if (typeof object.tradeId === "object" ? object.tradeId.low || object.tradeId.high : $Number(object.tradeId) !== 0)
                            if ($util.Long)
                                message.tradeId = $util.Long.fromValue(object.tradeId, true);
                            else if (typeof object.tradeId === "string")
                                message.tradeId = $parseInt(object.tradeId, 10);
                            else if (typeof object.tradeId === "number")
                                message.tradeId = object.tradeId;
                            else if (typeof object.tradeId === "object")
                                message.tradeId = new $util.LongBits(object.tradeId.low >>> 0, object.tradeId.high >>> 0).toNumber(true);
                    if (object.timeUs != null)
                        if (typeof object.timeUs === "object" ? object.timeUs.low || object.timeUs.high : $Number(object.timeUs) !== 0)
                            if ($util.Long)
                                message.timeUs = $util.Long.fromValue(object.timeUs, true);
                            else if (typeof object.timeUs === "string")
                                message.timeUs = $parseInt(object.timeUs, 10);
                            else if (typeof object.timeUs === "number")
                                message.timeUs = object.timeUs;
                            else if (typeof object.timeUs === "object")
                                message.timeUs = new $util.LongBits(object.timeUs.low >>> 0, object.timeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Trade message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {bourse.feed.v1.Trade} message Trade
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Trade.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.aggressorSide = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tradeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tradeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, false).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber() : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, false).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber() : message.qty;
                    if (message.aggressorSide != null && $Object.hasOwnProperty.call(message, "aggressorSide"))
                        object.aggressorSide = options.enums === $String ? $root.bourse.feed.v1.Side[message.aggressorSide] === $undefined ? message.aggressorSide : $root.bourse.feed.v1.Side[message.aggressorSide] : message.aggressorSide;
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tradeId = typeof message.tradeId === "number" ? $BigInt(message.tradeId) : $util.Long.fromBits(message.tradeId.low >>> 0, message.tradeId.high >>> 0, true).toBigInt();
                        else if (typeof message.tradeId === "number")
                            object.tradeId = options.longs === $String ? $String(message.tradeId) : message.tradeId;
                        else
                            object.tradeId = options.longs === $String ? $util.Long.prototype.toString.call(message.tradeId) : options.longs === $Number ? new $util.LongBits(message.tradeId.low >>> 0, message.tradeId.high >>> 0).toNumber(true) : message.tradeId;
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeUs = typeof message.timeUs === "number" ? $BigInt(message.timeUs) : $util.Long.fromBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeUs === "number")
                            object.timeUs = options.longs === $String ? $String(message.timeUs) : message.timeUs;
                        else
                            object.timeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUs) : options.longs === $Number ? new $util.LongBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0).toNumber(true) : message.timeUs;
                    return object;
                };

                /**
                 * Converts this Trade to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.Trade
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Trade.prototype.toJSON = function() {
                    return Trade.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Trade
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.Trade
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Trade.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.Trade";
                };

                return Trade;
            })();

            v1.CandleUpdate = (function() {

                /**
                 * Properties of a CandleUpdate.
                 * @typedef {Object} bourse.feed.v1.CandleUpdate.$Properties
                 * @property {number|null} [symbolId] CandleUpdate symbolId
                 * @property {number|null} [intervalS] CandleUpdate intervalS
                 * @property {number|Long|null} [openTimeUs] CandleUpdate openTimeUs
                 * @property {number|Long|null} [open] CandleUpdate open
                 * @property {number|Long|null} [high] CandleUpdate high
                 * @property {number|Long|null} [low] CandleUpdate low
                 * @property {number|Long|null} [close] CandleUpdate close
                 * @property {number|Long|null} [volume] CandleUpdate volume
                 * @property {number|Long|null} [tradeCount] CandleUpdate tradeCount
                 * @property {number|Long|null} [notional] CandleUpdate notional
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CandleUpdate.
                 * @memberof bourse.feed.v1
                 * @interface ICandleUpdate
                 * @augments bourse.feed.v1.CandleUpdate.$Properties
                 * @deprecated Use bourse.feed.v1.CandleUpdate.$Properties instead.
                 */

                /**
                 * Shape of a CandleUpdate.
                 * @typedef {bourse.feed.v1.CandleUpdate.$Properties} bourse.feed.v1.CandleUpdate.$Shape
                 */

                /**
                 * Constructs a new CandleUpdate.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a CandleUpdate.
                 * @constructor
                 * @param {bourse.feed.v1.CandleUpdate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CandleUpdate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CandleUpdate symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.symbolId = 0;

                /**
                 * CandleUpdate intervalS.
                 * @member {number} intervalS
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.intervalS = 0;

                /**
                 * CandleUpdate openTimeUs.
                 * @member {number|Long} openTimeUs
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.openTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleUpdate open.
                 * @member {number|Long} open
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.open = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleUpdate high.
                 * @member {number|Long} high
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.high = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleUpdate low.
                 * @member {number|Long} low
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.low = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleUpdate close.
                 * @member {number|Long} close
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.close = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleUpdate volume.
                 * @member {number|Long} volume
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.volume = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleUpdate tradeCount.
                 * @member {number|Long} tradeCount
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.tradeCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleUpdate notional.
                 * @member {number|Long} notional
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 */
                CandleUpdate.prototype.notional = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new CandleUpdate instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {bourse.feed.v1.CandleUpdate.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.CandleUpdate} CandleUpdate instance
                 * @type {{
                 *   (properties: bourse.feed.v1.CandleUpdate.$Shape): bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape;
                 *   (properties?: bourse.feed.v1.CandleUpdate.$Properties): bourse.feed.v1.CandleUpdate;
                 * }}
                 */
                CandleUpdate.create = function(properties) {
                    return new CandleUpdate(properties);
                };

                /**
                 * Encodes the specified CandleUpdate message. Does not implicitly {@link bourse.feed.v1.CandleUpdate.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {bourse.feed.v1.CandleUpdate.$Properties} message CandleUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleUpdate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.intervalS);
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs") && (typeof message.openTimeUs === "object" ? message.openTimeUs.low || message.openTimeUs.high : message.openTimeUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.openTimeUs);
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open") && (typeof message.open === "object" ? message.open.low || message.open.high : message.open !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.open);
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high") && (typeof message.high === "object" ? message.high.low || message.high.high : message.high !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.high);
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low") && (typeof message.low === "object" ? message.low.low || message.low.high : message.low !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.low);
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close") && (typeof message.close === "object" ? message.close.low || message.close.high : message.close !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.close);
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && (typeof message.volume === "object" ? message.volume.low || message.volume.high : message.volume !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.volume);
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount") && (typeof message.tradeCount === "object" ? message.tradeCount.low || message.tradeCount.high : message.tradeCount !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.tradeCount);
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional") && (typeof message.notional === "object" ? message.notional.low || message.notional.high : message.notional !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).int64(message.notional);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CandleUpdate message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleUpdate.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {bourse.feed.v1.CandleUpdate.$Properties} message CandleUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleUpdate.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CandleUpdate message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape} CandleUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleUpdate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.CandleUpdate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.intervalS = value;
                                else
                                    delete message.intervalS;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openTimeUs = value;
                                else
                                    delete message.openTimeUs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.open = value;
                                else
                                    delete message.open;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.high = value;
                                else
                                    delete message.high;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.low = value;
                                else
                                    delete message.low;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.close = value;
                                else
                                    delete message.close;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.volume = value;
                                else
                                    delete message.volume;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tradeCount = value;
                                else
                                    delete message.tradeCount;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.notional = value;
                                else
                                    delete message.notional;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CandleUpdate message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleUpdate & bourse.feed.v1.CandleUpdate.$Shape} CandleUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleUpdate.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CandleUpdate message.
                 * @function verify
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CandleUpdate.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        if (!$util.isInteger(message.intervalS))
                            return "intervalS: integer expected";
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs"))
                        if (!$util.isInteger(message.openTimeUs) && !(message.openTimeUs && $util.isInteger(message.openTimeUs.low) && $util.isInteger(message.openTimeUs.high)))
                            return "openTimeUs: integer|Long expected";
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (!$util.isInteger(message.open) && !(message.open && $util.isInteger(message.open.low) && $util.isInteger(message.open.high)))
                            return "open: integer|Long expected";
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (!$util.isInteger(message.high) && !(message.high && $util.isInteger(message.high.low) && $util.isInteger(message.high.high)))
                            return "high: integer|Long expected";
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (!$util.isInteger(message.low) && !(message.low && $util.isInteger(message.low.low) && $util.isInteger(message.low.high)))
                            return "low: integer|Long expected";
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (!$util.isInteger(message.close) && !(message.close && $util.isInteger(message.close.low) && $util.isInteger(message.close.high)))
                            return "close: integer|Long expected";
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (!$util.isInteger(message.volume) && !(message.volume && $util.isInteger(message.volume.low) && $util.isInteger(message.volume.high)))
                            return "volume: integer|Long expected";
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (!$util.isInteger(message.tradeCount) && !(message.tradeCount && $util.isInteger(message.tradeCount.low) && $util.isInteger(message.tradeCount.high)))
                            return "tradeCount: integer|Long expected";
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (!$util.isInteger(message.notional) && !(message.notional && $util.isInteger(message.notional.low) && $util.isInteger(message.notional.high)))
                            return "notional: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CandleUpdate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.CandleUpdate} CandleUpdate
                 */
                CandleUpdate.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.CandleUpdate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.CandleUpdate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.CandleUpdate();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.intervalS != null)
                        if ($Number(object.intervalS) !== 0)
                            message.intervalS = object.intervalS >>> 0;
                    if (object.openTimeUs != null)
                        if (typeof object.openTimeUs === "object" ? object.openTimeUs.low || object.openTimeUs.high : $Number(object.openTimeUs) !== 0)
                            if ($util.Long)
                                message.openTimeUs = $util.Long.fromValue(object.openTimeUs, true);
                            else if (typeof object.openTimeUs === "string")
                                message.openTimeUs = $parseInt(object.openTimeUs, 10);
                            else if (typeof object.openTimeUs === "number")
                                message.openTimeUs = object.openTimeUs;
                            else if (typeof object.openTimeUs === "object")
                                message.openTimeUs = new $util.LongBits(object.openTimeUs.low >>> 0, object.openTimeUs.high >>> 0).toNumber(true);
                    if (object.open != null)
                        if (typeof object.open === "object" ? object.open.low || object.open.high : $Number(object.open) !== 0)
                            if ($util.Long)
                                message.open = $util.Long.fromValue(object.open, false);
                            else if (typeof object.open === "string")
                                message.open = $parseInt(object.open, 10);
                            else if (typeof object.open === "number")
                                message.open = object.open;
                            else if (typeof object.open === "object")
                                message.open = new $util.LongBits(object.open.low >>> 0, object.open.high >>> 0).toNumber();
                    if (object.high != null)
                        if (typeof object.high === "object" ? object.high.low || object.high.high : $Number(object.high) !== 0)
                            if ($util.Long)
                                message.high = $util.Long.fromValue(object.high, false);
                            else if (typeof object.high === "string")
                                message.high = $parseInt(object.high, 10);
                            else if (typeof object.high === "number")
                                message.high = object.high;
                            else if (typeof object.high === "object")
                                message.high = new $util.LongBits(object.high.low >>> 0, object.high.high >>> 0).toNumber();
                    if (object.low != null)
                        if (typeof object.low === "object" ? object.low.low || object.low.high : $Number(object.low) !== 0)
                            if ($util.Long)
                                message.low = $util.Long.fromValue(object.low, false);
                            else if (typeof object.low === "string")
                                message.low = $parseInt(object.low, 10);
                            else if (typeof object.low === "number")
                                message.low = object.low;
                            else if (typeof object.low === "object")
                                message.low = new $util.LongBits(object.low.low >>> 0, object.low.high >>> 0).toNumber();
                    if (object.close != null)
                        if (typeof object.close === "object" ? object.close.low || object.close.high : $Number(object.close) !== 0)
                            if ($util.Long)
                                message.close = $util.Long.fromValue(object.close, false);
                            else if (typeof object.close === "string")
                                message.close = $parseInt(object.close, 10);
                            else if (typeof object.close === "number")
                                message.close = object.close;
                            else if (typeof object.close === "object")
                                message.close = new $util.LongBits(object.close.low >>> 0, object.close.high >>> 0).toNumber();
                    if (object.volume != null)
                        if (typeof object.volume === "object" ? object.volume.low || object.volume.high : $Number(object.volume) !== 0)
                            if ($util.Long)
                                message.volume = $util.Long.fromValue(object.volume, false);
                            else if (typeof object.volume === "string")
                                message.volume = $parseInt(object.volume, 10);
                            else if (typeof object.volume === "number")
                                message.volume = object.volume;
                            else if (typeof object.volume === "object")
                                message.volume = new $util.LongBits(object.volume.low >>> 0, object.volume.high >>> 0).toNumber();
                    if (object.tradeCount != null)
                        if (typeof object.tradeCount === "object" ? object.tradeCount.low || object.tradeCount.high : $Number(object.tradeCount) !== 0)
                            if ($util.Long)
                                message.tradeCount = $util.Long.fromValue(object.tradeCount, true);
                            else if (typeof object.tradeCount === "string")
                                message.tradeCount = $parseInt(object.tradeCount, 10);
                            else if (typeof object.tradeCount === "number")
                                message.tradeCount = object.tradeCount;
                            else if (typeof object.tradeCount === "object")
                                message.tradeCount = new $util.LongBits(object.tradeCount.low >>> 0, object.tradeCount.high >>> 0).toNumber(true);
                    if (object.notional != null)
                        if (typeof object.notional === "object" ? object.notional.low || object.notional.high : $Number(object.notional) !== 0)
                            if ($util.Long)
                                message.notional = $util.Long.fromValue(object.notional, false);
                            else if (typeof object.notional === "string")
                                message.notional = $parseInt(object.notional, 10);
                            else if (typeof object.notional === "number")
                                message.notional = object.notional;
                            else if (typeof object.notional === "object")
                                message.notional = new $util.LongBits(object.notional.low >>> 0, object.notional.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a CandleUpdate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {bourse.feed.v1.CandleUpdate} message CandleUpdate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CandleUpdate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.intervalS = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.openTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.openTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.open = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.open = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.high = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.high = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.low = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.low = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.close = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.close = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.volume = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.volume = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tradeCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tradeCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.notional = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.notional = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        object.intervalS = message.intervalS;
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.openTimeUs = typeof message.openTimeUs === "number" ? $BigInt(message.openTimeUs) : $util.Long.fromBits(message.openTimeUs.low >>> 0, message.openTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.openTimeUs === "number")
                            object.openTimeUs = options.longs === $String ? $String(message.openTimeUs) : message.openTimeUs;
                        else
                            object.openTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.openTimeUs) : options.longs === $Number ? new $util.LongBits(message.openTimeUs.low >>> 0, message.openTimeUs.high >>> 0).toNumber(true) : message.openTimeUs;
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.open = typeof message.open === "number" ? $BigInt(message.open) : $util.Long.fromBits(message.open.low >>> 0, message.open.high >>> 0, false).toBigInt();
                        else if (typeof message.open === "number")
                            object.open = options.longs === $String ? $String(message.open) : message.open;
                        else
                            object.open = options.longs === $String ? $util.Long.prototype.toString.call(message.open) : options.longs === $Number ? new $util.LongBits(message.open.low >>> 0, message.open.high >>> 0).toNumber() : message.open;
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.high = typeof message.high === "number" ? $BigInt(message.high) : $util.Long.fromBits(message.high.low >>> 0, message.high.high >>> 0, false).toBigInt();
                        else if (typeof message.high === "number")
                            object.high = options.longs === $String ? $String(message.high) : message.high;
                        else
                            object.high = options.longs === $String ? $util.Long.prototype.toString.call(message.high) : options.longs === $Number ? new $util.LongBits(message.high.low >>> 0, message.high.high >>> 0).toNumber() : message.high;
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.low = typeof message.low === "number" ? $BigInt(message.low) : $util.Long.fromBits(message.low.low >>> 0, message.low.high >>> 0, false).toBigInt();
                        else if (typeof message.low === "number")
                            object.low = options.longs === $String ? $String(message.low) : message.low;
                        else
                            object.low = options.longs === $String ? $util.Long.prototype.toString.call(message.low) : options.longs === $Number ? new $util.LongBits(message.low.low >>> 0, message.low.high >>> 0).toNumber() : message.low;
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.close = typeof message.close === "number" ? $BigInt(message.close) : $util.Long.fromBits(message.close.low >>> 0, message.close.high >>> 0, false).toBigInt();
                        else if (typeof message.close === "number")
                            object.close = options.longs === $String ? $String(message.close) : message.close;
                        else
                            object.close = options.longs === $String ? $util.Long.prototype.toString.call(message.close) : options.longs === $Number ? new $util.LongBits(message.close.low >>> 0, message.close.high >>> 0).toNumber() : message.close;
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.volume = typeof message.volume === "number" ? $BigInt(message.volume) : $util.Long.fromBits(message.volume.low >>> 0, message.volume.high >>> 0, false).toBigInt();
                        else if (typeof message.volume === "number")
                            object.volume = options.longs === $String ? $String(message.volume) : message.volume;
                        else
                            object.volume = options.longs === $String ? $util.Long.prototype.toString.call(message.volume) : options.longs === $Number ? new $util.LongBits(message.volume.low >>> 0, message.volume.high >>> 0).toNumber() : message.volume;
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tradeCount = typeof message.tradeCount === "number" ? $BigInt(message.tradeCount) : $util.Long.fromBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0, true).toBigInt();
                        else if (typeof message.tradeCount === "number")
                            object.tradeCount = options.longs === $String ? $String(message.tradeCount) : message.tradeCount;
                        else
                            object.tradeCount = options.longs === $String ? $util.Long.prototype.toString.call(message.tradeCount) : options.longs === $Number ? new $util.LongBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0).toNumber(true) : message.tradeCount;
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.notional = typeof message.notional === "number" ? $BigInt(message.notional) : $util.Long.fromBits(message.notional.low >>> 0, message.notional.high >>> 0, false).toBigInt();
                        else if (typeof message.notional === "number")
                            object.notional = options.longs === $String ? $String(message.notional) : message.notional;
                        else
                            object.notional = options.longs === $String ? $util.Long.prototype.toString.call(message.notional) : options.longs === $Number ? new $util.LongBits(message.notional.low >>> 0, message.notional.high >>> 0).toNumber() : message.notional;
                    return object;
                };

                /**
                 * Converts this CandleUpdate to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CandleUpdate.prototype.toJSON = function() {
                    return CandleUpdate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CandleUpdate
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.CandleUpdate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CandleUpdate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.CandleUpdate";
                };

                return CandleUpdate;
            })();

            v1.CandleClose = (function() {

                /**
                 * Properties of a CandleClose.
                 * @typedef {Object} bourse.feed.v1.CandleClose.$Properties
                 * @property {number|null} [symbolId] CandleClose symbolId
                 * @property {number|null} [intervalS] CandleClose intervalS
                 * @property {number|Long|null} [openTimeUs] CandleClose openTimeUs
                 * @property {number|Long|null} [open] CandleClose open
                 * @property {number|Long|null} [high] CandleClose high
                 * @property {number|Long|null} [low] CandleClose low
                 * @property {number|Long|null} [close] CandleClose close
                 * @property {number|Long|null} [volume] CandleClose volume
                 * @property {number|Long|null} [tradeCount] CandleClose tradeCount
                 * @property {number|Long|null} [notional] CandleClose notional
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CandleClose.
                 * @memberof bourse.feed.v1
                 * @interface ICandleClose
                 * @augments bourse.feed.v1.CandleClose.$Properties
                 * @deprecated Use bourse.feed.v1.CandleClose.$Properties instead.
                 */

                /**
                 * Shape of a CandleClose.
                 * @typedef {bourse.feed.v1.CandleClose.$Properties} bourse.feed.v1.CandleClose.$Shape
                 */

                /**
                 * Constructs a new CandleClose.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a CandleClose.
                 * @constructor
                 * @param {bourse.feed.v1.CandleClose.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CandleClose = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CandleClose symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.symbolId = 0;

                /**
                 * CandleClose intervalS.
                 * @member {number} intervalS
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.intervalS = 0;

                /**
                 * CandleClose openTimeUs.
                 * @member {number|Long} openTimeUs
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.openTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleClose open.
                 * @member {number|Long} open
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.open = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleClose high.
                 * @member {number|Long} high
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.high = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleClose low.
                 * @member {number|Long} low
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.low = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleClose close.
                 * @member {number|Long} close
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.close = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleClose volume.
                 * @member {number|Long} volume
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.volume = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleClose tradeCount.
                 * @member {number|Long} tradeCount
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.tradeCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleClose notional.
                 * @member {number|Long} notional
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 */
                CandleClose.prototype.notional = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new CandleClose instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {bourse.feed.v1.CandleClose.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.CandleClose} CandleClose instance
                 * @type {{
                 *   (properties: bourse.feed.v1.CandleClose.$Shape): bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape;
                 *   (properties?: bourse.feed.v1.CandleClose.$Properties): bourse.feed.v1.CandleClose;
                 * }}
                 */
                CandleClose.create = function(properties) {
                    return new CandleClose(properties);
                };

                /**
                 * Encodes the specified CandleClose message. Does not implicitly {@link bourse.feed.v1.CandleClose.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {bourse.feed.v1.CandleClose.$Properties} message CandleClose message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleClose.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.intervalS);
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs") && (typeof message.openTimeUs === "object" ? message.openTimeUs.low || message.openTimeUs.high : message.openTimeUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.openTimeUs);
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open") && (typeof message.open === "object" ? message.open.low || message.open.high : message.open !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.open);
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high") && (typeof message.high === "object" ? message.high.low || message.high.high : message.high !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.high);
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low") && (typeof message.low === "object" ? message.low.low || message.low.high : message.low !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.low);
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close") && (typeof message.close === "object" ? message.close.low || message.close.high : message.close !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.close);
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && (typeof message.volume === "object" ? message.volume.low || message.volume.high : message.volume !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.volume);
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount") && (typeof message.tradeCount === "object" ? message.tradeCount.low || message.tradeCount.high : message.tradeCount !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.tradeCount);
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional") && (typeof message.notional === "object" ? message.notional.low || message.notional.high : message.notional !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).int64(message.notional);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CandleClose message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleClose.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {bourse.feed.v1.CandleClose.$Properties} message CandleClose message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleClose.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CandleClose message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape} CandleClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleClose.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.CandleClose();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.intervalS = value;
                                else
                                    delete message.intervalS;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openTimeUs = value;
                                else
                                    delete message.openTimeUs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.open = value;
                                else
                                    delete message.open;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.high = value;
                                else
                                    delete message.high;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.low = value;
                                else
                                    delete message.low;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.close = value;
                                else
                                    delete message.close;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.volume = value;
                                else
                                    delete message.volume;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tradeCount = value;
                                else
                                    delete message.tradeCount;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.notional = value;
                                else
                                    delete message.notional;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CandleClose message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleClose & bourse.feed.v1.CandleClose.$Shape} CandleClose
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleClose.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CandleClose message.
                 * @function verify
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CandleClose.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        if (!$util.isInteger(message.intervalS))
                            return "intervalS: integer expected";
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs"))
                        if (!$util.isInteger(message.openTimeUs) && !(message.openTimeUs && $util.isInteger(message.openTimeUs.low) && $util.isInteger(message.openTimeUs.high)))
                            return "openTimeUs: integer|Long expected";
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (!$util.isInteger(message.open) && !(message.open && $util.isInteger(message.open.low) && $util.isInteger(message.open.high)))
                            return "open: integer|Long expected";
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (!$util.isInteger(message.high) && !(message.high && $util.isInteger(message.high.low) && $util.isInteger(message.high.high)))
                            return "high: integer|Long expected";
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (!$util.isInteger(message.low) && !(message.low && $util.isInteger(message.low.low) && $util.isInteger(message.low.high)))
                            return "low: integer|Long expected";
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (!$util.isInteger(message.close) && !(message.close && $util.isInteger(message.close.low) && $util.isInteger(message.close.high)))
                            return "close: integer|Long expected";
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (!$util.isInteger(message.volume) && !(message.volume && $util.isInteger(message.volume.low) && $util.isInteger(message.volume.high)))
                            return "volume: integer|Long expected";
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (!$util.isInteger(message.tradeCount) && !(message.tradeCount && $util.isInteger(message.tradeCount.low) && $util.isInteger(message.tradeCount.high)))
                            return "tradeCount: integer|Long expected";
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (!$util.isInteger(message.notional) && !(message.notional && $util.isInteger(message.notional.low) && $util.isInteger(message.notional.high)))
                            return "notional: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CandleClose message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.CandleClose} CandleClose
                 */
                CandleClose.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.CandleClose)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.CandleClose: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.CandleClose();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.intervalS != null)
                        if ($Number(object.intervalS) !== 0)
                            message.intervalS = object.intervalS >>> 0;
                    if (object.openTimeUs != null)
                        if (typeof object.openTimeUs === "object" ? object.openTimeUs.low || object.openTimeUs.high : $Number(object.openTimeUs) !== 0)
                            if ($util.Long)
                                message.openTimeUs = $util.Long.fromValue(object.openTimeUs, true);
                            else if (typeof object.openTimeUs === "string")
                                message.openTimeUs = $parseInt(object.openTimeUs, 10);
                            else if (typeof object.openTimeUs === "number")
                                message.openTimeUs = object.openTimeUs;
                            else if (typeof object.openTimeUs === "object")
                                message.openTimeUs = new $util.LongBits(object.openTimeUs.low >>> 0, object.openTimeUs.high >>> 0).toNumber(true);
                    if (object.open != null)
                        if (typeof object.open === "object" ? object.open.low || object.open.high : $Number(object.open) !== 0)
                            if ($util.Long)
                                message.open = $util.Long.fromValue(object.open, false);
                            else if (typeof object.open === "string")
                                message.open = $parseInt(object.open, 10);
                            else if (typeof object.open === "number")
                                message.open = object.open;
                            else if (typeof object.open === "object")
                                message.open = new $util.LongBits(object.open.low >>> 0, object.open.high >>> 0).toNumber();
                    if (object.high != null)
                        if (typeof object.high === "object" ? object.high.low || object.high.high : $Number(object.high) !== 0)
                            if ($util.Long)
                                message.high = $util.Long.fromValue(object.high, false);
                            else if (typeof object.high === "string")
                                message.high = $parseInt(object.high, 10);
                            else if (typeof object.high === "number")
                                message.high = object.high;
                            else if (typeof object.high === "object")
                                message.high = new $util.LongBits(object.high.low >>> 0, object.high.high >>> 0).toNumber();
                    if (object.low != null)
                        if (typeof object.low === "object" ? object.low.low || object.low.high : $Number(object.low) !== 0)
                            if ($util.Long)
                                message.low = $util.Long.fromValue(object.low, false);
                            else if (typeof object.low === "string")
                                message.low = $parseInt(object.low, 10);
                            else if (typeof object.low === "number")
                                message.low = object.low;
                            else if (typeof object.low === "object")
                                message.low = new $util.LongBits(object.low.low >>> 0, object.low.high >>> 0).toNumber();
                    if (object.close != null)
                        if (typeof object.close === "object" ? object.close.low || object.close.high : $Number(object.close) !== 0)
                            if ($util.Long)
                                message.close = $util.Long.fromValue(object.close, false);
                            else if (typeof object.close === "string")
                                message.close = $parseInt(object.close, 10);
                            else if (typeof object.close === "number")
                                message.close = object.close;
                            else if (typeof object.close === "object")
                                message.close = new $util.LongBits(object.close.low >>> 0, object.close.high >>> 0).toNumber();
                    if (object.volume != null)
                        if (typeof object.volume === "object" ? object.volume.low || object.volume.high : $Number(object.volume) !== 0)
                            if ($util.Long)
                                message.volume = $util.Long.fromValue(object.volume, false);
                            else if (typeof object.volume === "string")
                                message.volume = $parseInt(object.volume, 10);
                            else if (typeof object.volume === "number")
                                message.volume = object.volume;
                            else if (typeof object.volume === "object")
                                message.volume = new $util.LongBits(object.volume.low >>> 0, object.volume.high >>> 0).toNumber();
                    if (object.tradeCount != null)
                        if (typeof object.tradeCount === "object" ? object.tradeCount.low || object.tradeCount.high : $Number(object.tradeCount) !== 0)
                            if ($util.Long)
                                message.tradeCount = $util.Long.fromValue(object.tradeCount, true);
                            else if (typeof object.tradeCount === "string")
                                message.tradeCount = $parseInt(object.tradeCount, 10);
                            else if (typeof object.tradeCount === "number")
                                message.tradeCount = object.tradeCount;
                            else if (typeof object.tradeCount === "object")
                                message.tradeCount = new $util.LongBits(object.tradeCount.low >>> 0, object.tradeCount.high >>> 0).toNumber(true);
                    if (object.notional != null)
                        if (typeof object.notional === "object" ? object.notional.low || object.notional.high : $Number(object.notional) !== 0)
                            if ($util.Long)
                                message.notional = $util.Long.fromValue(object.notional, false);
                            else if (typeof object.notional === "string")
                                message.notional = $parseInt(object.notional, 10);
                            else if (typeof object.notional === "number")
                                message.notional = object.notional;
                            else if (typeof object.notional === "object")
                                message.notional = new $util.LongBits(object.notional.low >>> 0, object.notional.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a CandleClose message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {bourse.feed.v1.CandleClose} message CandleClose
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CandleClose.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.intervalS = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.openTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.openTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.open = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.open = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.high = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.high = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.low = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.low = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.close = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.close = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.volume = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.volume = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tradeCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tradeCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.notional = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.notional = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        object.intervalS = message.intervalS;
                    if (message.openTimeUs != null && $Object.hasOwnProperty.call(message, "openTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.openTimeUs = typeof message.openTimeUs === "number" ? $BigInt(message.openTimeUs) : $util.Long.fromBits(message.openTimeUs.low >>> 0, message.openTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.openTimeUs === "number")
                            object.openTimeUs = options.longs === $String ? $String(message.openTimeUs) : message.openTimeUs;
                        else
                            object.openTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.openTimeUs) : options.longs === $Number ? new $util.LongBits(message.openTimeUs.low >>> 0, message.openTimeUs.high >>> 0).toNumber(true) : message.openTimeUs;
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.open = typeof message.open === "number" ? $BigInt(message.open) : $util.Long.fromBits(message.open.low >>> 0, message.open.high >>> 0, false).toBigInt();
                        else if (typeof message.open === "number")
                            object.open = options.longs === $String ? $String(message.open) : message.open;
                        else
                            object.open = options.longs === $String ? $util.Long.prototype.toString.call(message.open) : options.longs === $Number ? new $util.LongBits(message.open.low >>> 0, message.open.high >>> 0).toNumber() : message.open;
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.high = typeof message.high === "number" ? $BigInt(message.high) : $util.Long.fromBits(message.high.low >>> 0, message.high.high >>> 0, false).toBigInt();
                        else if (typeof message.high === "number")
                            object.high = options.longs === $String ? $String(message.high) : message.high;
                        else
                            object.high = options.longs === $String ? $util.Long.prototype.toString.call(message.high) : options.longs === $Number ? new $util.LongBits(message.high.low >>> 0, message.high.high >>> 0).toNumber() : message.high;
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.low = typeof message.low === "number" ? $BigInt(message.low) : $util.Long.fromBits(message.low.low >>> 0, message.low.high >>> 0, false).toBigInt();
                        else if (typeof message.low === "number")
                            object.low = options.longs === $String ? $String(message.low) : message.low;
                        else
                            object.low = options.longs === $String ? $util.Long.prototype.toString.call(message.low) : options.longs === $Number ? new $util.LongBits(message.low.low >>> 0, message.low.high >>> 0).toNumber() : message.low;
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.close = typeof message.close === "number" ? $BigInt(message.close) : $util.Long.fromBits(message.close.low >>> 0, message.close.high >>> 0, false).toBigInt();
                        else if (typeof message.close === "number")
                            object.close = options.longs === $String ? $String(message.close) : message.close;
                        else
                            object.close = options.longs === $String ? $util.Long.prototype.toString.call(message.close) : options.longs === $Number ? new $util.LongBits(message.close.low >>> 0, message.close.high >>> 0).toNumber() : message.close;
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.volume = typeof message.volume === "number" ? $BigInt(message.volume) : $util.Long.fromBits(message.volume.low >>> 0, message.volume.high >>> 0, false).toBigInt();
                        else if (typeof message.volume === "number")
                            object.volume = options.longs === $String ? $String(message.volume) : message.volume;
                        else
                            object.volume = options.longs === $String ? $util.Long.prototype.toString.call(message.volume) : options.longs === $Number ? new $util.LongBits(message.volume.low >>> 0, message.volume.high >>> 0).toNumber() : message.volume;
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tradeCount = typeof message.tradeCount === "number" ? $BigInt(message.tradeCount) : $util.Long.fromBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0, true).toBigInt();
                        else if (typeof message.tradeCount === "number")
                            object.tradeCount = options.longs === $String ? $String(message.tradeCount) : message.tradeCount;
                        else
                            object.tradeCount = options.longs === $String ? $util.Long.prototype.toString.call(message.tradeCount) : options.longs === $Number ? new $util.LongBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0).toNumber(true) : message.tradeCount;
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.notional = typeof message.notional === "number" ? $BigInt(message.notional) : $util.Long.fromBits(message.notional.low >>> 0, message.notional.high >>> 0, false).toBigInt();
                        else if (typeof message.notional === "number")
                            object.notional = options.longs === $String ? $String(message.notional) : message.notional;
                        else
                            object.notional = options.longs === $String ? $util.Long.prototype.toString.call(message.notional) : options.longs === $Number ? new $util.LongBits(message.notional.low >>> 0, message.notional.high >>> 0).toNumber() : message.notional;
                    return object;
                };

                /**
                 * Converts this CandleClose to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.CandleClose
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CandleClose.prototype.toJSON = function() {
                    return CandleClose.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CandleClose
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.CandleClose
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CandleClose.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.CandleClose";
                };

                return CandleClose;
            })();

            v1.CandleEmptyRun = (function() {

                /**
                 * Properties of a CandleEmptyRun.
                 * @typedef {Object} bourse.feed.v1.CandleEmptyRun.$Properties
                 * @property {number|null} [symbolId] CandleEmptyRun symbolId
                 * @property {number|null} [intervalS] CandleEmptyRun intervalS
                 * @property {number|Long|null} [fromOpenTimeUs] CandleEmptyRun fromOpenTimeUs
                 * @property {number|Long|null} [toOpenTimeUs] CandleEmptyRun toOpenTimeUs
                 * @property {number|Long|null} [price] CandleEmptyRun price
                 * @property {number|Long|null} [barCount] CandleEmptyRun barCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CandleEmptyRun.
                 * @memberof bourse.feed.v1
                 * @interface ICandleEmptyRun
                 * @augments bourse.feed.v1.CandleEmptyRun.$Properties
                 * @deprecated Use bourse.feed.v1.CandleEmptyRun.$Properties instead.
                 */

                /**
                 * Shape of a CandleEmptyRun.
                 * @typedef {bourse.feed.v1.CandleEmptyRun.$Properties} bourse.feed.v1.CandleEmptyRun.$Shape
                 */

                /**
                 * Constructs a new CandleEmptyRun.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a CandleEmptyRun.
                 * @constructor
                 * @param {bourse.feed.v1.CandleEmptyRun.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CandleEmptyRun = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CandleEmptyRun symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.symbolId = 0;

                /**
                 * CandleEmptyRun intervalS.
                 * @member {number} intervalS
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.intervalS = 0;

                /**
                 * CandleEmptyRun fromOpenTimeUs.
                 * @member {number|Long} fromOpenTimeUs
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.fromOpenTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleEmptyRun toOpenTimeUs.
                 * @member {number|Long} toOpenTimeUs
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.toOpenTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CandleEmptyRun price.
                 * @member {number|Long} price
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.price = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * CandleEmptyRun barCount.
                 * @member {number|Long} barCount
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 */
                CandleEmptyRun.prototype.barCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CandleEmptyRun instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {bourse.feed.v1.CandleEmptyRun.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.CandleEmptyRun} CandleEmptyRun instance
                 * @type {{
                 *   (properties: bourse.feed.v1.CandleEmptyRun.$Shape): bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape;
                 *   (properties?: bourse.feed.v1.CandleEmptyRun.$Properties): bourse.feed.v1.CandleEmptyRun;
                 * }}
                 */
                CandleEmptyRun.create = function(properties) {
                    return new CandleEmptyRun(properties);
                };

                /**
                 * Encodes the specified CandleEmptyRun message. Does not implicitly {@link bourse.feed.v1.CandleEmptyRun.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {bourse.feed.v1.CandleEmptyRun.$Properties} message CandleEmptyRun message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleEmptyRun.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.intervalS);
                    if (message.fromOpenTimeUs != null && $Object.hasOwnProperty.call(message, "fromOpenTimeUs") && (typeof message.fromOpenTimeUs === "object" ? message.fromOpenTimeUs.low || message.fromOpenTimeUs.high : message.fromOpenTimeUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.fromOpenTimeUs);
                    if (message.toOpenTimeUs != null && $Object.hasOwnProperty.call(message, "toOpenTimeUs") && (typeof message.toOpenTimeUs === "object" ? message.toOpenTimeUs.low || message.toOpenTimeUs.high : message.toOpenTimeUs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.toOpenTimeUs);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.price);
                    if (message.barCount != null && $Object.hasOwnProperty.call(message, "barCount") && (typeof message.barCount === "object" ? message.barCount.low || message.barCount.high : message.barCount !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.barCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CandleEmptyRun message, length delimited. Does not implicitly {@link bourse.feed.v1.CandleEmptyRun.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {bourse.feed.v1.CandleEmptyRun.$Properties} message CandleEmptyRun message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CandleEmptyRun.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CandleEmptyRun message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape} CandleEmptyRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleEmptyRun.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.CandleEmptyRun();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.intervalS = value;
                                else
                                    delete message.intervalS;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fromOpenTimeUs = value;
                                else
                                    delete message.fromOpenTimeUs;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.toOpenTimeUs = value;
                                else
                                    delete message.toOpenTimeUs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.barCount = value;
                                else
                                    delete message.barCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CandleEmptyRun message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.CandleEmptyRun & bourse.feed.v1.CandleEmptyRun.$Shape} CandleEmptyRun
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CandleEmptyRun.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CandleEmptyRun message.
                 * @function verify
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CandleEmptyRun.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        if (!$util.isInteger(message.intervalS))
                            return "intervalS: integer expected";
                    if (message.fromOpenTimeUs != null && $Object.hasOwnProperty.call(message, "fromOpenTimeUs"))
                        if (!$util.isInteger(message.fromOpenTimeUs) && !(message.fromOpenTimeUs && $util.isInteger(message.fromOpenTimeUs.low) && $util.isInteger(message.fromOpenTimeUs.high)))
                            return "fromOpenTimeUs: integer|Long expected";
                    if (message.toOpenTimeUs != null && $Object.hasOwnProperty.call(message, "toOpenTimeUs"))
                        if (!$util.isInteger(message.toOpenTimeUs) && !(message.toOpenTimeUs && $util.isInteger(message.toOpenTimeUs.low) && $util.isInteger(message.toOpenTimeUs.high)))
                            return "toOpenTimeUs: integer|Long expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.barCount != null && $Object.hasOwnProperty.call(message, "barCount"))
                        if (!$util.isInteger(message.barCount) && !(message.barCount && $util.isInteger(message.barCount.low) && $util.isInteger(message.barCount.high)))
                            return "barCount: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CandleEmptyRun message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.CandleEmptyRun} CandleEmptyRun
                 */
                CandleEmptyRun.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.CandleEmptyRun)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.CandleEmptyRun: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.CandleEmptyRun();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.intervalS != null)
                        if ($Number(object.intervalS) !== 0)
                            message.intervalS = object.intervalS >>> 0;
                    if (object.fromOpenTimeUs != null)
                        if (typeof object.fromOpenTimeUs === "object" ? object.fromOpenTimeUs.low || object.fromOpenTimeUs.high : $Number(object.fromOpenTimeUs) !== 0)
                            if ($util.Long)
                                message.fromOpenTimeUs = $util.Long.fromValue(object.fromOpenTimeUs, true);
                            else if (typeof object.fromOpenTimeUs === "string")
                                message.fromOpenTimeUs = $parseInt(object.fromOpenTimeUs, 10);
                            else if (typeof object.fromOpenTimeUs === "number")
                                message.fromOpenTimeUs = object.fromOpenTimeUs;
                            else if (typeof object.fromOpenTimeUs === "object")
                                message.fromOpenTimeUs = new $util.LongBits(object.fromOpenTimeUs.low >>> 0, object.fromOpenTimeUs.high >>> 0).toNumber(true);
                    if (object.toOpenTimeUs != null)
                        if (typeof object.toOpenTimeUs === "object" ? object.toOpenTimeUs.low || object.toOpenTimeUs.high : $Number(object.toOpenTimeUs) !== 0)
                            if ($util.Long)
                                message.toOpenTimeUs = $util.Long.fromValue(object.toOpenTimeUs, true);
                            else if (typeof object.toOpenTimeUs === "string")
                                message.toOpenTimeUs = $parseInt(object.toOpenTimeUs, 10);
                            else if (typeof object.toOpenTimeUs === "number")
                                message.toOpenTimeUs = object.toOpenTimeUs;
                            else if (typeof object.toOpenTimeUs === "object")
                                message.toOpenTimeUs = new $util.LongBits(object.toOpenTimeUs.low >>> 0, object.toOpenTimeUs.high >>> 0).toNumber(true);
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, false);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber();
                    if (object.barCount != null)
                        if (typeof object.barCount === "object" ? object.barCount.low || object.barCount.high : $Number(object.barCount) !== 0)
                            if ($util.Long)
                                message.barCount = $util.Long.fromValue(object.barCount, true);
                            else if (typeof object.barCount === "string")
                                message.barCount = $parseInt(object.barCount, 10);
                            else if (typeof object.barCount === "number")
                                message.barCount = object.barCount;
                            else if (typeof object.barCount === "object")
                                message.barCount = new $util.LongBits(object.barCount.low >>> 0, object.barCount.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a CandleEmptyRun message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {bourse.feed.v1.CandleEmptyRun} message CandleEmptyRun
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CandleEmptyRun.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.intervalS = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromOpenTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.fromOpenTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.toOpenTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.toOpenTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.barCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.barCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                        object.intervalS = message.intervalS;
                    if (message.fromOpenTimeUs != null && $Object.hasOwnProperty.call(message, "fromOpenTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fromOpenTimeUs = typeof message.fromOpenTimeUs === "number" ? $BigInt(message.fromOpenTimeUs) : $util.Long.fromBits(message.fromOpenTimeUs.low >>> 0, message.fromOpenTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.fromOpenTimeUs === "number")
                            object.fromOpenTimeUs = options.longs === $String ? $String(message.fromOpenTimeUs) : message.fromOpenTimeUs;
                        else
                            object.fromOpenTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.fromOpenTimeUs) : options.longs === $Number ? new $util.LongBits(message.fromOpenTimeUs.low >>> 0, message.fromOpenTimeUs.high >>> 0).toNumber(true) : message.fromOpenTimeUs;
                    if (message.toOpenTimeUs != null && $Object.hasOwnProperty.call(message, "toOpenTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.toOpenTimeUs = typeof message.toOpenTimeUs === "number" ? $BigInt(message.toOpenTimeUs) : $util.Long.fromBits(message.toOpenTimeUs.low >>> 0, message.toOpenTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.toOpenTimeUs === "number")
                            object.toOpenTimeUs = options.longs === $String ? $String(message.toOpenTimeUs) : message.toOpenTimeUs;
                        else
                            object.toOpenTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.toOpenTimeUs) : options.longs === $Number ? new $util.LongBits(message.toOpenTimeUs.low >>> 0, message.toOpenTimeUs.high >>> 0).toNumber(true) : message.toOpenTimeUs;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, false).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber() : message.price;
                    if (message.barCount != null && $Object.hasOwnProperty.call(message, "barCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.barCount = typeof message.barCount === "number" ? $BigInt(message.barCount) : $util.Long.fromBits(message.barCount.low >>> 0, message.barCount.high >>> 0, true).toBigInt();
                        else if (typeof message.barCount === "number")
                            object.barCount = options.longs === $String ? $String(message.barCount) : message.barCount;
                        else
                            object.barCount = options.longs === $String ? $util.Long.prototype.toString.call(message.barCount) : options.longs === $Number ? new $util.LongBits(message.barCount.low >>> 0, message.barCount.high >>> 0).toNumber(true) : message.barCount;
                    return object;
                };

                /**
                 * Converts this CandleEmptyRun to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CandleEmptyRun.prototype.toJSON = function() {
                    return CandleEmptyRun.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CandleEmptyRun
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.CandleEmptyRun
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CandleEmptyRun.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.CandleEmptyRun";
                };

                return CandleEmptyRun;
            })();

            v1.AuctionInfo = (function() {

                /**
                 * Properties of an AuctionInfo.
                 * @typedef {Object} bourse.feed.v1.AuctionInfo.$Properties
                 * @property {number|null} [symbolId] AuctionInfo symbolId
                 * @property {boolean|null} [uncross] AuctionInfo uncross
                 * @property {number|Long|null} [price] AuctionInfo price
                 * @property {number|Long|null} [matchedQty] AuctionInfo matchedQty
                 * @property {number|Long|null} [imbalanceQty] AuctionInfo imbalanceQty
                 * @property {bourse.feed.v1.Side|null} [imbalanceSide] AuctionInfo imbalanceSide
                 * @property {bourse.feed.v1.Status|null} [callStatus] AuctionInfo callStatus
                 * @property {number|Long|null} [referencePrice] AuctionInfo referencePrice
                 * @property {number|Long|null} [timeUs] AuctionInfo timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AuctionInfo.
                 * @memberof bourse.feed.v1
                 * @interface IAuctionInfo
                 * @augments bourse.feed.v1.AuctionInfo.$Properties
                 * @deprecated Use bourse.feed.v1.AuctionInfo.$Properties instead.
                 */

                /**
                 * Shape of an AuctionInfo.
                 * @typedef {bourse.feed.v1.AuctionInfo.$Properties} bourse.feed.v1.AuctionInfo.$Shape
                 */

                /**
                 * Constructs a new AuctionInfo.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents an AuctionInfo.
                 * @constructor
                 * @param {bourse.feed.v1.AuctionInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AuctionInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AuctionInfo symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.symbolId = 0;

                /**
                 * AuctionInfo uncross.
                 * @member {boolean} uncross
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.uncross = false;

                /**
                 * AuctionInfo price.
                 * @member {number|Long} price
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.price = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * AuctionInfo matchedQty.
                 * @member {number|Long} matchedQty
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.matchedQty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * AuctionInfo imbalanceQty.
                 * @member {number|Long} imbalanceQty
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.imbalanceQty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * AuctionInfo imbalanceSide.
                 * @member {bourse.feed.v1.Side} imbalanceSide
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.imbalanceSide = 0;

                /**
                 * AuctionInfo callStatus.
                 * @member {bourse.feed.v1.Status} callStatus
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.callStatus = 0;

                /**
                 * AuctionInfo referencePrice.
                 * @member {number|Long} referencePrice
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.referencePrice = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * AuctionInfo timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 */
                AuctionInfo.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new AuctionInfo instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {bourse.feed.v1.AuctionInfo.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.AuctionInfo} AuctionInfo instance
                 * @type {{
                 *   (properties: bourse.feed.v1.AuctionInfo.$Shape): bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape;
                 *   (properties?: bourse.feed.v1.AuctionInfo.$Properties): bourse.feed.v1.AuctionInfo;
                 * }}
                 */
                AuctionInfo.create = function(properties) {
                    return new AuctionInfo(properties);
                };

                /**
                 * Encodes the specified AuctionInfo message. Does not implicitly {@link bourse.feed.v1.AuctionInfo.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {bourse.feed.v1.AuctionInfo.$Properties} message AuctionInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuctionInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.uncross != null && $Object.hasOwnProperty.call(message, "uncross") && message.uncross !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.uncross);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.price);
                    if (message.matchedQty != null && $Object.hasOwnProperty.call(message, "matchedQty") && (typeof message.matchedQty === "object" ? message.matchedQty.low || message.matchedQty.high : message.matchedQty !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.matchedQty);
                    if (message.imbalanceQty != null && $Object.hasOwnProperty.call(message, "imbalanceQty") && (typeof message.imbalanceQty === "object" ? message.imbalanceQty.low || message.imbalanceQty.high : message.imbalanceQty !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.imbalanceQty);
                    if (message.imbalanceSide != null && $Object.hasOwnProperty.call(message, "imbalanceSide") && message.imbalanceSide !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.imbalanceSide);
                    if (message.callStatus != null && $Object.hasOwnProperty.call(message, "callStatus") && message.callStatus !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.callStatus);
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice") && (typeof message.referencePrice === "object" ? message.referencePrice.low || message.referencePrice.high : message.referencePrice !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.referencePrice);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AuctionInfo message, length delimited. Does not implicitly {@link bourse.feed.v1.AuctionInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {bourse.feed.v1.AuctionInfo.$Properties} message AuctionInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuctionInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AuctionInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape} AuctionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuctionInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.AuctionInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.uncross = value;
                                else
                                    delete message.uncross;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.matchedQty = value;
                                else
                                    delete message.matchedQty;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.imbalanceQty = value;
                                else
                                    delete message.imbalanceQty;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.imbalanceSide = value;
                                else
                                    delete message.imbalanceSide;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.callStatus = value;
                                else
                                    delete message.callStatus;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.referencePrice = value;
                                else
                                    delete message.referencePrice;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeUs = value;
                                else
                                    delete message.timeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an AuctionInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.AuctionInfo & bourse.feed.v1.AuctionInfo.$Shape} AuctionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuctionInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AuctionInfo message.
                 * @function verify
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AuctionInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.uncross != null && $Object.hasOwnProperty.call(message, "uncross"))
                        if (typeof message.uncross !== "boolean")
                            return "uncross: boolean expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.matchedQty != null && $Object.hasOwnProperty.call(message, "matchedQty"))
                        if (!$util.isInteger(message.matchedQty) && !(message.matchedQty && $util.isInteger(message.matchedQty.low) && $util.isInteger(message.matchedQty.high)))
                            return "matchedQty: integer|Long expected";
                    if (message.imbalanceQty != null && $Object.hasOwnProperty.call(message, "imbalanceQty"))
                        if (!$util.isInteger(message.imbalanceQty) && !(message.imbalanceQty && $util.isInteger(message.imbalanceQty.low) && $util.isInteger(message.imbalanceQty.high)))
                            return "imbalanceQty: integer|Long expected";
                    if (message.imbalanceSide != null && $Object.hasOwnProperty.call(message, "imbalanceSide"))
                        if (typeof message.imbalanceSide !== "number" || (message.imbalanceSide | 0) !== message.imbalanceSide)
                            return "imbalanceSide: enum value expected";
                    if (message.callStatus != null && $Object.hasOwnProperty.call(message, "callStatus"))
                        if (typeof message.callStatus !== "number" || (message.callStatus | 0) !== message.callStatus)
                            return "callStatus: enum value expected";
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice"))
                        if (!$util.isInteger(message.referencePrice) && !(message.referencePrice && $util.isInteger(message.referencePrice.low) && $util.isInteger(message.referencePrice.high)))
                            return "referencePrice: integer|Long expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an AuctionInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.AuctionInfo} AuctionInfo
                 */
                AuctionInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.AuctionInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.AuctionInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.AuctionInfo();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.uncross != null)
                        if (object.uncross)
                            message.uncross = $Boolean(object.uncross);
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, false);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber();
                    if (object.matchedQty != null)
                        if (typeof object.matchedQty === "object" ? object.matchedQty.low || object.matchedQty.high : $Number(object.matchedQty) !== 0)
                            if ($util.Long)
                                message.matchedQty = $util.Long.fromValue(object.matchedQty, false);
                            else if (typeof object.matchedQty === "string")
                                message.matchedQty = $parseInt(object.matchedQty, 10);
                            else if (typeof object.matchedQty === "number")
                                message.matchedQty = object.matchedQty;
                            else if (typeof object.matchedQty === "object")
                                message.matchedQty = new $util.LongBits(object.matchedQty.low >>> 0, object.matchedQty.high >>> 0).toNumber();
                    if (object.imbalanceQty != null)
                        if (typeof object.imbalanceQty === "object" ? object.imbalanceQty.low || object.imbalanceQty.high : $Number(object.imbalanceQty) !== 0)
                            if ($util.Long)
                                message.imbalanceQty = $util.Long.fromValue(object.imbalanceQty, false);
                            else if (typeof object.imbalanceQty === "string")
                                message.imbalanceQty = $parseInt(object.imbalanceQty, 10);
                            else if (typeof object.imbalanceQty === "number")
                                message.imbalanceQty = object.imbalanceQty;
                            else if (typeof object.imbalanceQty === "object")
                                message.imbalanceQty = new $util.LongBits(object.imbalanceQty.low >>> 0, object.imbalanceQty.high >>> 0).toNumber();
                    if (object.imbalanceSide !== 0 && (typeof object.imbalanceSide !== "string" || $root.bourse.feed.v1.Side[object.imbalanceSide] !== 0))
                        switch (object.imbalanceSide) {
                        case "SIDE_UNSPECIFIED":
                        case 0:
                            message.imbalanceSide = 0;
                            break;
                        case "SIDE_BUY":
                        case 1:
                            message.imbalanceSide = 1;
                            break;
                        case "SIDE_SELL":
                        case 2:
                            message.imbalanceSide = 2;
                            break;
                        default:
                            if (typeof object.imbalanceSide === "number" && (object.imbalanceSide | 0) === object.imbalanceSide)
                                message.imbalanceSide = object.imbalanceSide;
                        }
                    if (object.callStatus !== 0 && (typeof object.callStatus !== "string" || $root.bourse.feed.v1.Status[object.callStatus] !== 0))
                        switch (object.callStatus) {
                        case "STATUS_UNSPECIFIED":
                        case 0:
                            message.callStatus = 0;
                            break;
                        case "STATUS_OPEN":
                        case 1:
                            message.callStatus = 1;
                            break;
                        case "STATUS_HALTED":
                        case 2:
                            message.callStatus = 2;
                            break;
                        case "STATUS_PRE_OPEN":
                        case 3:
                            message.callStatus = 3;
                            break;
                        case "STATUS_OPENING_AUCTION":
                        case 4:
                            message.callStatus = 4;
                            break;
                        case "STATUS_CLOSING_AUCTION":
                        case 5:
                            message.callStatus = 5;
                            break;
                        case "STATUS_CLOSED":
                        case 6:
                            message.callStatus = 6;
                            break;
                        case "STATUS_REOPENING_AUCTION":
                        case 7:
                            message.callStatus = 7;
                            break;
                        default:
                            if (typeof object.callStatus === "number" && (object.callStatus | 0) === object.callStatus)
                                message.callStatus = object.callStatus;
                        }
                    if (object.referencePrice != null)
                        if (typeof object.referencePrice === "object" ? object.referencePrice.low || object.referencePrice.high : $Number(object.referencePrice) !== 0)
                            if ($util.Long)
                                message.referencePrice = $util.Long.fromValue(object.referencePrice, false);
                            else if (typeof object.referencePrice === "string")
                                message.referencePrice = $parseInt(object.referencePrice, 10);
                            else if (typeof object.referencePrice === "number")
                                message.referencePrice = object.referencePrice;
                            else if (typeof object.referencePrice === "object")
                                message.referencePrice = new $util.LongBits(object.referencePrice.low >>> 0, object.referencePrice.high >>> 0).toNumber();
                    if (object.timeUs != null)
                        if (typeof object.timeUs === "object" ? object.timeUs.low || object.timeUs.high : $Number(object.timeUs) !== 0)
                            if ($util.Long)
                                message.timeUs = $util.Long.fromValue(object.timeUs, true);
                            else if (typeof object.timeUs === "string")
                                message.timeUs = $parseInt(object.timeUs, 10);
                            else if (typeof object.timeUs === "number")
                                message.timeUs = object.timeUs;
                            else if (typeof object.timeUs === "object")
                                message.timeUs = new $util.LongBits(object.timeUs.low >>> 0, object.timeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an AuctionInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {bourse.feed.v1.AuctionInfo} message AuctionInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AuctionInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.uncross = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.matchedQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.matchedQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.imbalanceQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.imbalanceQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.imbalanceSide = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        object.callStatus = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.referencePrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.referencePrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.uncross != null && $Object.hasOwnProperty.call(message, "uncross"))
                        object.uncross = message.uncross;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, false).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber() : message.price;
                    if (message.matchedQty != null && $Object.hasOwnProperty.call(message, "matchedQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.matchedQty = typeof message.matchedQty === "number" ? $BigInt(message.matchedQty) : $util.Long.fromBits(message.matchedQty.low >>> 0, message.matchedQty.high >>> 0, false).toBigInt();
                        else if (typeof message.matchedQty === "number")
                            object.matchedQty = options.longs === $String ? $String(message.matchedQty) : message.matchedQty;
                        else
                            object.matchedQty = options.longs === $String ? $util.Long.prototype.toString.call(message.matchedQty) : options.longs === $Number ? new $util.LongBits(message.matchedQty.low >>> 0, message.matchedQty.high >>> 0).toNumber() : message.matchedQty;
                    if (message.imbalanceQty != null && $Object.hasOwnProperty.call(message, "imbalanceQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.imbalanceQty = typeof message.imbalanceQty === "number" ? $BigInt(message.imbalanceQty) : $util.Long.fromBits(message.imbalanceQty.low >>> 0, message.imbalanceQty.high >>> 0, false).toBigInt();
                        else if (typeof message.imbalanceQty === "number")
                            object.imbalanceQty = options.longs === $String ? $String(message.imbalanceQty) : message.imbalanceQty;
                        else
                            object.imbalanceQty = options.longs === $String ? $util.Long.prototype.toString.call(message.imbalanceQty) : options.longs === $Number ? new $util.LongBits(message.imbalanceQty.low >>> 0, message.imbalanceQty.high >>> 0).toNumber() : message.imbalanceQty;
                    if (message.imbalanceSide != null && $Object.hasOwnProperty.call(message, "imbalanceSide"))
                        object.imbalanceSide = options.enums === $String ? $root.bourse.feed.v1.Side[message.imbalanceSide] === $undefined ? message.imbalanceSide : $root.bourse.feed.v1.Side[message.imbalanceSide] : message.imbalanceSide;
                    if (message.callStatus != null && $Object.hasOwnProperty.call(message, "callStatus"))
                        object.callStatus = options.enums === $String ? $root.bourse.feed.v1.Status[message.callStatus] === $undefined ? message.callStatus : $root.bourse.feed.v1.Status[message.callStatus] : message.callStatus;
                    if (message.referencePrice != null && $Object.hasOwnProperty.call(message, "referencePrice"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.referencePrice = typeof message.referencePrice === "number" ? $BigInt(message.referencePrice) : $util.Long.fromBits(message.referencePrice.low >>> 0, message.referencePrice.high >>> 0, false).toBigInt();
                        else if (typeof message.referencePrice === "number")
                            object.referencePrice = options.longs === $String ? $String(message.referencePrice) : message.referencePrice;
                        else
                            object.referencePrice = options.longs === $String ? $util.Long.prototype.toString.call(message.referencePrice) : options.longs === $Number ? new $util.LongBits(message.referencePrice.low >>> 0, message.referencePrice.high >>> 0).toNumber() : message.referencePrice;
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeUs = typeof message.timeUs === "number" ? $BigInt(message.timeUs) : $util.Long.fromBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeUs === "number")
                            object.timeUs = options.longs === $String ? $String(message.timeUs) : message.timeUs;
                        else
                            object.timeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUs) : options.longs === $Number ? new $util.LongBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0).toNumber(true) : message.timeUs;
                    return object;
                };

                /**
                 * Converts this AuctionInfo to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AuctionInfo.prototype.toJSON = function() {
                    return AuctionInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AuctionInfo
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.AuctionInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AuctionInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.AuctionInfo";
                };

                return AuctionInfo;
            })();

            v1.DaySummary = (function() {

                /**
                 * Properties of a DaySummary.
                 * @typedef {Object} bourse.feed.v1.DaySummary.$Properties
                 * @property {number|null} [symbolId] DaySummary symbolId
                 * @property {number|Long|null} [closeTimeUs] DaySummary closeTimeUs
                 * @property {number|Long|null} [open] DaySummary open
                 * @property {number|Long|null} [high] DaySummary high
                 * @property {number|Long|null} [low] DaySummary low
                 * @property {number|Long|null} [close] DaySummary close
                 * @property {number|Long|null} [volume] DaySummary volume
                 * @property {number|Long|null} [tradeCount] DaySummary tradeCount
                 * @property {number|Long|null} [notional] DaySummary notional
                 * @property {boolean|null} [openFromAuction] DaySummary openFromAuction
                 * @property {boolean|null} [closeFromAuction] DaySummary closeFromAuction
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DaySummary.
                 * @memberof bourse.feed.v1
                 * @interface IDaySummary
                 * @augments bourse.feed.v1.DaySummary.$Properties
                 * @deprecated Use bourse.feed.v1.DaySummary.$Properties instead.
                 */

                /**
                 * Shape of a DaySummary.
                 * @typedef {bourse.feed.v1.DaySummary.$Properties} bourse.feed.v1.DaySummary.$Shape
                 */

                /**
                 * Constructs a new DaySummary.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a DaySummary.
                 * @constructor
                 * @param {bourse.feed.v1.DaySummary.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DaySummary = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DaySummary symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.symbolId = 0;

                /**
                 * DaySummary closeTimeUs.
                 * @member {number|Long} closeTimeUs
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.closeTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DaySummary open.
                 * @member {number|Long} open
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.open = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary high.
                 * @member {number|Long} high
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.high = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary low.
                 * @member {number|Long} low
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.low = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary close.
                 * @member {number|Long} close
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.close = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary volume.
                 * @member {number|Long} volume
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.volume = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary tradeCount.
                 * @member {number|Long} tradeCount
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.tradeCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DaySummary notional.
                 * @member {number|Long} notional
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.notional = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DaySummary openFromAuction.
                 * @member {boolean} openFromAuction
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.openFromAuction = false;

                /**
                 * DaySummary closeFromAuction.
                 * @member {boolean} closeFromAuction
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 */
                DaySummary.prototype.closeFromAuction = false;

                /**
                 * Creates a new DaySummary instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {bourse.feed.v1.DaySummary.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.DaySummary} DaySummary instance
                 * @type {{
                 *   (properties: bourse.feed.v1.DaySummary.$Shape): bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape;
                 *   (properties?: bourse.feed.v1.DaySummary.$Properties): bourse.feed.v1.DaySummary;
                 * }}
                 */
                DaySummary.create = function(properties) {
                    return new DaySummary(properties);
                };

                /**
                 * Encodes the specified DaySummary message. Does not implicitly {@link bourse.feed.v1.DaySummary.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {bourse.feed.v1.DaySummary.$Properties} message DaySummary message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DaySummary.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.closeTimeUs != null && $Object.hasOwnProperty.call(message, "closeTimeUs") && (typeof message.closeTimeUs === "object" ? message.closeTimeUs.low || message.closeTimeUs.high : message.closeTimeUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.closeTimeUs);
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open") && (typeof message.open === "object" ? message.open.low || message.open.high : message.open !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.open);
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high") && (typeof message.high === "object" ? message.high.low || message.high.high : message.high !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.high);
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low") && (typeof message.low === "object" ? message.low.low || message.low.high : message.low !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.low);
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close") && (typeof message.close === "object" ? message.close.low || message.close.high : message.close !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.close);
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && (typeof message.volume === "object" ? message.volume.low || message.volume.high : message.volume !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.volume);
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount") && (typeof message.tradeCount === "object" ? message.tradeCount.low || message.tradeCount.high : message.tradeCount !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tradeCount);
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional") && (typeof message.notional === "object" ? message.notional.low || message.notional.high : message.notional !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.notional);
                    if (message.openFromAuction != null && $Object.hasOwnProperty.call(message, "openFromAuction") && message.openFromAuction !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.openFromAuction);
                    if (message.closeFromAuction != null && $Object.hasOwnProperty.call(message, "closeFromAuction") && message.closeFromAuction !== false)
                        writer.uint32(/* id 11, wireType 0 =*/88).bool(message.closeFromAuction);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DaySummary message, length delimited. Does not implicitly {@link bourse.feed.v1.DaySummary.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {bourse.feed.v1.DaySummary.$Properties} message DaySummary message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DaySummary.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DaySummary message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape} DaySummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DaySummary.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.DaySummary();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.closeTimeUs = value;
                                else
                                    delete message.closeTimeUs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.open = value;
                                else
                                    delete message.open;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.high = value;
                                else
                                    delete message.high;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.low = value;
                                else
                                    delete message.low;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.close = value;
                                else
                                    delete message.close;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.volume = value;
                                else
                                    delete message.volume;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tradeCount = value;
                                else
                                    delete message.tradeCount;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.notional = value;
                                else
                                    delete message.notional;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.openFromAuction = value;
                                else
                                    delete message.openFromAuction;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.closeFromAuction = value;
                                else
                                    delete message.closeFromAuction;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DaySummary message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.DaySummary & bourse.feed.v1.DaySummary.$Shape} DaySummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DaySummary.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DaySummary message.
                 * @function verify
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DaySummary.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.closeTimeUs != null && $Object.hasOwnProperty.call(message, "closeTimeUs"))
                        if (!$util.isInteger(message.closeTimeUs) && !(message.closeTimeUs && $util.isInteger(message.closeTimeUs.low) && $util.isInteger(message.closeTimeUs.high)))
                            return "closeTimeUs: integer|Long expected";
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (!$util.isInteger(message.open) && !(message.open && $util.isInteger(message.open.low) && $util.isInteger(message.open.high)))
                            return "open: integer|Long expected";
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (!$util.isInteger(message.high) && !(message.high && $util.isInteger(message.high.low) && $util.isInteger(message.high.high)))
                            return "high: integer|Long expected";
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (!$util.isInteger(message.low) && !(message.low && $util.isInteger(message.low.low) && $util.isInteger(message.low.high)))
                            return "low: integer|Long expected";
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (!$util.isInteger(message.close) && !(message.close && $util.isInteger(message.close.low) && $util.isInteger(message.close.high)))
                            return "close: integer|Long expected";
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (!$util.isInteger(message.volume) && !(message.volume && $util.isInteger(message.volume.low) && $util.isInteger(message.volume.high)))
                            return "volume: integer|Long expected";
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (!$util.isInteger(message.tradeCount) && !(message.tradeCount && $util.isInteger(message.tradeCount.low) && $util.isInteger(message.tradeCount.high)))
                            return "tradeCount: integer|Long expected";
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (!$util.isInteger(message.notional) && !(message.notional && $util.isInteger(message.notional.low) && $util.isInteger(message.notional.high)))
                            return "notional: integer|Long expected";
                    if (message.openFromAuction != null && $Object.hasOwnProperty.call(message, "openFromAuction"))
                        if (typeof message.openFromAuction !== "boolean")
                            return "openFromAuction: boolean expected";
                    if (message.closeFromAuction != null && $Object.hasOwnProperty.call(message, "closeFromAuction"))
                        if (typeof message.closeFromAuction !== "boolean")
                            return "closeFromAuction: boolean expected";
                    return null;
                };

                /**
                 * Creates a DaySummary message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.DaySummary} DaySummary
                 */
                DaySummary.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.DaySummary)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.DaySummary: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.DaySummary();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.closeTimeUs != null)
                        if (typeof object.closeTimeUs === "object" ? object.closeTimeUs.low || object.closeTimeUs.high : $Number(object.closeTimeUs) !== 0)
                            if ($util.Long)
                                message.closeTimeUs = $util.Long.fromValue(object.closeTimeUs, true);
                            else if (typeof object.closeTimeUs === "string")
                                message.closeTimeUs = $parseInt(object.closeTimeUs, 10);
                            else if (typeof object.closeTimeUs === "number")
                                message.closeTimeUs = object.closeTimeUs;
                            else if (typeof object.closeTimeUs === "object")
                                message.closeTimeUs = new $util.LongBits(object.closeTimeUs.low >>> 0, object.closeTimeUs.high >>> 0).toNumber(true);
                    if (object.open != null)
                        if (typeof object.open === "object" ? object.open.low || object.open.high : $Number(object.open) !== 0)
                            if ($util.Long)
                                message.open = $util.Long.fromValue(object.open, false);
                            else if (typeof object.open === "string")
                                message.open = $parseInt(object.open, 10);
                            else if (typeof object.open === "number")
                                message.open = object.open;
                            else if (typeof object.open === "object")
                                message.open = new $util.LongBits(object.open.low >>> 0, object.open.high >>> 0).toNumber();
                    if (object.high != null)
                        if (typeof object.high === "object" ? object.high.low || object.high.high : $Number(object.high) !== 0)
                            if ($util.Long)
                                message.high = $util.Long.fromValue(object.high, false);
                            else if (typeof object.high === "string")
                                message.high = $parseInt(object.high, 10);
                            else if (typeof object.high === "number")
                                message.high = object.high;
                            else if (typeof object.high === "object")
                                message.high = new $util.LongBits(object.high.low >>> 0, object.high.high >>> 0).toNumber();
                    if (object.low != null)
                        if (typeof object.low === "object" ? object.low.low || object.low.high : $Number(object.low) !== 0)
                            if ($util.Long)
                                message.low = $util.Long.fromValue(object.low, false);
                            else if (typeof object.low === "string")
                                message.low = $parseInt(object.low, 10);
                            else if (typeof object.low === "number")
                                message.low = object.low;
                            else if (typeof object.low === "object")
                                message.low = new $util.LongBits(object.low.low >>> 0, object.low.high >>> 0).toNumber();
                    if (object.close != null)
                        if (typeof object.close === "object" ? object.close.low || object.close.high : $Number(object.close) !== 0)
                            if ($util.Long)
                                message.close = $util.Long.fromValue(object.close, false);
                            else if (typeof object.close === "string")
                                message.close = $parseInt(object.close, 10);
                            else if (typeof object.close === "number")
                                message.close = object.close;
                            else if (typeof object.close === "object")
                                message.close = new $util.LongBits(object.close.low >>> 0, object.close.high >>> 0).toNumber();
                    if (object.volume != null)
                        if (typeof object.volume === "object" ? object.volume.low || object.volume.high : $Number(object.volume) !== 0)
                            if ($util.Long)
                                message.volume = $util.Long.fromValue(object.volume, false);
                            else if (typeof object.volume === "string")
                                message.volume = $parseInt(object.volume, 10);
                            else if (typeof object.volume === "number")
                                message.volume = object.volume;
                            else if (typeof object.volume === "object")
                                message.volume = new $util.LongBits(object.volume.low >>> 0, object.volume.high >>> 0).toNumber();
                    if (object.tradeCount != null)
                        if (typeof object.tradeCount === "object" ? object.tradeCount.low || object.tradeCount.high : $Number(object.tradeCount) !== 0)
                            if ($util.Long)
                                message.tradeCount = $util.Long.fromValue(object.tradeCount, true);
                            else if (typeof object.tradeCount === "string")
                                message.tradeCount = $parseInt(object.tradeCount, 10);
                            else if (typeof object.tradeCount === "number")
                                message.tradeCount = object.tradeCount;
                            else if (typeof object.tradeCount === "object")
                                message.tradeCount = new $util.LongBits(object.tradeCount.low >>> 0, object.tradeCount.high >>> 0).toNumber(true);
                    if (object.notional != null)
                        if (typeof object.notional === "object" ? object.notional.low || object.notional.high : $Number(object.notional) !== 0)
                            if ($util.Long)
                                message.notional = $util.Long.fromValue(object.notional, false);
                            else if (typeof object.notional === "string")
                                message.notional = $parseInt(object.notional, 10);
                            else if (typeof object.notional === "number")
                                message.notional = object.notional;
                            else if (typeof object.notional === "object")
                                message.notional = new $util.LongBits(object.notional.low >>> 0, object.notional.high >>> 0).toNumber();
                    if (object.openFromAuction != null)
                        if (object.openFromAuction)
                            message.openFromAuction = $Boolean(object.openFromAuction);
                    if (object.closeFromAuction != null)
                        if (object.closeFromAuction)
                            message.closeFromAuction = $Boolean(object.closeFromAuction);
                    return message;
                };

                /**
                 * Creates a plain object from a DaySummary message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {bourse.feed.v1.DaySummary} message DaySummary
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DaySummary.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.closeTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.closeTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.open = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.open = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.high = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.high = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.low = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.low = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.close = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.close = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.volume = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.volume = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tradeCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tradeCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.notional = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.notional = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.openFromAuction = false;
                        object.closeFromAuction = false;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.closeTimeUs != null && $Object.hasOwnProperty.call(message, "closeTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.closeTimeUs = typeof message.closeTimeUs === "number" ? $BigInt(message.closeTimeUs) : $util.Long.fromBits(message.closeTimeUs.low >>> 0, message.closeTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.closeTimeUs === "number")
                            object.closeTimeUs = options.longs === $String ? $String(message.closeTimeUs) : message.closeTimeUs;
                        else
                            object.closeTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.closeTimeUs) : options.longs === $Number ? new $util.LongBits(message.closeTimeUs.low >>> 0, message.closeTimeUs.high >>> 0).toNumber(true) : message.closeTimeUs;
                    if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.open = typeof message.open === "number" ? $BigInt(message.open) : $util.Long.fromBits(message.open.low >>> 0, message.open.high >>> 0, false).toBigInt();
                        else if (typeof message.open === "number")
                            object.open = options.longs === $String ? $String(message.open) : message.open;
                        else
                            object.open = options.longs === $String ? $util.Long.prototype.toString.call(message.open) : options.longs === $Number ? new $util.LongBits(message.open.low >>> 0, message.open.high >>> 0).toNumber() : message.open;
                    if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.high = typeof message.high === "number" ? $BigInt(message.high) : $util.Long.fromBits(message.high.low >>> 0, message.high.high >>> 0, false).toBigInt();
                        else if (typeof message.high === "number")
                            object.high = options.longs === $String ? $String(message.high) : message.high;
                        else
                            object.high = options.longs === $String ? $util.Long.prototype.toString.call(message.high) : options.longs === $Number ? new $util.LongBits(message.high.low >>> 0, message.high.high >>> 0).toNumber() : message.high;
                    if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.low = typeof message.low === "number" ? $BigInt(message.low) : $util.Long.fromBits(message.low.low >>> 0, message.low.high >>> 0, false).toBigInt();
                        else if (typeof message.low === "number")
                            object.low = options.longs === $String ? $String(message.low) : message.low;
                        else
                            object.low = options.longs === $String ? $util.Long.prototype.toString.call(message.low) : options.longs === $Number ? new $util.LongBits(message.low.low >>> 0, message.low.high >>> 0).toNumber() : message.low;
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.close = typeof message.close === "number" ? $BigInt(message.close) : $util.Long.fromBits(message.close.low >>> 0, message.close.high >>> 0, false).toBigInt();
                        else if (typeof message.close === "number")
                            object.close = options.longs === $String ? $String(message.close) : message.close;
                        else
                            object.close = options.longs === $String ? $util.Long.prototype.toString.call(message.close) : options.longs === $Number ? new $util.LongBits(message.close.low >>> 0, message.close.high >>> 0).toNumber() : message.close;
                    if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.volume = typeof message.volume === "number" ? $BigInt(message.volume) : $util.Long.fromBits(message.volume.low >>> 0, message.volume.high >>> 0, false).toBigInt();
                        else if (typeof message.volume === "number")
                            object.volume = options.longs === $String ? $String(message.volume) : message.volume;
                        else
                            object.volume = options.longs === $String ? $util.Long.prototype.toString.call(message.volume) : options.longs === $Number ? new $util.LongBits(message.volume.low >>> 0, message.volume.high >>> 0).toNumber() : message.volume;
                    if (message.tradeCount != null && $Object.hasOwnProperty.call(message, "tradeCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tradeCount = typeof message.tradeCount === "number" ? $BigInt(message.tradeCount) : $util.Long.fromBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0, true).toBigInt();
                        else if (typeof message.tradeCount === "number")
                            object.tradeCount = options.longs === $String ? $String(message.tradeCount) : message.tradeCount;
                        else
                            object.tradeCount = options.longs === $String ? $util.Long.prototype.toString.call(message.tradeCount) : options.longs === $Number ? new $util.LongBits(message.tradeCount.low >>> 0, message.tradeCount.high >>> 0).toNumber(true) : message.tradeCount;
                    if (message.notional != null && $Object.hasOwnProperty.call(message, "notional"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.notional = typeof message.notional === "number" ? $BigInt(message.notional) : $util.Long.fromBits(message.notional.low >>> 0, message.notional.high >>> 0, false).toBigInt();
                        else if (typeof message.notional === "number")
                            object.notional = options.longs === $String ? $String(message.notional) : message.notional;
                        else
                            object.notional = options.longs === $String ? $util.Long.prototype.toString.call(message.notional) : options.longs === $Number ? new $util.LongBits(message.notional.low >>> 0, message.notional.high >>> 0).toNumber() : message.notional;
                    if (message.openFromAuction != null && $Object.hasOwnProperty.call(message, "openFromAuction"))
                        object.openFromAuction = message.openFromAuction;
                    if (message.closeFromAuction != null && $Object.hasOwnProperty.call(message, "closeFromAuction"))
                        object.closeFromAuction = message.closeFromAuction;
                    return object;
                };

                /**
                 * Converts this DaySummary to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.DaySummary
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DaySummary.prototype.toJSON = function() {
                    return DaySummary.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DaySummary
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.DaySummary
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DaySummary.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.DaySummary";
                };

                return DaySummary;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} bourse.feed.v1.Heartbeat.$Properties
                 * @property {number|Long|null} [lastSeq] Heartbeat lastSeq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof bourse.feed.v1
                 * @interface IHeartbeat
                 * @augments bourse.feed.v1.Heartbeat.$Properties
                 * @deprecated Use bourse.feed.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {bourse.feed.v1.Heartbeat.$Properties} bourse.feed.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {bourse.feed.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.feed.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {bourse.feed.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: bourse.feed.v1.Heartbeat.$Shape): bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape;
                 *   (properties?: bourse.feed.v1.Heartbeat.$Properties): bourse.feed.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link bourse.feed.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {bourse.feed.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.lastSeq);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bourse.feed.v1.Heartbeat.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {bourse.feed.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.Heartbeat();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.Heartbeat & bourse.feed.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Heartbeat message.
                 * @function verify
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Heartbeat.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.Heartbeat: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.Heartbeat();
                    if (object.lastSeq != null)
                        if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                            if ($util.Long)
                                message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                            else if (typeof object.lastSeq === "string")
                                message.lastSeq = $parseInt(object.lastSeq, 10);
                            else if (typeof object.lastSeq === "number")
                                message.lastSeq = object.lastSeq;
                            else if (typeof object.lastSeq === "object")
                                message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {bourse.feed.v1.Heartbeat} message Heartbeat
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.SnapshotBegin = (function() {

                /**
                 * Properties of a SnapshotBegin.
                 * @typedef {Object} bourse.feed.v1.SnapshotBegin.$Properties
                 * @property {number|null} [symbolId] SnapshotBegin symbolId
                 * @property {number|Long|null} [lastSeq] SnapshotBegin lastSeq
                 * @property {number|null} [bidCount] SnapshotBegin bidCount
                 * @property {number|null} [askCount] SnapshotBegin askCount
                 * @property {number|null} [checksum] SnapshotBegin checksum
                 * @property {bourse.feed.v1.Status|null} [status] SnapshotBegin status
                 * @property {number|Long|null} [snapshotId] SnapshotBegin snapshotId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotBegin.
                 * @memberof bourse.feed.v1
                 * @interface ISnapshotBegin
                 * @augments bourse.feed.v1.SnapshotBegin.$Properties
                 * @deprecated Use bourse.feed.v1.SnapshotBegin.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotBegin.
                 * @typedef {bourse.feed.v1.SnapshotBegin.$Properties} bourse.feed.v1.SnapshotBegin.$Shape
                 */

                /**
                 * Constructs a new SnapshotBegin.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a SnapshotBegin.
                 * @constructor
                 * @param {bourse.feed.v1.SnapshotBegin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotBegin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotBegin symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.symbolId = 0;

                /**
                 * SnapshotBegin lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotBegin bidCount.
                 * @member {number} bidCount
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.bidCount = 0;

                /**
                 * SnapshotBegin askCount.
                 * @member {number} askCount
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.askCount = 0;

                /**
                 * SnapshotBegin checksum.
                 * @member {number} checksum
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.checksum = 0;

                /**
                 * SnapshotBegin status.
                 * @member {bourse.feed.v1.Status} status
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.status = 0;

                /**
                 * SnapshotBegin snapshotId.
                 * @member {number|Long} snapshotId
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 */
                SnapshotBegin.prototype.snapshotId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotBegin instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {bourse.feed.v1.SnapshotBegin.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.SnapshotBegin} SnapshotBegin instance
                 * @type {{
                 *   (properties: bourse.feed.v1.SnapshotBegin.$Shape): bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape;
                 *   (properties?: bourse.feed.v1.SnapshotBegin.$Properties): bourse.feed.v1.SnapshotBegin;
                 * }}
                 */
                SnapshotBegin.create = function(properties) {
                    return new SnapshotBegin(properties);
                };

                /**
                 * Encodes the specified SnapshotBegin message. Does not implicitly {@link bourse.feed.v1.SnapshotBegin.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {bourse.feed.v1.SnapshotBegin.$Properties} message SnapshotBegin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotBegin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                    if (message.bidCount != null && $Object.hasOwnProperty.call(message, "bidCount") && message.bidCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bidCount);
                    if (message.askCount != null && $Object.hasOwnProperty.call(message, "askCount") && message.askCount !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.askCount);
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== 0)
                        writer.uint32(/* id 5, wireType 5 =*/45).fixed32(message.checksum);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.status);
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId") && (typeof message.snapshotId === "object" ? message.snapshotId.low || message.snapshotId.high : message.snapshotId !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.snapshotId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotBegin message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotBegin.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {bourse.feed.v1.SnapshotBegin.$Properties} message SnapshotBegin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotBegin.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotBegin message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape} SnapshotBegin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotBegin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.SnapshotBegin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.bidCount = value;
                                else
                                    delete message.bidCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.askCount = value;
                                else
                                    delete message.askCount;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 5)
                                    break;
                                if (value = reader.fixed32())
                                    message.checksum = value;
                                else
                                    delete message.checksum;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.snapshotId = value;
                                else
                                    delete message.snapshotId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotBegin message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotBegin & bourse.feed.v1.SnapshotBegin.$Shape} SnapshotBegin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotBegin.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotBegin message.
                 * @function verify
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotBegin.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    if (message.bidCount != null && $Object.hasOwnProperty.call(message, "bidCount"))
                        if (!$util.isInteger(message.bidCount))
                            return "bidCount: integer expected";
                    if (message.askCount != null && $Object.hasOwnProperty.call(message, "askCount"))
                        if (!$util.isInteger(message.askCount))
                            return "askCount: integer expected";
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        if (!$util.isInteger(message.checksum))
                            return "checksum: integer expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (!$util.isInteger(message.snapshotId) && !(message.snapshotId && $util.isInteger(message.snapshotId.low) && $util.isInteger(message.snapshotId.high)))
                            return "snapshotId: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SnapshotBegin message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.SnapshotBegin} SnapshotBegin
                 */
                SnapshotBegin.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.SnapshotBegin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.SnapshotBegin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.SnapshotBegin();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.lastSeq != null)
                        if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                            if ($util.Long)
                                message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                            else if (typeof object.lastSeq === "string")
                                message.lastSeq = $parseInt(object.lastSeq, 10);
                            else if (typeof object.lastSeq === "number")
                                message.lastSeq = object.lastSeq;
                            else if (typeof object.lastSeq === "object")
                                message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    if (object.bidCount != null)
                        if ($Number(object.bidCount) !== 0)
                            message.bidCount = object.bidCount >>> 0;
                    if (object.askCount != null)
                        if ($Number(object.askCount) !== 0)
                            message.askCount = object.askCount >>> 0;
                    if (object.checksum != null)
                        if ($Number(object.checksum) !== 0)
                            message.checksum = object.checksum >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.bourse.feed.v1.Status[object.status] !== 0))
                        switch (object.status) {
                        case "STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "STATUS_OPEN":
                        case 1:
                            message.status = 1;
                            break;
                        case "STATUS_HALTED":
                        case 2:
                            message.status = 2;
                            break;
                        case "STATUS_PRE_OPEN":
                        case 3:
                            message.status = 3;
                            break;
                        case "STATUS_OPENING_AUCTION":
                        case 4:
                            message.status = 4;
                            break;
                        case "STATUS_CLOSING_AUCTION":
                        case 5:
                            message.status = 5;
                            break;
                        case "STATUS_CLOSED":
                        case 6:
                            message.status = 6;
                            break;
                        case "STATUS_REOPENING_AUCTION":
                        case 7:
                            message.status = 7;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.snapshotId != null)
                        if (typeof object.snapshotId === "object" ? object.snapshotId.low || object.snapshotId.high : $Number(object.snapshotId) !== 0)
                            if ($util.Long)
                                message.snapshotId = $util.Long.fromValue(object.snapshotId, true);
                            else if (typeof object.snapshotId === "string")
                                message.snapshotId = $parseInt(object.snapshotId, 10);
                            else if (typeof object.snapshotId === "number")
                                message.snapshotId = object.snapshotId;
                            else if (typeof object.snapshotId === "object")
                                message.snapshotId = new $util.LongBits(object.snapshotId.low >>> 0, object.snapshotId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotBegin message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {bourse.feed.v1.SnapshotBegin} message SnapshotBegin
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotBegin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.bidCount = 0;
                        object.askCount = 0;
                        object.checksum = 0;
                        object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.snapshotId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.snapshotId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    if (message.bidCount != null && $Object.hasOwnProperty.call(message, "bidCount"))
                        object.bidCount = message.bidCount;
                    if (message.askCount != null && $Object.hasOwnProperty.call(message, "askCount"))
                        object.askCount = message.askCount;
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        object.checksum = message.checksum;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.bourse.feed.v1.Status[message.status] === $undefined ? message.status : $root.bourse.feed.v1.Status[message.status] : message.status;
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.snapshotId = typeof message.snapshotId === "number" ? $BigInt(message.snapshotId) : $util.Long.fromBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0, true).toBigInt();
                        else if (typeof message.snapshotId === "number")
                            object.snapshotId = options.longs === $String ? $String(message.snapshotId) : message.snapshotId;
                        else
                            object.snapshotId = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotId) : options.longs === $Number ? new $util.LongBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0).toNumber(true) : message.snapshotId;
                    return object;
                };

                /**
                 * Converts this SnapshotBegin to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotBegin.prototype.toJSON = function() {
                    return SnapshotBegin.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotBegin
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.SnapshotBegin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotBegin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.SnapshotBegin";
                };

                return SnapshotBegin;
            })();

            v1.SnapshotLevel = (function() {

                /**
                 * Properties of a SnapshotLevel.
                 * @typedef {Object} bourse.feed.v1.SnapshotLevel.$Properties
                 * @property {number|null} [symbolId] SnapshotLevel symbolId
                 * @property {bourse.feed.v1.Side|null} [side] SnapshotLevel side
                 * @property {number|Long|null} [price] SnapshotLevel price
                 * @property {number|Long|null} [qty] SnapshotLevel qty
                 * @property {number|null} [orderCount] SnapshotLevel orderCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotLevel.
                 * @memberof bourse.feed.v1
                 * @interface ISnapshotLevel
                 * @augments bourse.feed.v1.SnapshotLevel.$Properties
                 * @deprecated Use bourse.feed.v1.SnapshotLevel.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotLevel.
                 * @typedef {bourse.feed.v1.SnapshotLevel.$Properties} bourse.feed.v1.SnapshotLevel.$Shape
                 */

                /**
                 * Constructs a new SnapshotLevel.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a SnapshotLevel.
                 * @constructor
                 * @param {bourse.feed.v1.SnapshotLevel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotLevel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotLevel symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 */
                SnapshotLevel.prototype.symbolId = 0;

                /**
                 * SnapshotLevel side.
                 * @member {bourse.feed.v1.Side} side
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 */
                SnapshotLevel.prototype.side = 0;

                /**
                 * SnapshotLevel price.
                 * @member {number|Long} price
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 */
                SnapshotLevel.prototype.price = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SnapshotLevel qty.
                 * @member {number|Long} qty
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 */
                SnapshotLevel.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SnapshotLevel orderCount.
                 * @member {number} orderCount
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 */
                SnapshotLevel.prototype.orderCount = 0;

                /**
                 * Creates a new SnapshotLevel instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {bourse.feed.v1.SnapshotLevel.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.SnapshotLevel} SnapshotLevel instance
                 * @type {{
                 *   (properties: bourse.feed.v1.SnapshotLevel.$Shape): bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape;
                 *   (properties?: bourse.feed.v1.SnapshotLevel.$Properties): bourse.feed.v1.SnapshotLevel;
                 * }}
                 */
                SnapshotLevel.create = function(properties) {
                    return new SnapshotLevel(properties);
                };

                /**
                 * Encodes the specified SnapshotLevel message. Does not implicitly {@link bourse.feed.v1.SnapshotLevel.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {bourse.feed.v1.SnapshotLevel.$Properties} message SnapshotLevel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotLevel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.side);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.qty);
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount") && message.orderCount !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.orderCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotLevel message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotLevel.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {bourse.feed.v1.SnapshotLevel.$Properties} message SnapshotLevel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotLevel.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotLevel message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape} SnapshotLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotLevel.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.SnapshotLevel();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.side = value;
                                else
                                    delete message.side;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.orderCount = value;
                                else
                                    delete message.orderCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotLevel message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotLevel & bourse.feed.v1.SnapshotLevel.$Shape} SnapshotLevel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotLevel.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotLevel message.
                 * @function verify
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotLevel.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        if (typeof message.side !== "number" || (message.side | 0) !== message.side)
                            return "side: enum value expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount"))
                        if (!$util.isInteger(message.orderCount))
                            return "orderCount: integer expected";
                    return null;
                };

                /**
                 * Creates a SnapshotLevel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.SnapshotLevel} SnapshotLevel
                 */
                SnapshotLevel.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.SnapshotLevel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.SnapshotLevel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.SnapshotLevel();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.side !== 0 && (typeof object.side !== "string" || $root.bourse.feed.v1.Side[object.side] !== 0))
                        switch (object.side) {
                        case "SIDE_UNSPECIFIED":
                        case 0:
                            message.side = 0;
                            break;
                        case "SIDE_BUY":
                        case 1:
                            message.side = 1;
                            break;
                        case "SIDE_SELL":
                        case 2:
                            message.side = 2;
                            break;
                        default:
                            if (typeof object.side === "number" && (object.side | 0) === object.side)
                                message.side = object.side;
                        }
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, false);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber();
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, false);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber();
                    if (object.orderCount != null)
                        if ($Number(object.orderCount) !== 0)
                            message.orderCount = object.orderCount >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotLevel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {bourse.feed.v1.SnapshotLevel} message SnapshotLevel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotLevel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        object.side = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.orderCount = 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        object.side = options.enums === $String ? $root.bourse.feed.v1.Side[message.side] === $undefined ? message.side : $root.bourse.feed.v1.Side[message.side] : message.side;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, false).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber() : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, false).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber() : message.qty;
                    if (message.orderCount != null && $Object.hasOwnProperty.call(message, "orderCount"))
                        object.orderCount = message.orderCount;
                    return object;
                };

                /**
                 * Converts this SnapshotLevel to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotLevel.prototype.toJSON = function() {
                    return SnapshotLevel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotLevel
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.SnapshotLevel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotLevel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.SnapshotLevel";
                };

                return SnapshotLevel;
            })();

            v1.SnapshotEnd = (function() {

                /**
                 * Properties of a SnapshotEnd.
                 * @typedef {Object} bourse.feed.v1.SnapshotEnd.$Properties
                 * @property {number|null} [symbolId] SnapshotEnd symbolId
                 * @property {number|Long|null} [lastSeq] SnapshotEnd lastSeq
                 * @property {number|null} [levelCount] SnapshotEnd levelCount
                 * @property {number|null} [checksum] SnapshotEnd checksum
                 * @property {number|Long|null} [snapshotId] SnapshotEnd snapshotId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotEnd.
                 * @memberof bourse.feed.v1
                 * @interface ISnapshotEnd
                 * @augments bourse.feed.v1.SnapshotEnd.$Properties
                 * @deprecated Use bourse.feed.v1.SnapshotEnd.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotEnd.
                 * @typedef {bourse.feed.v1.SnapshotEnd.$Properties} bourse.feed.v1.SnapshotEnd.$Shape
                 */

                /**
                 * Constructs a new SnapshotEnd.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a SnapshotEnd.
                 * @constructor
                 * @param {bourse.feed.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotEnd = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotEnd symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.symbolId = 0;

                /**
                 * SnapshotEnd lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotEnd levelCount.
                 * @member {number} levelCount
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.levelCount = 0;

                /**
                 * SnapshotEnd checksum.
                 * @member {number} checksum
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.checksum = 0;

                /**
                 * SnapshotEnd snapshotId.
                 * @member {number|Long} snapshotId
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.snapshotId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {bourse.feed.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.SnapshotEnd} SnapshotEnd instance
                 * @type {{
                 *   (properties: bourse.feed.v1.SnapshotEnd.$Shape): bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape;
                 *   (properties?: bourse.feed.v1.SnapshotEnd.$Properties): bourse.feed.v1.SnapshotEnd;
                 * }}
                 */
                SnapshotEnd.create = function(properties) {
                    return new SnapshotEnd(properties);
                };

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link bourse.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {bourse.feed.v1.SnapshotEnd.$Properties} message SnapshotEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotEnd.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.symbolId);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                    if (message.levelCount != null && $Object.hasOwnProperty.call(message, "levelCount") && message.levelCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.levelCount);
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== 0)
                        writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.checksum);
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId") && (typeof message.snapshotId === "object" ? message.snapshotId.low || message.snapshotId.high : message.snapshotId !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.snapshotId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotEnd message, length delimited. Does not implicitly {@link bourse.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {bourse.feed.v1.SnapshotEnd.$Properties} message SnapshotEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotEnd.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotEnd.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.SnapshotEnd();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.levelCount = value;
                                else
                                    delete message.levelCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 5)
                                    break;
                                if (value = reader.fixed32())
                                    message.checksum = value;
                                else
                                    delete message.checksum;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.snapshotId = value;
                                else
                                    delete message.snapshotId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.SnapshotEnd & bourse.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotEnd.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotEnd message.
                 * @function verify
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotEnd.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    if (message.levelCount != null && $Object.hasOwnProperty.call(message, "levelCount"))
                        if (!$util.isInteger(message.levelCount))
                            return "levelCount: integer expected";
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        if (!$util.isInteger(message.checksum))
                            return "checksum: integer expected";
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (!$util.isInteger(message.snapshotId) && !(message.snapshotId && $util.isInteger(message.snapshotId.low) && $util.isInteger(message.snapshotId.high)))
                            return "snapshotId: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SnapshotEnd message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.SnapshotEnd} SnapshotEnd
                 */
                SnapshotEnd.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.SnapshotEnd)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.SnapshotEnd: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.SnapshotEnd();
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.lastSeq != null)
                        if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                            if ($util.Long)
                                message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                            else if (typeof object.lastSeq === "string")
                                message.lastSeq = $parseInt(object.lastSeq, 10);
                            else if (typeof object.lastSeq === "number")
                                message.lastSeq = object.lastSeq;
                            else if (typeof object.lastSeq === "object")
                                message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    if (object.levelCount != null)
                        if ($Number(object.levelCount) !== 0)
                            message.levelCount = object.levelCount >>> 0;
                    if (object.checksum != null)
                        if ($Number(object.checksum) !== 0)
                            message.checksum = object.checksum >>> 0;
                    if (object.snapshotId != null)
                        if (typeof object.snapshotId === "object" ? object.snapshotId.low || object.snapshotId.high : $Number(object.snapshotId) !== 0)
                            if ($util.Long)
                                message.snapshotId = $util.Long.fromValue(object.snapshotId, true);
                            else if (typeof object.snapshotId === "string")
                                message.snapshotId = $parseInt(object.snapshotId, 10);
                            else if (typeof object.snapshotId === "number")
                                message.snapshotId = object.snapshotId;
                            else if (typeof object.snapshotId === "object")
                                message.snapshotId = new $util.LongBits(object.snapshotId.low >>> 0, object.snapshotId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotEnd message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {bourse.feed.v1.SnapshotEnd} message SnapshotEnd
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotEnd.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbolId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.levelCount = 0;
                        object.checksum = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.snapshotId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.snapshotId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    if (message.levelCount != null && $Object.hasOwnProperty.call(message, "levelCount"))
                        object.levelCount = message.levelCount;
                    if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                        object.checksum = message.checksum;
                    if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.snapshotId = typeof message.snapshotId === "number" ? $BigInt(message.snapshotId) : $util.Long.fromBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0, true).toBigInt();
                        else if (typeof message.snapshotId === "number")
                            object.snapshotId = options.longs === $String ? $String(message.snapshotId) : message.snapshotId;
                        else
                            object.snapshotId = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotId) : options.longs === $Number ? new $util.LongBits(message.snapshotId.low >>> 0, message.snapshotId.high >>> 0).toNumber(true) : message.snapshotId;
                    return object;
                };

                /**
                 * Converts this SnapshotEnd to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotEnd.prototype.toJSON = function() {
                    return SnapshotEnd.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotEnd
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.SnapshotEnd
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotEnd.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.SnapshotEnd";
                };

                return SnapshotEnd;
            })();

            v1.ChannelReset = (function() {

                /**
                 * Properties of a ChannelReset.
                 * @typedef {Object} bourse.feed.v1.ChannelReset.$Properties
                 * @property {bourse.feed.v1.ChannelReset.Reason|null} [reason] ChannelReset reason
                 * @property {boolean|null} [booksEmpty] ChannelReset booksEmpty
                 * @property {number|Long|null} [timeUs] ChannelReset timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChannelReset.
                 * @memberof bourse.feed.v1
                 * @interface IChannelReset
                 * @augments bourse.feed.v1.ChannelReset.$Properties
                 * @deprecated Use bourse.feed.v1.ChannelReset.$Properties instead.
                 */

                /**
                 * Shape of a ChannelReset.
                 * @typedef {bourse.feed.v1.ChannelReset.$Properties} bourse.feed.v1.ChannelReset.$Shape
                 */

                /**
                 * Constructs a new ChannelReset.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a ChannelReset.
                 * @constructor
                 * @param {bourse.feed.v1.ChannelReset.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChannelReset = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChannelReset reason.
                 * @member {bourse.feed.v1.ChannelReset.Reason} reason
                 * @memberof bourse.feed.v1.ChannelReset
                 * @instance
                 */
                ChannelReset.prototype.reason = 0;

                /**
                 * ChannelReset booksEmpty.
                 * @member {boolean} booksEmpty
                 * @memberof bourse.feed.v1.ChannelReset
                 * @instance
                 */
                ChannelReset.prototype.booksEmpty = false;

                /**
                 * ChannelReset timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.feed.v1.ChannelReset
                 * @instance
                 */
                ChannelReset.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ChannelReset instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {bourse.feed.v1.ChannelReset.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.ChannelReset} ChannelReset instance
                 * @type {{
                 *   (properties: bourse.feed.v1.ChannelReset.$Shape): bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape;
                 *   (properties?: bourse.feed.v1.ChannelReset.$Properties): bourse.feed.v1.ChannelReset;
                 * }}
                 */
                ChannelReset.create = function(properties) {
                    return new ChannelReset(properties);
                };

                /**
                 * Encodes the specified ChannelReset message. Does not implicitly {@link bourse.feed.v1.ChannelReset.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {bourse.feed.v1.ChannelReset.$Properties} message ChannelReset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChannelReset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.booksEmpty != null && $Object.hasOwnProperty.call(message, "booksEmpty") && message.booksEmpty !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.booksEmpty);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ChannelReset message, length delimited. Does not implicitly {@link bourse.feed.v1.ChannelReset.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {bourse.feed.v1.ChannelReset.$Properties} message ChannelReset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChannelReset.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ChannelReset message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape} ChannelReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChannelReset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.ChannelReset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.booksEmpty = value;
                                else
                                    delete message.booksEmpty;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeUs = value;
                                else
                                    delete message.timeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ChannelReset message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.ChannelReset & bourse.feed.v1.ChannelReset.$Shape} ChannelReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChannelReset.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ChannelReset message.
                 * @function verify
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ChannelReset.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                            return "reason: enum value expected";
                    if (message.booksEmpty != null && $Object.hasOwnProperty.call(message, "booksEmpty"))
                        if (typeof message.booksEmpty !== "boolean")
                            return "booksEmpty: boolean expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ChannelReset message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.ChannelReset} ChannelReset
                 */
                ChannelReset.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.ChannelReset)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.ChannelReset: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.ChannelReset();
                    if (object.reason !== 0 && (typeof object.reason !== "string" || $root.bourse.feed.v1.ChannelReset.Reason[object.reason] !== 0))
                        switch (object.reason) {
                        case "REASON_UNSPECIFIED":
                        case 0:
                            message.reason = 0;
                            break;
                        case "REASON_NEW_SESSION":
                        case 1:
                            message.reason = 1;
                            break;
                        default:
                            if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                                message.reason = object.reason;
                        }
                    if (object.booksEmpty != null)
                        if (object.booksEmpty)
                            message.booksEmpty = $Boolean(object.booksEmpty);
                    if (object.timeUs != null)
                        if (typeof object.timeUs === "object" ? object.timeUs.low || object.timeUs.high : $Number(object.timeUs) !== 0)
                            if ($util.Long)
                                message.timeUs = $util.Long.fromValue(object.timeUs, true);
                            else if (typeof object.timeUs === "string")
                                message.timeUs = $parseInt(object.timeUs, 10);
                            else if (typeof object.timeUs === "number")
                                message.timeUs = object.timeUs;
                            else if (typeof object.timeUs === "object")
                                message.timeUs = new $util.LongBits(object.timeUs.low >>> 0, object.timeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a ChannelReset message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {bourse.feed.v1.ChannelReset} message ChannelReset
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChannelReset.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.reason = options.enums === $String ? "REASON_UNSPECIFIED" : 0;
                        object.booksEmpty = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === $String ? $root.bourse.feed.v1.ChannelReset.Reason[message.reason] === $undefined ? message.reason : $root.bourse.feed.v1.ChannelReset.Reason[message.reason] : message.reason;
                    if (message.booksEmpty != null && $Object.hasOwnProperty.call(message, "booksEmpty"))
                        object.booksEmpty = message.booksEmpty;
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeUs = typeof message.timeUs === "number" ? $BigInt(message.timeUs) : $util.Long.fromBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeUs === "number")
                            object.timeUs = options.longs === $String ? $String(message.timeUs) : message.timeUs;
                        else
                            object.timeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUs) : options.longs === $Number ? new $util.LongBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0).toNumber(true) : message.timeUs;
                    return object;
                };

                /**
                 * Converts this ChannelReset to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.ChannelReset
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChannelReset.prototype.toJSON = function() {
                    return ChannelReset.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChannelReset
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.ChannelReset
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChannelReset.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.ChannelReset";
                };

                /**
                 * Reason enum.
                 * @name bourse.feed.v1.ChannelReset.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} REASON_NEW_SESSION=1 REASON_NEW_SESSION value
                 */
                ChannelReset.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "REASON_NEW_SESSION"] = 1;
                    return values;
                })();

                return ChannelReset;
            })();

            v1.EndOfSession = (function() {

                /**
                 * Properties of an EndOfSession.
                 * @typedef {Object} bourse.feed.v1.EndOfSession.$Properties
                 * @property {number|Long|null} [lastSeq] EndOfSession lastSeq
                 * @property {number|Long|null} [timeUs] EndOfSession timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EndOfSession.
                 * @memberof bourse.feed.v1
                 * @interface IEndOfSession
                 * @augments bourse.feed.v1.EndOfSession.$Properties
                 * @deprecated Use bourse.feed.v1.EndOfSession.$Properties instead.
                 */

                /**
                 * Shape of an EndOfSession.
                 * @typedef {bourse.feed.v1.EndOfSession.$Properties} bourse.feed.v1.EndOfSession.$Shape
                 */

                /**
                 * Constructs a new EndOfSession.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents an EndOfSession.
                 * @constructor
                 * @param {bourse.feed.v1.EndOfSession.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EndOfSession = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EndOfSession lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.feed.v1.EndOfSession
                 * @instance
                 */
                EndOfSession.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EndOfSession timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.feed.v1.EndOfSession
                 * @instance
                 */
                EndOfSession.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new EndOfSession instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {bourse.feed.v1.EndOfSession.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.EndOfSession} EndOfSession instance
                 * @type {{
                 *   (properties: bourse.feed.v1.EndOfSession.$Shape): bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape;
                 *   (properties?: bourse.feed.v1.EndOfSession.$Properties): bourse.feed.v1.EndOfSession;
                 * }}
                 */
                EndOfSession.create = function(properties) {
                    return new EndOfSession(properties);
                };

                /**
                 * Encodes the specified EndOfSession message. Does not implicitly {@link bourse.feed.v1.EndOfSession.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {bourse.feed.v1.EndOfSession.$Properties} message EndOfSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EndOfSession.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.lastSeq);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified EndOfSession message, length delimited. Does not implicitly {@link bourse.feed.v1.EndOfSession.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {bourse.feed.v1.EndOfSession.$Properties} message EndOfSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EndOfSession.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an EndOfSession message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape} EndOfSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EndOfSession.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.EndOfSession();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeUs = value;
                                else
                                    delete message.timeUs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an EndOfSession message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.EndOfSession & bourse.feed.v1.EndOfSession.$Shape} EndOfSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EndOfSession.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an EndOfSession message.
                 * @function verify
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EndOfSession.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an EndOfSession message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.EndOfSession} EndOfSession
                 */
                EndOfSession.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.EndOfSession)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.EndOfSession: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.EndOfSession();
                    if (object.lastSeq != null)
                        if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                            if ($util.Long)
                                message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                            else if (typeof object.lastSeq === "string")
                                message.lastSeq = $parseInt(object.lastSeq, 10);
                            else if (typeof object.lastSeq === "number")
                                message.lastSeq = object.lastSeq;
                            else if (typeof object.lastSeq === "object")
                                message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    if (object.timeUs != null)
                        if (typeof object.timeUs === "object" ? object.timeUs.low || object.timeUs.high : $Number(object.timeUs) !== 0)
                            if ($util.Long)
                                message.timeUs = $util.Long.fromValue(object.timeUs, true);
                            else if (typeof object.timeUs === "string")
                                message.timeUs = $parseInt(object.timeUs, 10);
                            else if (typeof object.timeUs === "number")
                                message.timeUs = object.timeUs;
                            else if (typeof object.timeUs === "object")
                                message.timeUs = new $util.LongBits(object.timeUs.low >>> 0, object.timeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an EndOfSession message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {bourse.feed.v1.EndOfSession} message EndOfSession
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EndOfSession.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeUs = typeof message.timeUs === "number" ? $BigInt(message.timeUs) : $util.Long.fromBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeUs === "number")
                            object.timeUs = options.longs === $String ? $String(message.timeUs) : message.timeUs;
                        else
                            object.timeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUs) : options.longs === $Number ? new $util.LongBits(message.timeUs.low >>> 0, message.timeUs.high >>> 0).toNumber(true) : message.timeUs;
                    return object;
                };

                /**
                 * Converts this EndOfSession to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.EndOfSession
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EndOfSession.prototype.toJSON = function() {
                    return EndOfSession.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EndOfSession
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.EndOfSession
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EndOfSession.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.EndOfSession";
                };

                return EndOfSession;
            })();

            v1.RetransmitRequest = (function() {

                /**
                 * Properties of a RetransmitRequest.
                 * @typedef {Object} bourse.feed.v1.RetransmitRequest.$Properties
                 * @property {number|Long|null} [sessionId] RetransmitRequest sessionId
                 * @property {number|null} [channelId] RetransmitRequest channelId
                 * @property {number|Long|null} [firstSeq] RetransmitRequest firstSeq
                 * @property {number|null} [count] RetransmitRequest count
                 * @property {number|null} [requestId] RetransmitRequest requestId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RetransmitRequest.
                 * @memberof bourse.feed.v1
                 * @interface IRetransmitRequest
                 * @augments bourse.feed.v1.RetransmitRequest.$Properties
                 * @deprecated Use bourse.feed.v1.RetransmitRequest.$Properties instead.
                 */

                /**
                 * Shape of a RetransmitRequest.
                 * @typedef {bourse.feed.v1.RetransmitRequest.$Properties} bourse.feed.v1.RetransmitRequest.$Shape
                 */

                /**
                 * Constructs a new RetransmitRequest.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a RetransmitRequest.
                 * @constructor
                 * @param {bourse.feed.v1.RetransmitRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RetransmitRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RetransmitRequest sessionId.
                 * @member {number|Long} sessionId
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 */
                RetransmitRequest.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetransmitRequest channelId.
                 * @member {number} channelId
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 */
                RetransmitRequest.prototype.channelId = 0;

                /**
                 * RetransmitRequest firstSeq.
                 * @member {number|Long} firstSeq
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 */
                RetransmitRequest.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetransmitRequest count.
                 * @member {number} count
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 */
                RetransmitRequest.prototype.count = 0;

                /**
                 * RetransmitRequest requestId.
                 * @member {number} requestId
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 */
                RetransmitRequest.prototype.requestId = 0;

                /**
                 * Creates a new RetransmitRequest instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {bourse.feed.v1.RetransmitRequest.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.RetransmitRequest} RetransmitRequest instance
                 * @type {{
                 *   (properties: bourse.feed.v1.RetransmitRequest.$Shape): bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape;
                 *   (properties?: bourse.feed.v1.RetransmitRequest.$Properties): bourse.feed.v1.RetransmitRequest;
                 * }}
                 */
                RetransmitRequest.create = function(properties) {
                    return new RetransmitRequest(properties);
                };

                /**
                 * Encodes the specified RetransmitRequest message. Does not implicitly {@link bourse.feed.v1.RetransmitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {bourse.feed.v1.RetransmitRequest.$Properties} message RetransmitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetransmitRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sessionId);
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.channelId);
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.firstSeq);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.count);
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.requestId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RetransmitRequest message, length delimited. Does not implicitly {@link bourse.feed.v1.RetransmitRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {bourse.feed.v1.RetransmitRequest.$Properties} message RetransmitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetransmitRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RetransmitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape} RetransmitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetransmitRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.RetransmitRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.channelId = value;
                                else
                                    delete message.channelId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSeq = value;
                                else
                                    delete message.firstSeq;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RetransmitRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.RetransmitRequest & bourse.feed.v1.RetransmitRequest.$Shape} RetransmitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetransmitRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RetransmitRequest message.
                 * @function verify
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RetransmitRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isInteger(message.sessionId) && !(message.sessionId && $util.isInteger(message.sessionId.low) && $util.isInteger(message.sessionId.high)))
                            return "sessionId: integer|Long expected";
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        if (!$util.isInteger(message.channelId))
                            return "channelId: integer expected";
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                            return "firstSeq: integer|Long expected";
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        if (!$util.isInteger(message.count))
                            return "count: integer expected";
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        if (!$util.isInteger(message.requestId))
                            return "requestId: integer expected";
                    return null;
                };

                /**
                 * Creates a RetransmitRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.RetransmitRequest} RetransmitRequest
                 */
                RetransmitRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.RetransmitRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.RetransmitRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.RetransmitRequest();
                    if (object.sessionId != null)
                        if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                            if ($util.Long)
                                message.sessionId = $util.Long.fromValue(object.sessionId, true);
                            else if (typeof object.sessionId === "string")
                                message.sessionId = $parseInt(object.sessionId, 10);
                            else if (typeof object.sessionId === "number")
                                message.sessionId = object.sessionId;
                            else if (typeof object.sessionId === "object")
                                message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                    if (object.channelId != null)
                        if ($Number(object.channelId) !== 0)
                            message.channelId = object.channelId >>> 0;
                    if (object.firstSeq != null)
                        if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                            if ($util.Long)
                                message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                            else if (typeof object.firstSeq === "string")
                                message.firstSeq = $parseInt(object.firstSeq, 10);
                            else if (typeof object.firstSeq === "number")
                                message.firstSeq = object.firstSeq;
                            else if (typeof object.firstSeq === "object")
                                message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                    if (object.count != null)
                        if ($Number(object.count) !== 0)
                            message.count = object.count >>> 0;
                    if (object.requestId != null)
                        if ($Number(object.requestId) !== 0)
                            message.requestId = object.requestId >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RetransmitRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {bourse.feed.v1.RetransmitRequest} message RetransmitRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RetransmitRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.channelId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.count = 0;
                        object.requestId = 0;
                    }
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                        else if (typeof message.sessionId === "number")
                            object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                        else
                            object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        object.channelId = message.channelId;
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.firstSeq === "number")
                            object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                        else
                            object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    return object;
                };

                /**
                 * Converts this RetransmitRequest to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RetransmitRequest.prototype.toJSON = function() {
                    return RetransmitRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RetransmitRequest
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.RetransmitRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RetransmitRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.RetransmitRequest";
                };

                return RetransmitRequest;
            })();

            /**
             * RetransmitStatus enum.
             * @name bourse.feed.v1.RetransmitStatus
             * @enum {number}
             * @property {number} RETRANSMIT_STATUS_UNSPECIFIED=0 RETRANSMIT_STATUS_UNSPECIFIED value
             * @property {number} RETRANSMIT_OK=1 RETRANSMIT_OK value
             * @property {number} RETRANSMIT_UNKNOWN_SESSION=2 RETRANSMIT_UNKNOWN_SESSION value
             * @property {number} RETRANSMIT_UNKNOWN_CHANNEL=3 RETRANSMIT_UNKNOWN_CHANNEL value
             * @property {number} RETRANSMIT_RANGE_TOO_LARGE=4 RETRANSMIT_RANGE_TOO_LARGE value
             * @property {number} RETRANSMIT_TOO_OLD=5 RETRANSMIT_TOO_OLD value
             * @property {number} RETRANSMIT_NOT_YET_PUBLISHED=6 RETRANSMIT_NOT_YET_PUBLISHED value
             * @property {number} RETRANSMIT_RATE_LIMITED=7 RETRANSMIT_RATE_LIMITED value
             * @property {number} RETRANSMIT_MALFORMED=8 RETRANSMIT_MALFORMED value
             */
            v1.RetransmitStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RETRANSMIT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RETRANSMIT_OK"] = 1;
                values[valuesById[2] = "RETRANSMIT_UNKNOWN_SESSION"] = 2;
                values[valuesById[3] = "RETRANSMIT_UNKNOWN_CHANNEL"] = 3;
                values[valuesById[4] = "RETRANSMIT_RANGE_TOO_LARGE"] = 4;
                values[valuesById[5] = "RETRANSMIT_TOO_OLD"] = 5;
                values[valuesById[6] = "RETRANSMIT_NOT_YET_PUBLISHED"] = 6;
                values[valuesById[7] = "RETRANSMIT_RATE_LIMITED"] = 7;
                values[valuesById[8] = "RETRANSMIT_MALFORMED"] = 8;
                return values;
            })();

            v1.RetransmitResponse = (function() {

                /**
                 * Properties of a RetransmitResponse.
                 * @typedef {Object} bourse.feed.v1.RetransmitResponse.$Properties
                 * @property {number|null} [requestId] RetransmitResponse requestId
                 * @property {bourse.feed.v1.RetransmitStatus|null} [status] RetransmitResponse status
                 * @property {string|null} [reason] RetransmitResponse reason
                 * @property {number|null} [errorCode] RetransmitResponse errorCode
                 * @property {number|Long|null} [sessionId] RetransmitResponse sessionId
                 * @property {number|null} [channelId] RetransmitResponse channelId
                 * @property {number|Long|null} [firstSeq] RetransmitResponse firstSeq
                 * @property {number|null} [count] RetransmitResponse count
                 * @property {Array.<bourse.feed.v1.Packet.$Properties>|null} [packets] RetransmitResponse packets
                 * @property {number|Long|null} [windowFirstSeq] RetransmitResponse windowFirstSeq
                 * @property {number|Long|null} [lastSeq] RetransmitResponse lastSeq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RetransmitResponse.
                 * @memberof bourse.feed.v1
                 * @interface IRetransmitResponse
                 * @augments bourse.feed.v1.RetransmitResponse.$Properties
                 * @deprecated Use bourse.feed.v1.RetransmitResponse.$Properties instead.
                 */

                /**
                 * Shape of a RetransmitResponse.
                 * @typedef {{
                 *   requestId?: number|null;
                 *   status?: bourse.feed.v1.RetransmitStatus|null;
                 *   reason?: string|null;
                 *   errorCode?: number|null;
                 *   sessionId?: number|Long|null;
                 *   channelId?: number|null;
                 *   firstSeq?: number|Long|null;
                 *   count?: number|null;
                 *   packets?: Array.<bourse.feed.v1.Packet.$Shape>|null;
                 *   windowFirstSeq?: number|Long|null;
                 *   lastSeq?: number|Long|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} bourse.feed.v1.RetransmitResponse.$Shape
                 */

                /**
                 * Constructs a new RetransmitResponse.
                 * @memberof bourse.feed.v1
                 * @classdesc Represents a RetransmitResponse.
                 * @constructor
                 * @param {bourse.feed.v1.RetransmitResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RetransmitResponse = function (properties) {
                    this.packets = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RetransmitResponse requestId.
                 * @member {number} requestId
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.requestId = 0;

                /**
                 * RetransmitResponse status.
                 * @member {bourse.feed.v1.RetransmitStatus} status
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.status = 0;

                /**
                 * RetransmitResponse reason.
                 * @member {string} reason
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.reason = "";

                /**
                 * RetransmitResponse errorCode.
                 * @member {number} errorCode
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.errorCode = 0;

                /**
                 * RetransmitResponse sessionId.
                 * @member {number|Long} sessionId
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetransmitResponse channelId.
                 * @member {number} channelId
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.channelId = 0;

                /**
                 * RetransmitResponse firstSeq.
                 * @member {number|Long} firstSeq
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetransmitResponse count.
                 * @member {number} count
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.count = 0;

                /**
                 * RetransmitResponse packets.
                 * @member {Array.<bourse.feed.v1.Packet.$Properties>} packets
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.packets = $util.emptyArray;

                /**
                 * RetransmitResponse windowFirstSeq.
                 * @member {number|Long} windowFirstSeq
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.windowFirstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetransmitResponse lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 */
                RetransmitResponse.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new RetransmitResponse instance using the specified properties.
                 * @function create
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {bourse.feed.v1.RetransmitResponse.$Properties=} [properties] Properties to set
                 * @returns {bourse.feed.v1.RetransmitResponse} RetransmitResponse instance
                 * @type {{
                 *   (properties: bourse.feed.v1.RetransmitResponse.$Shape): bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape;
                 *   (properties?: bourse.feed.v1.RetransmitResponse.$Properties): bourse.feed.v1.RetransmitResponse;
                 * }}
                 */
                RetransmitResponse.create = function(properties) {
                    return new RetransmitResponse(properties);
                };

                /**
                 * Encodes the specified RetransmitResponse message. Does not implicitly {@link bourse.feed.v1.RetransmitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {bourse.feed.v1.RetransmitResponse.$Properties} message RetransmitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetransmitResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.errorCode);
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sessionId);
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.channelId);
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstSeq);
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.count);
                    if (message.packets != null && message.packets.length)
                        for (let i = 0; i < message.packets.length; ++i)
                            $root.bourse.feed.v1.Packet.encode(message.packets[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.windowFirstSeq != null && $Object.hasOwnProperty.call(message, "windowFirstSeq") && (typeof message.windowFirstSeq === "object" ? message.windowFirstSeq.low || message.windowFirstSeq.high : message.windowFirstSeq !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.windowFirstSeq);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.lastSeq);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RetransmitResponse message, length delimited. Does not implicitly {@link bourse.feed.v1.RetransmitResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {bourse.feed.v1.RetransmitResponse.$Properties} message RetransmitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetransmitResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RetransmitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape} RetransmitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetransmitResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.bourse.feed.v1.RetransmitResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.errorCode = value;
                                else
                                    delete message.errorCode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.channelId = value;
                                else
                                    delete message.channelId;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSeq = value;
                                else
                                    delete message.firstSeq;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.count = value;
                                else
                                    delete message.count;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.packets && message.packets.length))
                                    message.packets = [];
                                message.packets.push($root.bourse.feed.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.windowFirstSeq = value;
                                else
                                    delete message.windowFirstSeq;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RetransmitResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.feed.v1.RetransmitResponse & bourse.feed.v1.RetransmitResponse.$Shape} RetransmitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetransmitResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RetransmitResponse message.
                 * @function verify
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RetransmitResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        if (!$util.isInteger(message.requestId))
                            return "requestId: integer expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                        if (!$util.isInteger(message.errorCode))
                            return "errorCode: integer expected";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isInteger(message.sessionId) && !(message.sessionId && $util.isInteger(message.sessionId.low) && $util.isInteger(message.sessionId.high)))
                            return "sessionId: integer|Long expected";
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        if (!$util.isInteger(message.channelId))
                            return "channelId: integer expected";
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                            return "firstSeq: integer|Long expected";
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        if (!$util.isInteger(message.count))
                            return "count: integer expected";
                    if (message.packets != null && $Object.hasOwnProperty.call(message, "packets")) {
                        if (!$Array.isArray(message.packets))
                            return "packets: array expected";
                        for (let i = 0; i < message.packets.length; ++i) {
                            let error = $root.bourse.feed.v1.Packet.verify(message.packets[i], _depth + 1);
                            if (error)
                                return "packets." + error;
                        }
                    }
                    if (message.windowFirstSeq != null && $Object.hasOwnProperty.call(message, "windowFirstSeq"))
                        if (!$util.isInteger(message.windowFirstSeq) && !(message.windowFirstSeq && $util.isInteger(message.windowFirstSeq.low) && $util.isInteger(message.windowFirstSeq.high)))
                            return "windowFirstSeq: integer|Long expected";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a RetransmitResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.feed.v1.RetransmitResponse} RetransmitResponse
                 */
                RetransmitResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.feed.v1.RetransmitResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.feed.v1.RetransmitResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.feed.v1.RetransmitResponse();
                    if (object.requestId != null)
                        if ($Number(object.requestId) !== 0)
                            message.requestId = object.requestId >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.bourse.feed.v1.RetransmitStatus[object.status] !== 0))
                        switch (object.status) {
                        case "RETRANSMIT_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "RETRANSMIT_OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "RETRANSMIT_UNKNOWN_SESSION":
                        case 2:
                            message.status = 2;
                            break;
                        case "RETRANSMIT_UNKNOWN_CHANNEL":
                        case 3:
                            message.status = 3;
                            break;
                        case "RETRANSMIT_RANGE_TOO_LARGE":
                        case 4:
                            message.status = 4;
                            break;
                        case "RETRANSMIT_TOO_OLD":
                        case 5:
                            message.status = 5;
                            break;
                        case "RETRANSMIT_NOT_YET_PUBLISHED":
                        case 6:
                            message.status = 6;
                            break;
                        case "RETRANSMIT_RATE_LIMITED":
                        case 7:
                            message.status = 7;
                            break;
                        case "RETRANSMIT_MALFORMED":
                        case 8:
                            message.status = 8;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.errorCode != null)
                        if ($Number(object.errorCode) !== 0)
                            message.errorCode = object.errorCode >>> 0;
                    if (object.sessionId != null)
                        if (typeof object.sessionId === "object" ? object.sessionId.low || object.sessionId.high : $Number(object.sessionId) !== 0)
                            if ($util.Long)
                                message.sessionId = $util.Long.fromValue(object.sessionId, true);
                            else if (typeof object.sessionId === "string")
                                message.sessionId = $parseInt(object.sessionId, 10);
                            else if (typeof object.sessionId === "number")
                                message.sessionId = object.sessionId;
                            else if (typeof object.sessionId === "object")
                                message.sessionId = new $util.LongBits(object.sessionId.low >>> 0, object.sessionId.high >>> 0).toNumber(true);
                    if (object.channelId != null)
                        if ($Number(object.channelId) !== 0)
                            message.channelId = object.channelId >>> 0;
                    if (object.firstSeq != null)
                        if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                            if ($util.Long)
                                message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                            else if (typeof object.firstSeq === "string")
                                message.firstSeq = $parseInt(object.firstSeq, 10);
                            else if (typeof object.firstSeq === "number")
                                message.firstSeq = object.firstSeq;
                            else if (typeof object.firstSeq === "object")
                                message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                    if (object.count != null)
                        if ($Number(object.count) !== 0)
                            message.count = object.count >>> 0;
                    if (object.packets) {
                        if (!$Array.isArray(object.packets))
                            throw $TypeError(".bourse.feed.v1.RetransmitResponse.packets: array expected");
                        message.packets = $Array(object.packets.length);
                        for (let i = 0; i < object.packets.length; ++i) {
                            if (!$util.isObject(object.packets[i]))
                                throw $TypeError(".bourse.feed.v1.RetransmitResponse.packets: object expected");
                            message.packets[i] = $root.bourse.feed.v1.Packet.fromObject(object.packets[i], _depth + 1);
                        }
                    }
                    if (object.windowFirstSeq != null)
                        if (typeof object.windowFirstSeq === "object" ? object.windowFirstSeq.low || object.windowFirstSeq.high : $Number(object.windowFirstSeq) !== 0)
                            if ($util.Long)
                                message.windowFirstSeq = $util.Long.fromValue(object.windowFirstSeq, true);
                            else if (typeof object.windowFirstSeq === "string")
                                message.windowFirstSeq = $parseInt(object.windowFirstSeq, 10);
                            else if (typeof object.windowFirstSeq === "number")
                                message.windowFirstSeq = object.windowFirstSeq;
                            else if (typeof object.windowFirstSeq === "object")
                                message.windowFirstSeq = new $util.LongBits(object.windowFirstSeq.low >>> 0, object.windowFirstSeq.high >>> 0).toNumber(true);
                    if (object.lastSeq != null)
                        if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                            if ($util.Long)
                                message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                            else if (typeof object.lastSeq === "string")
                                message.lastSeq = $parseInt(object.lastSeq, 10);
                            else if (typeof object.lastSeq === "number")
                                message.lastSeq = object.lastSeq;
                            else if (typeof object.lastSeq === "object")
                                message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a RetransmitResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {bourse.feed.v1.RetransmitResponse} message RetransmitResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RetransmitResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.packets = [];
                    if (options.defaults) {
                        object.requestId = 0;
                        object.status = options.enums === $String ? "RETRANSMIT_STATUS_UNSPECIFIED" : 0;
                        object.reason = "";
                        object.errorCode = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sessionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sessionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.channelId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.count = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.windowFirstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.windowFirstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.bourse.feed.v1.RetransmitStatus[message.status] === $undefined ? message.status : $root.bourse.feed.v1.RetransmitStatus[message.status] : message.status;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                        object.errorCode = message.errorCode;
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sessionId = typeof message.sessionId === "number" ? $BigInt(message.sessionId) : $util.Long.fromBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0, true).toBigInt();
                        else if (typeof message.sessionId === "number")
                            object.sessionId = options.longs === $String ? $String(message.sessionId) : message.sessionId;
                        else
                            object.sessionId = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionId) : options.longs === $Number ? new $util.LongBits(message.sessionId.low >>> 0, message.sessionId.high >>> 0).toNumber(true) : message.sessionId;
                    if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                        object.channelId = message.channelId;
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.firstSeq === "number")
                            object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                        else
                            object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                    if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                        object.count = message.count;
                    if (message.packets && message.packets.length) {
                        object.packets = $Array(message.packets.length);
                        for (let j = 0; j < message.packets.length; ++j)
                            object.packets[j] = $root.bourse.feed.v1.Packet.toObject(message.packets[j], options, _depth + 1);
                    }
                    if (message.windowFirstSeq != null && $Object.hasOwnProperty.call(message, "windowFirstSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.windowFirstSeq = typeof message.windowFirstSeq === "number" ? $BigInt(message.windowFirstSeq) : $util.Long.fromBits(message.windowFirstSeq.low >>> 0, message.windowFirstSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.windowFirstSeq === "number")
                            object.windowFirstSeq = options.longs === $String ? $String(message.windowFirstSeq) : message.windowFirstSeq;
                        else
                            object.windowFirstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.windowFirstSeq) : options.longs === $Number ? new $util.LongBits(message.windowFirstSeq.low >>> 0, message.windowFirstSeq.high >>> 0).toNumber(true) : message.windowFirstSeq;
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    return object;
                };

                /**
                 * Converts this RetransmitResponse to JSON.
                 * @function toJSON
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RetransmitResponse.prototype.toJSON = function() {
                    return RetransmitResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RetransmitResponse
                 * @function getTypeUrl
                 * @memberof bourse.feed.v1.RetransmitResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RetransmitResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.feed.v1.RetransmitResponse";
                };

                return RetransmitResponse;
            })();

            return v1;
        })();

        return feed;
    })();

    return bourse;
})();

export {
  $root as default
};
