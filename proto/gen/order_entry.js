/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $Array = $util.global.Array, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const bourse = $root.bourse = (() => {

    /**
     * Namespace bourse.
     * @exports bourse
     * @namespace
     */
    const bourse = {};

    bourse.order = (function() {

        /**
         * Namespace order.
         * @memberof bourse
         * @namespace
         */
        const order = {};

        order.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof bourse.order
             * @namespace
             */
            const v1 = {};

            v1.Inbound = (function() {

                /**
                 * Properties of an Inbound.
                 * @typedef {Object} bourse.order.v1.Inbound.$Properties
                 * @property {bourse.order.v1.Login.$Properties|null} [login] Inbound login
                 * @property {bourse.order.v1.NewOrder.$Properties|null} [newOrder] Inbound newOrder
                 * @property {bourse.order.v1.Cancel.$Properties|null} [cancel] Inbound cancel
                 * @property {bourse.order.v1.Replace.$Properties|null} [replace] Inbound replace
                 * @property {bourse.order.v1.MassCancel.$Properties|null} [massCancel] Inbound massCancel
                 * @property {bourse.order.v1.Heartbeat.$Properties|null} [heartbeat] Inbound heartbeat
                 * @property {bourse.order.v1.Logout.$Properties|null} [logout] Inbound logout
                 * @property {"login"|"newOrder"|"cancel"|"replace"|"massCancel"|"heartbeat"|"logout"} [body] Inbound body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Inbound.
                 * @memberof bourse.order.v1
                 * @interface IInbound
                 * @augments bourse.order.v1.Inbound.$Properties
                 * @deprecated Use bourse.order.v1.Inbound.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Inbound.
                 * @typedef {{
                 *   login?: bourse.order.v1.Login.$Shape|null;
                 *   newOrder?: bourse.order.v1.NewOrder.$Shape|null;
                 *   cancel?: bourse.order.v1.Cancel.$Shape|null;
                 *   replace?: bourse.order.v1.Replace.$Shape|null;
                 *   massCancel?: bourse.order.v1.MassCancel.$Shape|null;
                 *   heartbeat?: bourse.order.v1.Heartbeat.$Shape|null;
                 *   logout?: bourse.order.v1.Logout.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "login"; login: bourse.order.v1.Login.$Shape; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "newOrder"; login?: null; newOrder: bourse.order.v1.NewOrder.$Shape; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "cancel"; login?: null; newOrder?: null; cancel: bourse.order.v1.Cancel.$Shape; replace?: null; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "replace"; login?: null; newOrder?: null; cancel?: null; replace: bourse.order.v1.Replace.$Shape; massCancel?: null; heartbeat?: null; logout?: null }|{ body?: "massCancel"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel: bourse.order.v1.MassCancel.$Shape; heartbeat?: null; logout?: null }|{ body?: "heartbeat"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat: bourse.order.v1.Heartbeat.$Shape; logout?: null }|{ body?: "logout"; login?: null; newOrder?: null; cancel?: null; replace?: null; massCancel?: null; heartbeat?: null; logout: bourse.order.v1.Logout.$Shape })
                 * )} bourse.order.v1.Inbound.$Shape
                 */

                /**
                 * Constructs a new Inbound.
                 * @memberof bourse.order.v1
                 * @classdesc Represents an Inbound.
                 * @constructor
                 * @param {bourse.order.v1.Inbound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Inbound = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Inbound login.
                 * @member {bourse.order.v1.Login.$Properties|null|undefined} login
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.login = null;

                /**
                 * Inbound newOrder.
                 * @member {bourse.order.v1.NewOrder.$Properties|null|undefined} newOrder
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.newOrder = null;

                /**
                 * Inbound cancel.
                 * @member {bourse.order.v1.Cancel.$Properties|null|undefined} cancel
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.cancel = null;

                /**
                 * Inbound replace.
                 * @member {bourse.order.v1.Replace.$Properties|null|undefined} replace
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.replace = null;

                /**
                 * Inbound massCancel.
                 * @member {bourse.order.v1.MassCancel.$Properties|null|undefined} massCancel
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.massCancel = null;

                /**
                 * Inbound heartbeat.
                 * @member {bourse.order.v1.Heartbeat.$Properties|null|undefined} heartbeat
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.heartbeat = null;

                /**
                 * Inbound logout.
                 * @member {bourse.order.v1.Logout.$Properties|null|undefined} logout
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                Inbound.prototype.logout = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Inbound body.
                 * @member {"login"|"newOrder"|"cancel"|"replace"|"massCancel"|"heartbeat"|"logout"|undefined} body
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 */
                $Object.defineProperty(Inbound.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["login", "newOrder", "cancel", "replace", "massCancel", "heartbeat", "logout"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Inbound instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {bourse.order.v1.Inbound.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Inbound} Inbound instance
                 * @type {{
                 *   (properties: bourse.order.v1.Inbound.$Shape): bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape;
                 *   (properties?: bourse.order.v1.Inbound.$Properties): bourse.order.v1.Inbound;
                 * }}
                 */
                Inbound.create = function(properties) {
                    return new Inbound(properties);
                };

                /**
                 * Encodes the specified Inbound message. Does not implicitly {@link bourse.order.v1.Inbound.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {bourse.order.v1.Inbound.$Properties} message Inbound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inbound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                        $root.bourse.order.v1.Login.encode(message.login, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.newOrder != null && $Object.hasOwnProperty.call(message, "newOrder"))
                        $root.bourse.order.v1.NewOrder.encode(message.newOrder, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                        $root.bourse.order.v1.Cancel.encode(message.cancel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace"))
                        $root.bourse.order.v1.Replace.encode(message.replace, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.massCancel != null && $Object.hasOwnProperty.call(message, "massCancel"))
                        $root.bourse.order.v1.MassCancel.encode(message.massCancel, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.bourse.order.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.logout != null && $Object.hasOwnProperty.call(message, "logout"))
                        $root.bourse.order.v1.Logout.encode(message.logout, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Inbound message, length delimited. Does not implicitly {@link bourse.order.v1.Inbound.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {bourse.order.v1.Inbound.$Properties} message Inbound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inbound.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Inbound message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape} Inbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inbound.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Inbound();
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
                                message.login = $root.bourse.order.v1.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                                message.body = "login";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.newOrder = $root.bourse.order.v1.NewOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.newOrder);
                                message.body = "newOrder";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.cancel = $root.bourse.order.v1.Cancel.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                                message.body = "cancel";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.replace = $root.bourse.order.v1.Replace.decode(reader, reader.size(), $undefined, _depth + 1, message.replace);
                                message.body = "replace";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.massCancel = $root.bourse.order.v1.MassCancel.decode(reader, reader.size(), $undefined, _depth + 1, message.massCancel);
                                message.body = "massCancel";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.bourse.order.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.body = "heartbeat";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.logout = $root.bourse.order.v1.Logout.decode(reader, reader.size(), $undefined, _depth + 1, message.logout);
                                message.body = "logout";
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
                 * Decodes an Inbound message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Inbound & bourse.order.v1.Inbound.$Shape} Inbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inbound.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Inbound message.
                 * @function verify
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Inbound.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Login.verify(message.login, _depth + 1);
                            if (error)
                                return "login." + error;
                        }
                    }
                    if (message.newOrder != null && $Object.hasOwnProperty.call(message, "newOrder")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.NewOrder.verify(message.newOrder, _depth + 1);
                            if (error)
                                return "newOrder." + error;
                        }
                    }
                    if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Cancel.verify(message.cancel, _depth + 1);
                            if (error)
                                return "cancel." + error;
                        }
                    }
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Replace.verify(message.replace, _depth + 1);
                            if (error)
                                return "replace." + error;
                        }
                    }
                    if (message.massCancel != null && $Object.hasOwnProperty.call(message, "massCancel")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.MassCancel.verify(message.massCancel, _depth + 1);
                            if (error)
                                return "massCancel." + error;
                        }
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                            if (error)
                                return "heartbeat." + error;
                        }
                    }
                    if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Logout.verify(message.logout, _depth + 1);
                            if (error)
                                return "logout." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an Inbound message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Inbound} Inbound
                 */
                Inbound.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Inbound)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Inbound: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Inbound();
                    if (object.login != null) {
                        if (!$util.isObject(object.login))
                            throw $TypeError(".bourse.order.v1.Inbound.login: object expected");
                        message.login = $root.bourse.order.v1.Login.fromObject(object.login, _depth + 1);
                    }
                    if (object.newOrder != null) {
                        if (!$util.isObject(object.newOrder))
                            throw $TypeError(".bourse.order.v1.Inbound.newOrder: object expected");
                        message.newOrder = $root.bourse.order.v1.NewOrder.fromObject(object.newOrder, _depth + 1);
                    }
                    if (object.cancel != null) {
                        if (!$util.isObject(object.cancel))
                            throw $TypeError(".bourse.order.v1.Inbound.cancel: object expected");
                        message.cancel = $root.bourse.order.v1.Cancel.fromObject(object.cancel, _depth + 1);
                    }
                    if (object.replace != null) {
                        if (!$util.isObject(object.replace))
                            throw $TypeError(".bourse.order.v1.Inbound.replace: object expected");
                        message.replace = $root.bourse.order.v1.Replace.fromObject(object.replace, _depth + 1);
                    }
                    if (object.massCancel != null) {
                        if (!$util.isObject(object.massCancel))
                            throw $TypeError(".bourse.order.v1.Inbound.massCancel: object expected");
                        message.massCancel = $root.bourse.order.v1.MassCancel.fromObject(object.massCancel, _depth + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw $TypeError(".bourse.order.v1.Inbound.heartbeat: object expected");
                        message.heartbeat = $root.bourse.order.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                    }
                    if (object.logout != null) {
                        if (!$util.isObject(object.logout))
                            throw $TypeError(".bourse.order.v1.Inbound.logout: object expected");
                        message.logout = $root.bourse.order.v1.Logout.fromObject(object.logout, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Inbound message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {bourse.order.v1.Inbound} message Inbound
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Inbound.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                        object.login = $root.bourse.order.v1.Login.toObject(message.login, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "login";
                    }
                    if (message.newOrder != null && $Object.hasOwnProperty.call(message, "newOrder")) {
                        object.newOrder = $root.bourse.order.v1.NewOrder.toObject(message.newOrder, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "newOrder";
                    }
                    if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                        object.cancel = $root.bourse.order.v1.Cancel.toObject(message.cancel, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "cancel";
                    }
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace")) {
                        object.replace = $root.bourse.order.v1.Replace.toObject(message.replace, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "replace";
                    }
                    if (message.massCancel != null && $Object.hasOwnProperty.call(message, "massCancel")) {
                        object.massCancel = $root.bourse.order.v1.MassCancel.toObject(message.massCancel, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "massCancel";
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.bourse.order.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeat";
                    }
                    if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                        object.logout = $root.bourse.order.v1.Logout.toObject(message.logout, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "logout";
                    }
                    return object;
                };

                /**
                 * Converts this Inbound to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Inbound
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Inbound.prototype.toJSON = function() {
                    return Inbound.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Inbound
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Inbound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Inbound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Inbound";
                };

                return Inbound;
            })();

            v1.Login = (function() {

                /**
                 * Properties of a Login.
                 * @typedef {Object} bourse.order.v1.Login.$Properties
                 * @property {number|null} [keyId] Login keyId
                 * @property {Uint8Array|null} [nonce] Login nonce
                 * @property {Uint8Array|null} [signature] Login signature
                 * @property {number|Long|null} [lastSeenSeq] Login lastSeenSeq
                 * @property {boolean|null} [cancelOnDisconnect] Login cancelOnDisconnect
                 * @property {number|null} [version] Login version
                 * @property {boolean|null} [noResend] Login noResend
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Login.
                 * @memberof bourse.order.v1
                 * @interface ILogin
                 * @augments bourse.order.v1.Login.$Properties
                 * @deprecated Use bourse.order.v1.Login.$Properties instead.
                 */

                /**
                 * Shape of a Login.
                 * @typedef {bourse.order.v1.Login.$Properties} bourse.order.v1.Login.$Shape
                 */

                /**
                 * Constructs a new Login.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Login.
                 * @constructor
                 * @param {bourse.order.v1.Login.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Login = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Login keyId.
                 * @member {number} keyId
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.keyId = 0;

                /**
                 * Login nonce.
                 * @member {Uint8Array} nonce
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.nonce = $util.newBuffer([]);

                /**
                 * Login signature.
                 * @member {Uint8Array} signature
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.signature = $util.newBuffer([]);

                /**
                 * Login lastSeenSeq.
                 * @member {number|Long} lastSeenSeq
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.lastSeenSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Login cancelOnDisconnect.
                 * @member {boolean} cancelOnDisconnect
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.cancelOnDisconnect = false;

                /**
                 * Login version.
                 * @member {number} version
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.version = 0;

                /**
                 * Login noResend.
                 * @member {boolean} noResend
                 * @memberof bourse.order.v1.Login
                 * @instance
                 */
                Login.prototype.noResend = false;

                /**
                 * Creates a new Login instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {bourse.order.v1.Login.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Login} Login instance
                 * @type {{
                 *   (properties: bourse.order.v1.Login.$Shape): bourse.order.v1.Login & bourse.order.v1.Login.$Shape;
                 *   (properties?: bourse.order.v1.Login.$Properties): bourse.order.v1.Login;
                 * }}
                 */
                Login.create = function(properties) {
                    return new Login(properties);
                };

                /**
                 * Encodes the specified Login message. Does not implicitly {@link bourse.order.v1.Login.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {bourse.order.v1.Login.$Properties} message Login message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Login.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.keyId);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                    if (message.lastSeenSeq != null && $Object.hasOwnProperty.call(message, "lastSeenSeq") && (typeof message.lastSeenSeq === "object" ? message.lastSeenSeq.low || message.lastSeenSeq.high : message.lastSeenSeq !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeenSeq);
                    if (message.cancelOnDisconnect != null && $Object.hasOwnProperty.call(message, "cancelOnDisconnect") && message.cancelOnDisconnect !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.cancelOnDisconnect);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.version);
                    if (message.noResend != null && $Object.hasOwnProperty.call(message, "noResend") && message.noResend !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.noResend);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Login message, length delimited. Does not implicitly {@link bourse.order.v1.Login.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {bourse.order.v1.Login.$Properties} message Login message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Login.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Login message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Login & bourse.order.v1.Login.$Shape} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Login.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Login();
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
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeenSeq = value;
                                else
                                    delete message.lastSeenSeq;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.cancelOnDisconnect = value;
                                else
                                    delete message.cancelOnDisconnect;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.noResend = value;
                                else
                                    delete message.noResend;
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
                 * Decodes a Login message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Login & bourse.order.v1.Login.$Shape} Login
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Login.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Login message.
                 * @function verify
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Login.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        if (!$util.isInteger(message.keyId))
                            return "keyId: integer expected";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                            return "signature: buffer expected";
                    if (message.lastSeenSeq != null && $Object.hasOwnProperty.call(message, "lastSeenSeq"))
                        if (!$util.isInteger(message.lastSeenSeq) && !(message.lastSeenSeq && $util.isInteger(message.lastSeenSeq.low) && $util.isInteger(message.lastSeenSeq.high)))
                            return "lastSeenSeq: integer|Long expected";
                    if (message.cancelOnDisconnect != null && $Object.hasOwnProperty.call(message, "cancelOnDisconnect"))
                        if (typeof message.cancelOnDisconnect !== "boolean")
                            return "cancelOnDisconnect: boolean expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isInteger(message.version))
                            return "version: integer expected";
                    if (message.noResend != null && $Object.hasOwnProperty.call(message, "noResend"))
                        if (typeof message.noResend !== "boolean")
                            return "noResend: boolean expected";
                    return null;
                };

                /**
                 * Creates a Login message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Login} Login
                 */
                Login.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Login)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Login: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Login();
                    if (object.keyId != null)
                        if ($Number(object.keyId) !== 0)
                            message.keyId = object.keyId >>> 0;
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.signature != null)
                        if (object.signature.length)
                            if (typeof object.signature === "string")
                                $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                            else if (object.signature.length >= 0)
                                message.signature = object.signature;
                    if (object.lastSeenSeq != null)
                        if (typeof object.lastSeenSeq === "object" ? object.lastSeenSeq.low || object.lastSeenSeq.high : $Number(object.lastSeenSeq) !== 0)
                            if ($util.Long)
                                message.lastSeenSeq = $util.Long.fromValue(object.lastSeenSeq, true);
                            else if (typeof object.lastSeenSeq === "string")
                                message.lastSeenSeq = $parseInt(object.lastSeenSeq, 10);
                            else if (typeof object.lastSeenSeq === "number")
                                message.lastSeenSeq = object.lastSeenSeq;
                            else if (typeof object.lastSeenSeq === "object")
                                message.lastSeenSeq = new $util.LongBits(object.lastSeenSeq.low >>> 0, object.lastSeenSeq.high >>> 0).toNumber(true);
                    if (object.cancelOnDisconnect != null)
                        if (object.cancelOnDisconnect)
                            message.cancelOnDisconnect = $Boolean(object.cancelOnDisconnect);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.noResend != null)
                        if (object.noResend)
                            message.noResend = $Boolean(object.noResend);
                    return message;
                };

                /**
                 * Creates a plain object from a Login message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {bourse.order.v1.Login} message Login
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Login.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.keyId = 0;
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        if (options.bytes === $String)
                            object.signature = "";
                        else {
                            object.signature = [];
                            if (options.bytes !== $Array)
                                object.signature = $util.newBuffer(object.signature);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeenSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeenSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.cancelOnDisconnect = false;
                        object.version = 0;
                        object.noResend = false;
                    }
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        object.keyId = message.keyId;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                    if (message.lastSeenSeq != null && $Object.hasOwnProperty.call(message, "lastSeenSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeenSeq = typeof message.lastSeenSeq === "number" ? $BigInt(message.lastSeenSeq) : $util.Long.fromBits(message.lastSeenSeq.low >>> 0, message.lastSeenSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeenSeq === "number")
                            object.lastSeenSeq = options.longs === $String ? $String(message.lastSeenSeq) : message.lastSeenSeq;
                        else
                            object.lastSeenSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeenSeq.low >>> 0, message.lastSeenSeq.high >>> 0).toNumber(true) : message.lastSeenSeq;
                    if (message.cancelOnDisconnect != null && $Object.hasOwnProperty.call(message, "cancelOnDisconnect"))
                        object.cancelOnDisconnect = message.cancelOnDisconnect;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.noResend != null && $Object.hasOwnProperty.call(message, "noResend"))
                        object.noResend = message.noResend;
                    return object;
                };

                /**
                 * Converts this Login to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Login
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Login.prototype.toJSON = function() {
                    return Login.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Login
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Login
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Login.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Login";
                };

                return Login;
            })();

            /**
             * Side enum.
             * @name bourse.order.v1.Side
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
             * OrdType enum.
             * @name bourse.order.v1.OrdType
             * @enum {number}
             * @property {number} ORD_TYPE_UNSPECIFIED=0 ORD_TYPE_UNSPECIFIED value
             * @property {number} ORD_TYPE_LIMIT=1 ORD_TYPE_LIMIT value
             * @property {number} ORD_TYPE_MARKET=2 ORD_TYPE_MARKET value
             */
            v1.OrdType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ORD_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ORD_TYPE_LIMIT"] = 1;
                values[valuesById[2] = "ORD_TYPE_MARKET"] = 2;
                return values;
            })();

            /**
             * TimeInForce enum.
             * @name bourse.order.v1.TimeInForce
             * @enum {number}
             * @property {number} TIF_UNSPECIFIED=0 TIF_UNSPECIFIED value
             * @property {number} TIF_GTC=1 TIF_GTC value
             * @property {number} TIF_IOC=2 TIF_IOC value
             * @property {number} TIF_DAY=3 TIF_DAY value
             * @property {number} TIF_GTD=4 TIF_GTD value
             * @property {number} TIF_AT_OPEN=5 TIF_AT_OPEN value
             * @property {number} TIF_AT_CLOSE=6 TIF_AT_CLOSE value
             */
            v1.TimeInForce = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TIF_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TIF_GTC"] = 1;
                values[valuesById[2] = "TIF_IOC"] = 2;
                values[valuesById[3] = "TIF_DAY"] = 3;
                values[valuesById[4] = "TIF_GTD"] = 4;
                values[valuesById[5] = "TIF_AT_OPEN"] = 5;
                values[valuesById[6] = "TIF_AT_CLOSE"] = 6;
                return values;
            })();

            v1.NewOrder = (function() {

                /**
                 * Properties of a NewOrder.
                 * @typedef {Object} bourse.order.v1.NewOrder.$Properties
                 * @property {number|null} [clientOrderId] NewOrder clientOrderId
                 * @property {string|null} [symbol] NewOrder symbol
                 * @property {bourse.order.v1.Side|null} [side] NewOrder side
                 * @property {bourse.order.v1.OrdType|null} [ordType] NewOrder ordType
                 * @property {bourse.order.v1.TimeInForce|null} [timeInForce] NewOrder timeInForce
                 * @property {number|Long|null} [price] NewOrder price
                 * @property {number|Long|null} [qty] NewOrder qty
                 * @property {number|null} [account] NewOrder account
                 * @property {number|Long|null} [expireTimeUs] NewOrder expireTimeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NewOrder.
                 * @memberof bourse.order.v1
                 * @interface INewOrder
                 * @augments bourse.order.v1.NewOrder.$Properties
                 * @deprecated Use bourse.order.v1.NewOrder.$Properties instead.
                 */

                /**
                 * Shape of a NewOrder.
                 * @typedef {bourse.order.v1.NewOrder.$Properties} bourse.order.v1.NewOrder.$Shape
                 */

                /**
                 * Constructs a new NewOrder.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a NewOrder.
                 * @constructor
                 * @param {bourse.order.v1.NewOrder.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NewOrder = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NewOrder clientOrderId.
                 * @member {number} clientOrderId
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.clientOrderId = 0;

                /**
                 * NewOrder symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.symbol = "";

                /**
                 * NewOrder side.
                 * @member {bourse.order.v1.Side} side
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.side = 0;

                /**
                 * NewOrder ordType.
                 * @member {bourse.order.v1.OrdType} ordType
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.ordType = 0;

                /**
                 * NewOrder timeInForce.
                 * @member {bourse.order.v1.TimeInForce} timeInForce
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.timeInForce = 0;

                /**
                 * NewOrder price.
                 * @member {number|Long} price
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NewOrder qty.
                 * @member {number|Long} qty
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NewOrder account.
                 * @member {number} account
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.account = 0;

                /**
                 * NewOrder expireTimeUs.
                 * @member {number|Long} expireTimeUs
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 */
                NewOrder.prototype.expireTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new NewOrder instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {bourse.order.v1.NewOrder.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.NewOrder} NewOrder instance
                 * @type {{
                 *   (properties: bourse.order.v1.NewOrder.$Shape): bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape;
                 *   (properties?: bourse.order.v1.NewOrder.$Properties): bourse.order.v1.NewOrder;
                 * }}
                 */
                NewOrder.create = function(properties) {
                    return new NewOrder(properties);
                };

                /**
                 * Encodes the specified NewOrder message. Does not implicitly {@link bourse.order.v1.NewOrder.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {bourse.order.v1.NewOrder.$Properties} message NewOrder message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NewOrder.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && message.clientOrderId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.clientOrderId);
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.symbol);
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.side);
                    if (message.ordType != null && $Object.hasOwnProperty.call(message, "ordType") && message.ordType !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.ordType);
                    if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce") && message.timeInForce !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.timeInForce);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.qty);
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.account);
                    if (message.expireTimeUs != null && $Object.hasOwnProperty.call(message, "expireTimeUs") && (typeof message.expireTimeUs === "object" ? message.expireTimeUs.low || message.expireTimeUs.high : message.expireTimeUs !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.expireTimeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified NewOrder message, length delimited. Does not implicitly {@link bourse.order.v1.NewOrder.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {bourse.order.v1.NewOrder.$Properties} message NewOrder message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NewOrder.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a NewOrder message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape} NewOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NewOrder.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.NewOrder();
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
                                    message.clientOrderId = value;
                                else
                                    delete message.clientOrderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.side = value;
                                else
                                    delete message.side;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.ordType = value;
                                else
                                    delete message.ordType;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.timeInForce = value;
                                else
                                    delete message.timeInForce;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.account = value;
                                else
                                    delete message.account;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expireTimeUs = value;
                                else
                                    delete message.expireTimeUs;
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
                 * Decodes a NewOrder message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.NewOrder & bourse.order.v1.NewOrder.$Shape} NewOrder
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NewOrder.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a NewOrder message.
                 * @function verify
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NewOrder.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        if (!$util.isInteger(message.clientOrderId))
                            return "clientOrderId: integer expected";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        if (typeof message.side !== "number" || (message.side | 0) !== message.side)
                            return "side: enum value expected";
                    if (message.ordType != null && $Object.hasOwnProperty.call(message, "ordType"))
                        if (typeof message.ordType !== "number" || (message.ordType | 0) !== message.ordType)
                            return "ordType: enum value expected";
                    if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce"))
                        if (typeof message.timeInForce !== "number" || (message.timeInForce | 0) !== message.timeInForce)
                            return "timeInForce: enum value expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        if (!$util.isInteger(message.account))
                            return "account: integer expected";
                    if (message.expireTimeUs != null && $Object.hasOwnProperty.call(message, "expireTimeUs"))
                        if (!$util.isInteger(message.expireTimeUs) && !(message.expireTimeUs && $util.isInteger(message.expireTimeUs.low) && $util.isInteger(message.expireTimeUs.high)))
                            return "expireTimeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a NewOrder message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.NewOrder} NewOrder
                 */
                NewOrder.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.NewOrder)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.NewOrder: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.NewOrder();
                    if (object.clientOrderId != null)
                        if ($Number(object.clientOrderId) !== 0)
                            message.clientOrderId = object.clientOrderId >>> 0;
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.side !== 0 && (typeof object.side !== "string" || $root.bourse.order.v1.Side[object.side] !== 0))
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
                    if (object.ordType !== 0 && (typeof object.ordType !== "string" || $root.bourse.order.v1.OrdType[object.ordType] !== 0))
                        switch (object.ordType) {
                        case "ORD_TYPE_UNSPECIFIED":
                        case 0:
                            message.ordType = 0;
                            break;
                        case "ORD_TYPE_LIMIT":
                        case 1:
                            message.ordType = 1;
                            break;
                        case "ORD_TYPE_MARKET":
                        case 2:
                            message.ordType = 2;
                            break;
                        default:
                            if (typeof object.ordType === "number" && (object.ordType | 0) === object.ordType)
                                message.ordType = object.ordType;
                        }
                    if (object.timeInForce !== 0 && (typeof object.timeInForce !== "string" || $root.bourse.order.v1.TimeInForce[object.timeInForce] !== 0))
                        switch (object.timeInForce) {
                        case "TIF_UNSPECIFIED":
                        case 0:
                            message.timeInForce = 0;
                            break;
                        case "TIF_GTC":
                        case 1:
                            message.timeInForce = 1;
                            break;
                        case "TIF_IOC":
                        case 2:
                            message.timeInForce = 2;
                            break;
                        case "TIF_DAY":
                        case 3:
                            message.timeInForce = 3;
                            break;
                        case "TIF_GTD":
                        case 4:
                            message.timeInForce = 4;
                            break;
                        case "TIF_AT_OPEN":
                        case 5:
                            message.timeInForce = 5;
                            break;
                        case "TIF_AT_CLOSE":
                        case 6:
                            message.timeInForce = 6;
                            break;
                        default:
                            if (typeof object.timeInForce === "number" && (object.timeInForce | 0) === object.timeInForce)
                                message.timeInForce = object.timeInForce;
                        }
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, true);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, true);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber(true);
                    if (object.account != null)
                        if ($Number(object.account) !== 0)
                            message.account = object.account >>> 0;
                    if (object.expireTimeUs != null)
                        if (typeof object.expireTimeUs === "object" ? object.expireTimeUs.low || object.expireTimeUs.high : $Number(object.expireTimeUs) !== 0)
                            if ($util.Long)
                                message.expireTimeUs = $util.Long.fromValue(object.expireTimeUs, true);
                            else if (typeof object.expireTimeUs === "string")
                                message.expireTimeUs = $parseInt(object.expireTimeUs, 10);
                            else if (typeof object.expireTimeUs === "number")
                                message.expireTimeUs = object.expireTimeUs;
                            else if (typeof object.expireTimeUs === "object")
                                message.expireTimeUs = new $util.LongBits(object.expireTimeUs.low >>> 0, object.expireTimeUs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a NewOrder message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {bourse.order.v1.NewOrder} message NewOrder
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NewOrder.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.clientOrderId = 0;
                        object.symbol = "";
                        object.side = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        object.ordType = options.enums === $String ? "ORD_TYPE_UNSPECIFIED" : 0;
                        object.timeInForce = options.enums === $String ? "TIF_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.account = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expireTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expireTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        object.clientOrderId = message.clientOrderId;
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        object.side = options.enums === $String ? $root.bourse.order.v1.Side[message.side] === $undefined ? message.side : $root.bourse.order.v1.Side[message.side] : message.side;
                    if (message.ordType != null && $Object.hasOwnProperty.call(message, "ordType"))
                        object.ordType = options.enums === $String ? $root.bourse.order.v1.OrdType[message.ordType] === $undefined ? message.ordType : $root.bourse.order.v1.OrdType[message.ordType] : message.ordType;
                    if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce"))
                        object.timeInForce = options.enums === $String ? $root.bourse.order.v1.TimeInForce[message.timeInForce] === $undefined ? message.timeInForce : $root.bourse.order.v1.TimeInForce[message.timeInForce] : message.timeInForce;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, true).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber(true) : message.qty;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = message.account;
                    if (message.expireTimeUs != null && $Object.hasOwnProperty.call(message, "expireTimeUs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expireTimeUs = typeof message.expireTimeUs === "number" ? $BigInt(message.expireTimeUs) : $util.Long.fromBits(message.expireTimeUs.low >>> 0, message.expireTimeUs.high >>> 0, true).toBigInt();
                        else if (typeof message.expireTimeUs === "number")
                            object.expireTimeUs = options.longs === $String ? $String(message.expireTimeUs) : message.expireTimeUs;
                        else
                            object.expireTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.expireTimeUs) : options.longs === $Number ? new $util.LongBits(message.expireTimeUs.low >>> 0, message.expireTimeUs.high >>> 0).toNumber(true) : message.expireTimeUs;
                    return object;
                };

                /**
                 * Converts this NewOrder to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.NewOrder
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NewOrder.prototype.toJSON = function() {
                    return NewOrder.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NewOrder
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.NewOrder
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NewOrder.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.NewOrder";
                };

                return NewOrder;
            })();

            v1.Cancel = (function() {

                /**
                 * Properties of a Cancel.
                 * @typedef {Object} bourse.order.v1.Cancel.$Properties
                 * @property {number|Long|null} [orderId] Cancel orderId
                 * @property {string|null} [symbol] Cancel symbol
                 * @property {number|null} [account] Cancel account
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Cancel.
                 * @memberof bourse.order.v1
                 * @interface ICancel
                 * @augments bourse.order.v1.Cancel.$Properties
                 * @deprecated Use bourse.order.v1.Cancel.$Properties instead.
                 */

                /**
                 * Shape of a Cancel.
                 * @typedef {bourse.order.v1.Cancel.$Properties} bourse.order.v1.Cancel.$Shape
                 */

                /**
                 * Constructs a new Cancel.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Cancel.
                 * @constructor
                 * @param {bourse.order.v1.Cancel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Cancel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Cancel orderId.
                 * @member {number|Long} orderId
                 * @memberof bourse.order.v1.Cancel
                 * @instance
                 */
                Cancel.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Cancel symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.Cancel
                 * @instance
                 */
                Cancel.prototype.symbol = "";

                /**
                 * Cancel account.
                 * @member {number} account
                 * @memberof bourse.order.v1.Cancel
                 * @instance
                 */
                Cancel.prototype.account = 0;

                /**
                 * Creates a new Cancel instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {bourse.order.v1.Cancel.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Cancel} Cancel instance
                 * @type {{
                 *   (properties: bourse.order.v1.Cancel.$Shape): bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape;
                 *   (properties?: bourse.order.v1.Cancel.$Properties): bourse.order.v1.Cancel;
                 * }}
                 */
                Cancel.create = function(properties) {
                    return new Cancel(properties);
                };

                /**
                 * Encodes the specified Cancel message. Does not implicitly {@link bourse.order.v1.Cancel.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {bourse.order.v1.Cancel.$Properties} message Cancel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cancel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.symbol);
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.account);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Cancel message, length delimited. Does not implicitly {@link bourse.order.v1.Cancel.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {bourse.order.v1.Cancel.$Properties} message Cancel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cancel.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Cancel message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cancel.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Cancel();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.account = value;
                                else
                                    delete message.account;
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
                 * Decodes a Cancel message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Cancel & bourse.order.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cancel.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Cancel message.
                 * @function verify
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Cancel.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (!$util.isInteger(message.orderId) && !(message.orderId && $util.isInteger(message.orderId.low) && $util.isInteger(message.orderId.high)))
                            return "orderId: integer|Long expected";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        if (!$util.isInteger(message.account))
                            return "account: integer expected";
                    return null;
                };

                /**
                 * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Cancel} Cancel
                 */
                Cancel.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Cancel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Cancel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Cancel();
                    if (object.orderId != null)
                        if (typeof object.orderId === "object" ? object.orderId.low || object.orderId.high : $Number(object.orderId) !== 0)
                            if ($util.Long)
                                message.orderId = $util.Long.fromValue(object.orderId, true);
                            else if (typeof object.orderId === "string")
                                message.orderId = $parseInt(object.orderId, 10);
                            else if (typeof object.orderId === "number")
                                message.orderId = object.orderId;
                            else if (typeof object.orderId === "object")
                                message.orderId = new $util.LongBits(object.orderId.low >>> 0, object.orderId.high >>> 0).toNumber(true);
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.account != null)
                        if ($Number(object.account) !== 0)
                            message.account = object.account >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Cancel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {bourse.order.v1.Cancel} message Cancel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Cancel.toObject = function (message, options, _depth) {
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
                            object.orderId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.orderId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.symbol = "";
                        object.account = 0;
                    }
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.orderId = typeof message.orderId === "number" ? $BigInt(message.orderId) : $util.Long.fromBits(message.orderId.low >>> 0, message.orderId.high >>> 0, true).toBigInt();
                        else if (typeof message.orderId === "number")
                            object.orderId = options.longs === $String ? $String(message.orderId) : message.orderId;
                        else
                            object.orderId = options.longs === $String ? $util.Long.prototype.toString.call(message.orderId) : options.longs === $Number ? new $util.LongBits(message.orderId.low >>> 0, message.orderId.high >>> 0).toNumber(true) : message.orderId;
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = message.account;
                    return object;
                };

                /**
                 * Converts this Cancel to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Cancel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Cancel.prototype.toJSON = function() {
                    return Cancel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Cancel
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Cancel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Cancel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Cancel";
                };

                return Cancel;
            })();

            v1.Replace = (function() {

                /**
                 * Properties of a Replace.
                 * @typedef {Object} bourse.order.v1.Replace.$Properties
                 * @property {number|Long|null} [orderId] Replace orderId
                 * @property {string|null} [symbol] Replace symbol
                 * @property {number|null} [account] Replace account
                 * @property {number|Long|null} [price] Replace price
                 * @property {number|Long|null} [qty] Replace qty
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Replace.
                 * @memberof bourse.order.v1
                 * @interface IReplace
                 * @augments bourse.order.v1.Replace.$Properties
                 * @deprecated Use bourse.order.v1.Replace.$Properties instead.
                 */

                /**
                 * Shape of a Replace.
                 * @typedef {bourse.order.v1.Replace.$Properties} bourse.order.v1.Replace.$Shape
                 */

                /**
                 * Constructs a new Replace.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Replace.
                 * @constructor
                 * @param {bourse.order.v1.Replace.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Replace = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Replace orderId.
                 * @member {number|Long} orderId
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 */
                Replace.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Replace symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 */
                Replace.prototype.symbol = "";

                /**
                 * Replace account.
                 * @member {number} account
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 */
                Replace.prototype.account = 0;

                /**
                 * Replace price.
                 * @member {number|Long} price
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 */
                Replace.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Replace qty.
                 * @member {number|Long} qty
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 */
                Replace.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Replace instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {bourse.order.v1.Replace.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Replace} Replace instance
                 * @type {{
                 *   (properties: bourse.order.v1.Replace.$Shape): bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape;
                 *   (properties?: bourse.order.v1.Replace.$Properties): bourse.order.v1.Replace;
                 * }}
                 */
                Replace.create = function(properties) {
                    return new Replace(properties);
                };

                /**
                 * Encodes the specified Replace message. Does not implicitly {@link bourse.order.v1.Replace.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {bourse.order.v1.Replace.$Properties} message Replace message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Replace.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.symbol);
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.account);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.qty);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Replace message, length delimited. Does not implicitly {@link bourse.order.v1.Replace.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {bourse.order.v1.Replace.$Properties} message Replace message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Replace.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Replace message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape} Replace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Replace.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Replace();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.account = value;
                                else
                                    delete message.account;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
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
                 * Decodes a Replace message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Replace & bourse.order.v1.Replace.$Shape} Replace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Replace.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Replace message.
                 * @function verify
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Replace.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (!$util.isInteger(message.orderId) && !(message.orderId && $util.isInteger(message.orderId.low) && $util.isInteger(message.orderId.high)))
                            return "orderId: integer|Long expected";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        if (!$util.isInteger(message.account))
                            return "account: integer expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Replace message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Replace} Replace
                 */
                Replace.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Replace)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Replace: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Replace();
                    if (object.orderId != null)
                        if (typeof object.orderId === "object" ? object.orderId.low || object.orderId.high : $Number(object.orderId) !== 0)
                            if ($util.Long)
                                message.orderId = $util.Long.fromValue(object.orderId, true);
                            else if (typeof object.orderId === "string")
                                message.orderId = $parseInt(object.orderId, 10);
                            else if (typeof object.orderId === "number")
                                message.orderId = object.orderId;
                            else if (typeof object.orderId === "object")
                                message.orderId = new $util.LongBits(object.orderId.low >>> 0, object.orderId.high >>> 0).toNumber(true);
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.account != null)
                        if ($Number(object.account) !== 0)
                            message.account = object.account >>> 0;
                    if (object.price != null)
                        if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                            if ($util.Long)
                                message.price = $util.Long.fromValue(object.price, true);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, true);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Replace message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {bourse.order.v1.Replace} message Replace
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Replace.toObject = function (message, options, _depth) {
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
                            object.orderId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.orderId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.symbol = "";
                        object.account = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.orderId = typeof message.orderId === "number" ? $BigInt(message.orderId) : $util.Long.fromBits(message.orderId.low >>> 0, message.orderId.high >>> 0, true).toBigInt();
                        else if (typeof message.orderId === "number")
                            object.orderId = options.longs === $String ? $String(message.orderId) : message.orderId;
                        else
                            object.orderId = options.longs === $String ? $util.Long.prototype.toString.call(message.orderId) : options.longs === $Number ? new $util.LongBits(message.orderId.low >>> 0, message.orderId.high >>> 0).toNumber(true) : message.orderId;
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = message.account;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, true).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber(true) : message.qty;
                    return object;
                };

                /**
                 * Converts this Replace to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Replace
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Replace.prototype.toJSON = function() {
                    return Replace.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Replace
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Replace
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Replace.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Replace";
                };

                return Replace;
            })();

            v1.MassCancel = (function() {

                /**
                 * Properties of a MassCancel.
                 * @typedef {Object} bourse.order.v1.MassCancel.$Properties
                 * @property {string|null} [symbol] MassCancel symbol
                 * @property {number|null} [account] MassCancel account
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MassCancel.
                 * @memberof bourse.order.v1
                 * @interface IMassCancel
                 * @augments bourse.order.v1.MassCancel.$Properties
                 * @deprecated Use bourse.order.v1.MassCancel.$Properties instead.
                 */

                /**
                 * Shape of a MassCancel.
                 * @typedef {bourse.order.v1.MassCancel.$Properties} bourse.order.v1.MassCancel.$Shape
                 */

                /**
                 * Constructs a new MassCancel.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a MassCancel.
                 * @constructor
                 * @param {bourse.order.v1.MassCancel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MassCancel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MassCancel symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.MassCancel
                 * @instance
                 */
                MassCancel.prototype.symbol = "";

                /**
                 * MassCancel account.
                 * @member {number} account
                 * @memberof bourse.order.v1.MassCancel
                 * @instance
                 */
                MassCancel.prototype.account = 0;

                /**
                 * Creates a new MassCancel instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {bourse.order.v1.MassCancel.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.MassCancel} MassCancel instance
                 * @type {{
                 *   (properties: bourse.order.v1.MassCancel.$Shape): bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape;
                 *   (properties?: bourse.order.v1.MassCancel.$Properties): bourse.order.v1.MassCancel;
                 * }}
                 */
                MassCancel.create = function(properties) {
                    return new MassCancel(properties);
                };

                /**
                 * Encodes the specified MassCancel message. Does not implicitly {@link bourse.order.v1.MassCancel.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {bourse.order.v1.MassCancel.$Properties} message MassCancel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MassCancel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.symbol);
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.account);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MassCancel message, length delimited. Does not implicitly {@link bourse.order.v1.MassCancel.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {bourse.order.v1.MassCancel.$Properties} message MassCancel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MassCancel.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MassCancel message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape} MassCancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MassCancel.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.MassCancel();
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
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.account = value;
                                else
                                    delete message.account;
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
                 * Decodes a MassCancel message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.MassCancel & bourse.order.v1.MassCancel.$Shape} MassCancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MassCancel.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MassCancel message.
                 * @function verify
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MassCancel.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        if (!$util.isInteger(message.account))
                            return "account: integer expected";
                    return null;
                };

                /**
                 * Creates a MassCancel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.MassCancel} MassCancel
                 */
                MassCancel.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.MassCancel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.MassCancel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.MassCancel();
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.account != null)
                        if ($Number(object.account) !== 0)
                            message.account = object.account >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a MassCancel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {bourse.order.v1.MassCancel} message MassCancel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MassCancel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbol = "";
                        object.account = 0;
                    }
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = message.account;
                    return object;
                };

                /**
                 * Converts this MassCancel to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.MassCancel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MassCancel.prototype.toJSON = function() {
                    return MassCancel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MassCancel
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.MassCancel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MassCancel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.MassCancel";
                };

                return MassCancel;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} bourse.order.v1.Heartbeat.$Properties
                 * @property {number|Long|null} [token] Heartbeat token
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof bourse.order.v1
                 * @interface IHeartbeat
                 * @augments bourse.order.v1.Heartbeat.$Properties
                 * @deprecated Use bourse.order.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {bourse.order.v1.Heartbeat.$Properties} bourse.order.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {bourse.order.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat token.
                 * @member {number|Long} token
                 * @memberof bourse.order.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.token = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {bourse.order.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: bourse.order.v1.Heartbeat.$Shape): bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape;
                 *   (properties?: bourse.order.v1.Heartbeat.$Properties): bourse.order.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link bourse.order.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {bourse.order.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
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
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token") && (typeof message.token === "object" ? message.token.low || message.token.high : message.token !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.token);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bourse.order.v1.Heartbeat.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {bourse.order.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape} Heartbeat
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
                    message = _target || new $root.bourse.order.v1.Heartbeat();
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
                                    message.token = value;
                                else
                                    delete message.token;
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
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Heartbeat & bourse.order.v1.Heartbeat.$Shape} Heartbeat
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
                 * @memberof bourse.order.v1.Heartbeat
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
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        if (!$util.isInteger(message.token) && !(message.token && $util.isInteger(message.token.low) && $util.isInteger(message.token.high)))
                            return "token: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Heartbeat: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Heartbeat();
                    if (object.token != null)
                        if (typeof object.token === "object" ? object.token.low || object.token.high : $Number(object.token) !== 0)
                            if ($util.Long)
                                message.token = $util.Long.fromValue(object.token, true);
                            else if (typeof object.token === "string")
                                message.token = $parseInt(object.token, 10);
                            else if (typeof object.token === "number")
                                message.token = object.token;
                            else if (typeof object.token === "object")
                                message.token = new $util.LongBits(object.token.low >>> 0, object.token.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {bourse.order.v1.Heartbeat} message Heartbeat
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
                            object.token = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.token = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.token = typeof message.token === "number" ? $BigInt(message.token) : $util.Long.fromBits(message.token.low >>> 0, message.token.high >>> 0, true).toBigInt();
                        else if (typeof message.token === "number")
                            object.token = options.longs === $String ? $String(message.token) : message.token;
                        else
                            object.token = options.longs === $String ? $util.Long.prototype.toString.call(message.token) : options.longs === $Number ? new $util.LongBits(message.token.low >>> 0, message.token.high >>> 0).toNumber(true) : message.token;
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.Logout = (function() {

                /**
                 * Properties of a Logout.
                 * @typedef {Object} bourse.order.v1.Logout.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Logout.
                 * @memberof bourse.order.v1
                 * @interface ILogout
                 * @augments bourse.order.v1.Logout.$Properties
                 * @deprecated Use bourse.order.v1.Logout.$Properties instead.
                 */

                /**
                 * Shape of a Logout.
                 * @typedef {bourse.order.v1.Logout.$Properties} bourse.order.v1.Logout.$Shape
                 */

                /**
                 * Constructs a new Logout.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Logout.
                 * @constructor
                 * @param {bourse.order.v1.Logout.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Logout = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Logout instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {bourse.order.v1.Logout.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Logout} Logout instance
                 * @type {{
                 *   (properties: bourse.order.v1.Logout.$Shape): bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape;
                 *   (properties?: bourse.order.v1.Logout.$Properties): bourse.order.v1.Logout;
                 * }}
                 */
                Logout.create = function(properties) {
                    return new Logout(properties);
                };

                /**
                 * Encodes the specified Logout message. Does not implicitly {@link bourse.order.v1.Logout.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {bourse.order.v1.Logout.$Properties} message Logout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Logout.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Logout message, length delimited. Does not implicitly {@link bourse.order.v1.Logout.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {bourse.order.v1.Logout.$Properties} message Logout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Logout.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Logout message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Logout.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Logout();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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
                 * Decodes a Logout message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Logout & bourse.order.v1.Logout.$Shape} Logout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Logout.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Logout message.
                 * @function verify
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Logout.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a Logout message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Logout} Logout
                 */
                Logout.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Logout)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Logout: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.bourse.order.v1.Logout();
                };

                /**
                 * Creates a plain object from a Logout message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {bourse.order.v1.Logout} message Logout
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Logout.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Logout to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Logout
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Logout.prototype.toJSON = function() {
                    return Logout.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Logout
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Logout
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Logout.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Logout";
                };

                return Logout;
            })();

            v1.Outbound = (function() {

                /**
                 * Properties of an Outbound.
                 * @typedef {Object} bourse.order.v1.Outbound.$Properties
                 * @property {number|Long|null} [seq] Outbound seq
                 * @property {bourse.order.v1.Hello.$Properties|null} [hello] Outbound hello
                 * @property {bourse.order.v1.LoginAccepted.$Properties|null} [loginAccepted] Outbound loginAccepted
                 * @property {bourse.order.v1.LoginRejected.$Properties|null} [loginRejected] Outbound loginRejected
                 * @property {bourse.order.v1.ExecutionReport.$Properties|null} [executionReport] Outbound executionReport
                 * @property {bourse.order.v1.CancelReject.$Properties|null} [cancelReject] Outbound cancelReject
                 * @property {bourse.order.v1.SessionReject.$Properties|null} [sessionReject] Outbound sessionReject
                 * @property {bourse.order.v1.Heartbeat.$Properties|null} [heartbeat] Outbound heartbeat
                 * @property {"hello"|"loginAccepted"|"loginRejected"|"executionReport"|"cancelReject"|"sessionReject"|"heartbeat"} [body] Outbound body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Outbound.
                 * @memberof bourse.order.v1
                 * @interface IOutbound
                 * @augments bourse.order.v1.Outbound.$Properties
                 * @deprecated Use bourse.order.v1.Outbound.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Outbound.
                 * @typedef {{
                 *   seq?: number|Long|null;
                 *   hello?: bourse.order.v1.Hello.$Shape|null;
                 *   loginAccepted?: bourse.order.v1.LoginAccepted.$Shape|null;
                 *   loginRejected?: bourse.order.v1.LoginRejected.$Shape|null;
                 *   executionReport?: bourse.order.v1.ExecutionReport.$Shape|null;
                 *   cancelReject?: bourse.order.v1.CancelReject.$Shape|null;
                 *   sessionReject?: bourse.order.v1.SessionReject.$Shape|null;
                 *   heartbeat?: bourse.order.v1.Heartbeat.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "hello"; hello: bourse.order.v1.Hello.$Shape; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "loginAccepted"; hello?: null; loginAccepted: bourse.order.v1.LoginAccepted.$Shape; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "loginRejected"; hello?: null; loginAccepted?: null; loginRejected: bourse.order.v1.LoginRejected.$Shape; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "executionReport"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport: bourse.order.v1.ExecutionReport.$Shape; cancelReject?: null; sessionReject?: null; heartbeat?: null }|{ body?: "cancelReject"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject: bourse.order.v1.CancelReject.$Shape; sessionReject?: null; heartbeat?: null }|{ body?: "sessionReject"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject: bourse.order.v1.SessionReject.$Shape; heartbeat?: null }|{ body?: "heartbeat"; hello?: null; loginAccepted?: null; loginRejected?: null; executionReport?: null; cancelReject?: null; sessionReject?: null; heartbeat: bourse.order.v1.Heartbeat.$Shape })
                 * )} bourse.order.v1.Outbound.$Shape
                 */

                /**
                 * Constructs a new Outbound.
                 * @memberof bourse.order.v1
                 * @classdesc Represents an Outbound.
                 * @constructor
                 * @param {bourse.order.v1.Outbound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Outbound = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Outbound seq.
                 * @member {number|Long} seq
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Outbound hello.
                 * @member {bourse.order.v1.Hello.$Properties|null|undefined} hello
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.hello = null;

                /**
                 * Outbound loginAccepted.
                 * @member {bourse.order.v1.LoginAccepted.$Properties|null|undefined} loginAccepted
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.loginAccepted = null;

                /**
                 * Outbound loginRejected.
                 * @member {bourse.order.v1.LoginRejected.$Properties|null|undefined} loginRejected
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.loginRejected = null;

                /**
                 * Outbound executionReport.
                 * @member {bourse.order.v1.ExecutionReport.$Properties|null|undefined} executionReport
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.executionReport = null;

                /**
                 * Outbound cancelReject.
                 * @member {bourse.order.v1.CancelReject.$Properties|null|undefined} cancelReject
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.cancelReject = null;

                /**
                 * Outbound sessionReject.
                 * @member {bourse.order.v1.SessionReject.$Properties|null|undefined} sessionReject
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.sessionReject = null;

                /**
                 * Outbound heartbeat.
                 * @member {bourse.order.v1.Heartbeat.$Properties|null|undefined} heartbeat
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                Outbound.prototype.heartbeat = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Outbound body.
                 * @member {"hello"|"loginAccepted"|"loginRejected"|"executionReport"|"cancelReject"|"sessionReject"|"heartbeat"|undefined} body
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 */
                $Object.defineProperty(Outbound.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "loginAccepted", "loginRejected", "executionReport", "cancelReject", "sessionReject", "heartbeat"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Outbound instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {bourse.order.v1.Outbound.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Outbound} Outbound instance
                 * @type {{
                 *   (properties: bourse.order.v1.Outbound.$Shape): bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape;
                 *   (properties?: bourse.order.v1.Outbound.$Properties): bourse.order.v1.Outbound;
                 * }}
                 */
                Outbound.create = function(properties) {
                    return new Outbound(properties);
                };

                /**
                 * Encodes the specified Outbound message. Does not implicitly {@link bourse.order.v1.Outbound.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {bourse.order.v1.Outbound.$Properties} message Outbound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Outbound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.bourse.order.v1.Hello.encode(message.hello, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.loginAccepted != null && $Object.hasOwnProperty.call(message, "loginAccepted"))
                        $root.bourse.order.v1.LoginAccepted.encode(message.loginAccepted, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.loginRejected != null && $Object.hasOwnProperty.call(message, "loginRejected"))
                        $root.bourse.order.v1.LoginRejected.encode(message.loginRejected, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.executionReport != null && $Object.hasOwnProperty.call(message, "executionReport"))
                        $root.bourse.order.v1.ExecutionReport.encode(message.executionReport, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.cancelReject != null && $Object.hasOwnProperty.call(message, "cancelReject"))
                        $root.bourse.order.v1.CancelReject.encode(message.cancelReject, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.sessionReject != null && $Object.hasOwnProperty.call(message, "sessionReject"))
                        $root.bourse.order.v1.SessionReject.encode(message.sessionReject, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.bourse.order.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Outbound message, length delimited. Does not implicitly {@link bourse.order.v1.Outbound.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {bourse.order.v1.Outbound.$Properties} message Outbound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Outbound.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Outbound message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape} Outbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Outbound.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Outbound();
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
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.bourse.order.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                message.body = "hello";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.loginAccepted = $root.bourse.order.v1.LoginAccepted.decode(reader, reader.size(), $undefined, _depth + 1, message.loginAccepted);
                                message.body = "loginAccepted";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.loginRejected = $root.bourse.order.v1.LoginRejected.decode(reader, reader.size(), $undefined, _depth + 1, message.loginRejected);
                                message.body = "loginRejected";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.executionReport = $root.bourse.order.v1.ExecutionReport.decode(reader, reader.size(), $undefined, _depth + 1, message.executionReport);
                                message.body = "executionReport";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.cancelReject = $root.bourse.order.v1.CancelReject.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelReject);
                                message.body = "cancelReject";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.sessionReject = $root.bourse.order.v1.SessionReject.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionReject);
                                message.body = "sessionReject";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.bourse.order.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.body = "heartbeat";
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
                 * Decodes an Outbound message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Outbound & bourse.order.v1.Outbound.$Shape} Outbound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Outbound.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Outbound message.
                 * @function verify
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Outbound.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                            return "seq: integer|Long expected";
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Hello.verify(message.hello, _depth + 1);
                            if (error)
                                return "hello." + error;
                        }
                    }
                    if (message.loginAccepted != null && $Object.hasOwnProperty.call(message, "loginAccepted")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.LoginAccepted.verify(message.loginAccepted, _depth + 1);
                            if (error)
                                return "loginAccepted." + error;
                        }
                    }
                    if (message.loginRejected != null && $Object.hasOwnProperty.call(message, "loginRejected")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.LoginRejected.verify(message.loginRejected, _depth + 1);
                            if (error)
                                return "loginRejected." + error;
                        }
                    }
                    if (message.executionReport != null && $Object.hasOwnProperty.call(message, "executionReport")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.ExecutionReport.verify(message.executionReport, _depth + 1);
                            if (error)
                                return "executionReport." + error;
                        }
                    }
                    if (message.cancelReject != null && $Object.hasOwnProperty.call(message, "cancelReject")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.CancelReject.verify(message.cancelReject, _depth + 1);
                            if (error)
                                return "cancelReject." + error;
                        }
                    }
                    if (message.sessionReject != null && $Object.hasOwnProperty.call(message, "sessionReject")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.SessionReject.verify(message.sessionReject, _depth + 1);
                            if (error)
                                return "sessionReject." + error;
                        }
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        if (properties.body === 1)
                            return "body: multiple values";
                        properties.body = 1;
                        {
                            let error = $root.bourse.order.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                            if (error)
                                return "heartbeat." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an Outbound message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Outbound} Outbound
                 */
                Outbound.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Outbound)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Outbound: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Outbound();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw $TypeError(".bourse.order.v1.Outbound.hello: object expected");
                        message.hello = $root.bourse.order.v1.Hello.fromObject(object.hello, _depth + 1);
                    }
                    if (object.loginAccepted != null) {
                        if (!$util.isObject(object.loginAccepted))
                            throw $TypeError(".bourse.order.v1.Outbound.loginAccepted: object expected");
                        message.loginAccepted = $root.bourse.order.v1.LoginAccepted.fromObject(object.loginAccepted, _depth + 1);
                    }
                    if (object.loginRejected != null) {
                        if (!$util.isObject(object.loginRejected))
                            throw $TypeError(".bourse.order.v1.Outbound.loginRejected: object expected");
                        message.loginRejected = $root.bourse.order.v1.LoginRejected.fromObject(object.loginRejected, _depth + 1);
                    }
                    if (object.executionReport != null) {
                        if (!$util.isObject(object.executionReport))
                            throw $TypeError(".bourse.order.v1.Outbound.executionReport: object expected");
                        message.executionReport = $root.bourse.order.v1.ExecutionReport.fromObject(object.executionReport, _depth + 1);
                    }
                    if (object.cancelReject != null) {
                        if (!$util.isObject(object.cancelReject))
                            throw $TypeError(".bourse.order.v1.Outbound.cancelReject: object expected");
                        message.cancelReject = $root.bourse.order.v1.CancelReject.fromObject(object.cancelReject, _depth + 1);
                    }
                    if (object.sessionReject != null) {
                        if (!$util.isObject(object.sessionReject))
                            throw $TypeError(".bourse.order.v1.Outbound.sessionReject: object expected");
                        message.sessionReject = $root.bourse.order.v1.SessionReject.fromObject(object.sessionReject, _depth + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw $TypeError(".bourse.order.v1.Outbound.heartbeat: object expected");
                        message.heartbeat = $root.bourse.order.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Outbound message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {bourse.order.v1.Outbound} message Outbound
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Outbound.toObject = function (message, options, _depth) {
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
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.bourse.order.v1.Hello.toObject(message.hello, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "hello";
                    }
                    if (message.loginAccepted != null && $Object.hasOwnProperty.call(message, "loginAccepted")) {
                        object.loginAccepted = $root.bourse.order.v1.LoginAccepted.toObject(message.loginAccepted, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "loginAccepted";
                    }
                    if (message.loginRejected != null && $Object.hasOwnProperty.call(message, "loginRejected")) {
                        object.loginRejected = $root.bourse.order.v1.LoginRejected.toObject(message.loginRejected, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "loginRejected";
                    }
                    if (message.executionReport != null && $Object.hasOwnProperty.call(message, "executionReport")) {
                        object.executionReport = $root.bourse.order.v1.ExecutionReport.toObject(message.executionReport, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "executionReport";
                    }
                    if (message.cancelReject != null && $Object.hasOwnProperty.call(message, "cancelReject")) {
                        object.cancelReject = $root.bourse.order.v1.CancelReject.toObject(message.cancelReject, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "cancelReject";
                    }
                    if (message.sessionReject != null && $Object.hasOwnProperty.call(message, "sessionReject")) {
                        object.sessionReject = $root.bourse.order.v1.SessionReject.toObject(message.sessionReject, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "sessionReject";
                    }
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.bourse.order.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                        if (options.oneofs)
                            object.body = "heartbeat";
                    }
                    return object;
                };

                /**
                 * Converts this Outbound to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Outbound
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Outbound.prototype.toJSON = function() {
                    return Outbound.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Outbound
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Outbound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Outbound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Outbound";
                };

                return Outbound;
            })();

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} bourse.order.v1.Hello.$Properties
                 * @property {Uint8Array|null} [nonce] Hello nonce
                 * @property {number|null} [version] Hello version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof bourse.order.v1
                 * @interface IHello
                 * @augments bourse.order.v1.Hello.$Properties
                 * @deprecated Use bourse.order.v1.Hello.$Properties instead.
                 */

                /**
                 * Shape of a Hello.
                 * @typedef {bourse.order.v1.Hello.$Properties} bourse.order.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {bourse.order.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello nonce.
                 * @member {Uint8Array} nonce
                 * @memberof bourse.order.v1.Hello
                 * @instance
                 */
                Hello.prototype.nonce = $util.newBuffer([]);

                /**
                 * Hello version.
                 * @member {number} version
                 * @memberof bourse.order.v1.Hello
                 * @instance
                 */
                Hello.prototype.version = 0;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {bourse.order.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: bourse.order.v1.Hello.$Shape): bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape;
                 *   (properties?: bourse.order.v1.Hello.$Properties): bourse.order.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link bourse.order.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {bourse.order.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Hello message, length delimited. Does not implicitly {@link bourse.order.v1.Hello.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {bourse.order.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Hello();
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
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
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
                 * Decodes a Hello message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Hello & bourse.order.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Hello message.
                 * @function verify
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Hello.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isInteger(message.version))
                            return "version: integer expected";
                    return null;
                };

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Hello} Hello
                 */
                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Hello();
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {bourse.order.v1.Hello} message Hello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        object.version = 0;
                    }
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                /**
                 * Converts this Hello to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Hello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Hello
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Hello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Hello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Hello";
                };

                return Hello;
            })();

            v1.Instrument = (function() {

                /**
                 * Properties of an Instrument.
                 * @typedef {Object} bourse.order.v1.Instrument.$Properties
                 * @property {string|null} [symbol] Instrument symbol
                 * @property {number|null} [symbolId] Instrument symbolId
                 * @property {number|null} [priceDecimals] Instrument priceDecimals
                 * @property {number|null} [qtyDecimals] Instrument qtyDecimals
                 * @property {number|Long|null} [tick] Instrument tick
                 * @property {number|Long|null} [lot] Instrument lot
                 * @property {number|Long|null} [refPrice] Instrument refPrice
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Instrument.
                 * @memberof bourse.order.v1
                 * @interface IInstrument
                 * @augments bourse.order.v1.Instrument.$Properties
                 * @deprecated Use bourse.order.v1.Instrument.$Properties instead.
                 */

                /**
                 * Shape of an Instrument.
                 * @typedef {bourse.order.v1.Instrument.$Properties} bourse.order.v1.Instrument.$Shape
                 */

                /**
                 * Constructs a new Instrument.
                 * @memberof bourse.order.v1
                 * @classdesc Represents an Instrument.
                 * @constructor
                 * @param {bourse.order.v1.Instrument.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Instrument = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Instrument symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.symbol = "";

                /**
                 * Instrument symbolId.
                 * @member {number} symbolId
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.symbolId = 0;

                /**
                 * Instrument priceDecimals.
                 * @member {number} priceDecimals
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.priceDecimals = 0;

                /**
                 * Instrument qtyDecimals.
                 * @member {number} qtyDecimals
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.qtyDecimals = 0;

                /**
                 * Instrument tick.
                 * @member {number|Long} tick
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.tick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Instrument lot.
                 * @member {number|Long} lot
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.lot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Instrument refPrice.
                 * @member {number|Long} refPrice
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 */
                Instrument.prototype.refPrice = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Instrument instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {bourse.order.v1.Instrument.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.Instrument} Instrument instance
                 * @type {{
                 *   (properties: bourse.order.v1.Instrument.$Shape): bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape;
                 *   (properties?: bourse.order.v1.Instrument.$Properties): bourse.order.v1.Instrument;
                 * }}
                 */
                Instrument.create = function(properties) {
                    return new Instrument(properties);
                };

                /**
                 * Encodes the specified Instrument message. Does not implicitly {@link bourse.order.v1.Instrument.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {bourse.order.v1.Instrument.$Properties} message Instrument message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Instrument.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.symbol);
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId") && message.symbolId !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.symbolId);
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals") && message.priceDecimals !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.priceDecimals);
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals") && message.qtyDecimals !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.qtyDecimals);
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && (typeof message.tick === "object" ? message.tick.low || message.tick.high : message.tick !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.tick);
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot") && (typeof message.lot === "object" ? message.lot.low || message.lot.high : message.lot !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lot);
                    if (message.refPrice != null && $Object.hasOwnProperty.call(message, "refPrice") && (typeof message.refPrice === "object" ? message.refPrice.low || message.refPrice.high : message.refPrice !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.refPrice);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Instrument message, length delimited. Does not implicitly {@link bourse.order.v1.Instrument.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {bourse.order.v1.Instrument.$Properties} message Instrument message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Instrument.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Instrument message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape} Instrument
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Instrument.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.Instrument();
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
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.symbolId = value;
                                else
                                    delete message.symbolId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.priceDecimals = value;
                                else
                                    delete message.priceDecimals;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.qtyDecimals = value;
                                else
                                    delete message.qtyDecimals;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tick = value;
                                else
                                    delete message.tick;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lot = value;
                                else
                                    delete message.lot;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.refPrice = value;
                                else
                                    delete message.refPrice;
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
                 * Decodes an Instrument message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.Instrument & bourse.order.v1.Instrument.$Shape} Instrument
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Instrument.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Instrument message.
                 * @function verify
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Instrument.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        if (!$util.isInteger(message.symbolId))
                            return "symbolId: integer expected";
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals"))
                        if (!$util.isInteger(message.priceDecimals))
                            return "priceDecimals: integer expected";
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals"))
                        if (!$util.isInteger(message.qtyDecimals))
                            return "qtyDecimals: integer expected";
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                        if (!$util.isInteger(message.tick) && !(message.tick && $util.isInteger(message.tick.low) && $util.isInteger(message.tick.high)))
                            return "tick: integer|Long expected";
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot"))
                        if (!$util.isInteger(message.lot) && !(message.lot && $util.isInteger(message.lot.low) && $util.isInteger(message.lot.high)))
                            return "lot: integer|Long expected";
                    if (message.refPrice != null && $Object.hasOwnProperty.call(message, "refPrice"))
                        if (!$util.isInteger(message.refPrice) && !(message.refPrice && $util.isInteger(message.refPrice.low) && $util.isInteger(message.refPrice.high)))
                            return "refPrice: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an Instrument message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.Instrument} Instrument
                 */
                Instrument.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.Instrument)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.Instrument: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.Instrument();
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.symbolId != null)
                        if ($Number(object.symbolId) !== 0)
                            message.symbolId = object.symbolId >>> 0;
                    if (object.priceDecimals != null)
                        if ($Number(object.priceDecimals) !== 0)
                            message.priceDecimals = object.priceDecimals >>> 0;
                    if (object.qtyDecimals != null)
                        if ($Number(object.qtyDecimals) !== 0)
                            message.qtyDecimals = object.qtyDecimals >>> 0;
                    if (object.tick != null)
                        if (typeof object.tick === "object" ? object.tick.low || object.tick.high : $Number(object.tick) !== 0)
                            if ($util.Long)
                                message.tick = $util.Long.fromValue(object.tick, true);
                            else if (typeof object.tick === "string")
                                message.tick = $parseInt(object.tick, 10);
                            else if (typeof object.tick === "number")
                                message.tick = object.tick;
                            else if (typeof object.tick === "object")
                                message.tick = new $util.LongBits(object.tick.low >>> 0, object.tick.high >>> 0).toNumber(true);
                    if (object.lot != null)
                        if (typeof object.lot === "object" ? object.lot.low || object.lot.high : $Number(object.lot) !== 0)
                            if ($util.Long)
                                message.lot = $util.Long.fromValue(object.lot, true);
                            else if (typeof object.lot === "string")
                                message.lot = $parseInt(object.lot, 10);
                            else if (typeof object.lot === "number")
                                message.lot = object.lot;
                            else if (typeof object.lot === "object")
                                message.lot = new $util.LongBits(object.lot.low >>> 0, object.lot.high >>> 0).toNumber(true);
                    if (object.refPrice != null)
                        if (typeof object.refPrice === "object" ? object.refPrice.low || object.refPrice.high : $Number(object.refPrice) !== 0)
                            if ($util.Long)
                                message.refPrice = $util.Long.fromValue(object.refPrice, true);
                            else if (typeof object.refPrice === "string")
                                message.refPrice = $parseInt(object.refPrice, 10);
                            else if (typeof object.refPrice === "number")
                                message.refPrice = object.refPrice;
                            else if (typeof object.refPrice === "object")
                                message.refPrice = new $util.LongBits(object.refPrice.low >>> 0, object.refPrice.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an Instrument message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {bourse.order.v1.Instrument} message Instrument
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Instrument.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.symbol = "";
                        object.symbolId = 0;
                        object.priceDecimals = 0;
                        object.qtyDecimals = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tick = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tick = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lot = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lot = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.refPrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.refPrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.symbolId != null && $Object.hasOwnProperty.call(message, "symbolId"))
                        object.symbolId = message.symbolId;
                    if (message.priceDecimals != null && $Object.hasOwnProperty.call(message, "priceDecimals"))
                        object.priceDecimals = message.priceDecimals;
                    if (message.qtyDecimals != null && $Object.hasOwnProperty.call(message, "qtyDecimals"))
                        object.qtyDecimals = message.qtyDecimals;
                    if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tick = typeof message.tick === "number" ? $BigInt(message.tick) : $util.Long.fromBits(message.tick.low >>> 0, message.tick.high >>> 0, true).toBigInt();
                        else if (typeof message.tick === "number")
                            object.tick = options.longs === $String ? $String(message.tick) : message.tick;
                        else
                            object.tick = options.longs === $String ? $util.Long.prototype.toString.call(message.tick) : options.longs === $Number ? new $util.LongBits(message.tick.low >>> 0, message.tick.high >>> 0).toNumber(true) : message.tick;
                    if (message.lot != null && $Object.hasOwnProperty.call(message, "lot"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lot = typeof message.lot === "number" ? $BigInt(message.lot) : $util.Long.fromBits(message.lot.low >>> 0, message.lot.high >>> 0, true).toBigInt();
                        else if (typeof message.lot === "number")
                            object.lot = options.longs === $String ? $String(message.lot) : message.lot;
                        else
                            object.lot = options.longs === $String ? $util.Long.prototype.toString.call(message.lot) : options.longs === $Number ? new $util.LongBits(message.lot.low >>> 0, message.lot.high >>> 0).toNumber(true) : message.lot;
                    if (message.refPrice != null && $Object.hasOwnProperty.call(message, "refPrice"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.refPrice = typeof message.refPrice === "number" ? $BigInt(message.refPrice) : $util.Long.fromBits(message.refPrice.low >>> 0, message.refPrice.high >>> 0, true).toBigInt();
                        else if (typeof message.refPrice === "number")
                            object.refPrice = options.longs === $String ? $String(message.refPrice) : message.refPrice;
                        else
                            object.refPrice = options.longs === $String ? $util.Long.prototype.toString.call(message.refPrice) : options.longs === $Number ? new $util.LongBits(message.refPrice.low >>> 0, message.refPrice.high >>> 0).toNumber(true) : message.refPrice;
                    return object;
                };

                /**
                 * Converts this Instrument to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.Instrument
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Instrument.prototype.toJSON = function() {
                    return Instrument.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Instrument
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.Instrument
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Instrument.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.Instrument";
                };

                return Instrument;
            })();

            v1.LoginAccepted = (function() {

                /**
                 * Properties of a LoginAccepted.
                 * @typedef {Object} bourse.order.v1.LoginAccepted.$Properties
                 * @property {number|null} [firm] LoginAccepted firm
                 * @property {number|Long|null} [lastSeq] LoginAccepted lastSeq
                 * @property {number|Long|null} [firstResendableSeq] LoginAccepted firstResendableSeq
                 * @property {Array.<bourse.order.v1.Instrument.$Properties>|null} [instruments] LoginAccepted instruments
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoginAccepted.
                 * @memberof bourse.order.v1
                 * @interface ILoginAccepted
                 * @augments bourse.order.v1.LoginAccepted.$Properties
                 * @deprecated Use bourse.order.v1.LoginAccepted.$Properties instead.
                 */

                /**
                 * Shape of a LoginAccepted.
                 * @typedef {bourse.order.v1.LoginAccepted.$Properties} bourse.order.v1.LoginAccepted.$Shape
                 */

                /**
                 * Constructs a new LoginAccepted.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a LoginAccepted.
                 * @constructor
                 * @param {bourse.order.v1.LoginAccepted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoginAccepted = function (properties) {
                    this.instruments = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoginAccepted firm.
                 * @member {number} firm
                 * @memberof bourse.order.v1.LoginAccepted
                 * @instance
                 */
                LoginAccepted.prototype.firm = 0;

                /**
                 * LoginAccepted lastSeq.
                 * @member {number|Long} lastSeq
                 * @memberof bourse.order.v1.LoginAccepted
                 * @instance
                 */
                LoginAccepted.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LoginAccepted firstResendableSeq.
                 * @member {number|Long} firstResendableSeq
                 * @memberof bourse.order.v1.LoginAccepted
                 * @instance
                 */
                LoginAccepted.prototype.firstResendableSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LoginAccepted instruments.
                 * @member {Array.<bourse.order.v1.Instrument.$Properties>} instruments
                 * @memberof bourse.order.v1.LoginAccepted
                 * @instance
                 */
                LoginAccepted.prototype.instruments = $util.emptyArray;

                /**
                 * Creates a new LoginAccepted instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {bourse.order.v1.LoginAccepted.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.LoginAccepted} LoginAccepted instance
                 * @type {{
                 *   (properties: bourse.order.v1.LoginAccepted.$Shape): bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape;
                 *   (properties?: bourse.order.v1.LoginAccepted.$Properties): bourse.order.v1.LoginAccepted;
                 * }}
                 */
                LoginAccepted.create = function(properties) {
                    return new LoginAccepted(properties);
                };

                /**
                 * Encodes the specified LoginAccepted message. Does not implicitly {@link bourse.order.v1.LoginAccepted.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {bourse.order.v1.LoginAccepted.$Properties} message LoginAccepted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginAccepted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.firm != null && $Object.hasOwnProperty.call(message, "firm") && message.firm !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.firm);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                    if (message.firstResendableSeq != null && $Object.hasOwnProperty.call(message, "firstResendableSeq") && (typeof message.firstResendableSeq === "object" ? message.firstResendableSeq.low || message.firstResendableSeq.high : message.firstResendableSeq !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.firstResendableSeq);
                    if (message.instruments != null && message.instruments.length)
                        for (let i = 0; i < message.instruments.length; ++i)
                            $root.bourse.order.v1.Instrument.encode(message.instruments[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LoginAccepted message, length delimited. Does not implicitly {@link bourse.order.v1.LoginAccepted.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {bourse.order.v1.LoginAccepted.$Properties} message LoginAccepted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginAccepted.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LoginAccepted message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape} LoginAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginAccepted.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.LoginAccepted();
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
                                    message.firm = value;
                                else
                                    delete message.firm;
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstResendableSeq = value;
                                else
                                    delete message.firstResendableSeq;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.instruments && message.instruments.length))
                                    message.instruments = [];
                                message.instruments.push($root.bourse.order.v1.Instrument.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a LoginAccepted message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.LoginAccepted & bourse.order.v1.LoginAccepted.$Shape} LoginAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginAccepted.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LoginAccepted message.
                 * @function verify
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginAccepted.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.firm != null && $Object.hasOwnProperty.call(message, "firm"))
                        if (!$util.isInteger(message.firm))
                            return "firm: integer expected";
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                            return "lastSeq: integer|Long expected";
                    if (message.firstResendableSeq != null && $Object.hasOwnProperty.call(message, "firstResendableSeq"))
                        if (!$util.isInteger(message.firstResendableSeq) && !(message.firstResendableSeq && $util.isInteger(message.firstResendableSeq.low) && $util.isInteger(message.firstResendableSeq.high)))
                            return "firstResendableSeq: integer|Long expected";
                    if (message.instruments != null && $Object.hasOwnProperty.call(message, "instruments")) {
                        if (!$Array.isArray(message.instruments))
                            return "instruments: array expected";
                        for (let i = 0; i < message.instruments.length; ++i) {
                            let error = $root.bourse.order.v1.Instrument.verify(message.instruments[i], _depth + 1);
                            if (error)
                                return "instruments." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a LoginAccepted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.LoginAccepted} LoginAccepted
                 */
                LoginAccepted.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.LoginAccepted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.LoginAccepted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.LoginAccepted();
                    if (object.firm != null)
                        if ($Number(object.firm) !== 0)
                            message.firm = object.firm >>> 0;
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
                    if (object.firstResendableSeq != null)
                        if (typeof object.firstResendableSeq === "object" ? object.firstResendableSeq.low || object.firstResendableSeq.high : $Number(object.firstResendableSeq) !== 0)
                            if ($util.Long)
                                message.firstResendableSeq = $util.Long.fromValue(object.firstResendableSeq, true);
                            else if (typeof object.firstResendableSeq === "string")
                                message.firstResendableSeq = $parseInt(object.firstResendableSeq, 10);
                            else if (typeof object.firstResendableSeq === "number")
                                message.firstResendableSeq = object.firstResendableSeq;
                            else if (typeof object.firstResendableSeq === "object")
                                message.firstResendableSeq = new $util.LongBits(object.firstResendableSeq.low >>> 0, object.firstResendableSeq.high >>> 0).toNumber(true);
                    if (object.instruments) {
                        if (!$Array.isArray(object.instruments))
                            throw $TypeError(".bourse.order.v1.LoginAccepted.instruments: array expected");
                        message.instruments = $Array(object.instruments.length);
                        for (let i = 0; i < object.instruments.length; ++i) {
                            if (!$util.isObject(object.instruments[i]))
                                throw $TypeError(".bourse.order.v1.LoginAccepted.instruments: object expected");
                            message.instruments[i] = $root.bourse.order.v1.Instrument.fromObject(object.instruments[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a LoginAccepted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {bourse.order.v1.LoginAccepted} message LoginAccepted
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginAccepted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.instruments = [];
                    if (options.defaults) {
                        object.firm = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.firstResendableSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.firstResendableSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.firm != null && $Object.hasOwnProperty.call(message, "firm"))
                        object.firm = message.firm;
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSeq === "number")
                            object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                        else
                            object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                    if (message.firstResendableSeq != null && $Object.hasOwnProperty.call(message, "firstResendableSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.firstResendableSeq = typeof message.firstResendableSeq === "number" ? $BigInt(message.firstResendableSeq) : $util.Long.fromBits(message.firstResendableSeq.low >>> 0, message.firstResendableSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.firstResendableSeq === "number")
                            object.firstResendableSeq = options.longs === $String ? $String(message.firstResendableSeq) : message.firstResendableSeq;
                        else
                            object.firstResendableSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstResendableSeq) : options.longs === $Number ? new $util.LongBits(message.firstResendableSeq.low >>> 0, message.firstResendableSeq.high >>> 0).toNumber(true) : message.firstResendableSeq;
                    if (message.instruments && message.instruments.length) {
                        object.instruments = $Array(message.instruments.length);
                        for (let j = 0; j < message.instruments.length; ++j)
                            object.instruments[j] = $root.bourse.order.v1.Instrument.toObject(message.instruments[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this LoginAccepted to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.LoginAccepted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginAccepted.prototype.toJSON = function() {
                    return LoginAccepted.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LoginAccepted
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.LoginAccepted
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LoginAccepted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.LoginAccepted";
                };

                return LoginAccepted;
            })();

            v1.LoginRejected = (function() {

                /**
                 * Properties of a LoginRejected.
                 * @typedef {Object} bourse.order.v1.LoginRejected.$Properties
                 * @property {number|null} [code] LoginRejected code
                 * @property {string|null} [reason] LoginRejected reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LoginRejected.
                 * @memberof bourse.order.v1
                 * @interface ILoginRejected
                 * @augments bourse.order.v1.LoginRejected.$Properties
                 * @deprecated Use bourse.order.v1.LoginRejected.$Properties instead.
                 */

                /**
                 * Shape of a LoginRejected.
                 * @typedef {bourse.order.v1.LoginRejected.$Properties} bourse.order.v1.LoginRejected.$Shape
                 */

                /**
                 * Constructs a new LoginRejected.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a LoginRejected.
                 * @constructor
                 * @param {bourse.order.v1.LoginRejected.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LoginRejected = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LoginRejected code.
                 * @member {number} code
                 * @memberof bourse.order.v1.LoginRejected
                 * @instance
                 */
                LoginRejected.prototype.code = 0;

                /**
                 * LoginRejected reason.
                 * @member {string} reason
                 * @memberof bourse.order.v1.LoginRejected
                 * @instance
                 */
                LoginRejected.prototype.reason = "";

                /**
                 * Creates a new LoginRejected instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {bourse.order.v1.LoginRejected.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.LoginRejected} LoginRejected instance
                 * @type {{
                 *   (properties: bourse.order.v1.LoginRejected.$Shape): bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape;
                 *   (properties?: bourse.order.v1.LoginRejected.$Properties): bourse.order.v1.LoginRejected;
                 * }}
                 */
                LoginRejected.create = function(properties) {
                    return new LoginRejected(properties);
                };

                /**
                 * Encodes the specified LoginRejected message. Does not implicitly {@link bourse.order.v1.LoginRejected.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {bourse.order.v1.LoginRejected.$Properties} message LoginRejected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginRejected.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified LoginRejected message, length delimited. Does not implicitly {@link bourse.order.v1.LoginRejected.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {bourse.order.v1.LoginRejected.$Properties} message LoginRejected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LoginRejected.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LoginRejected message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape} LoginRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginRejected.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.LoginRejected();
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
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
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
                 * Decodes a LoginRejected message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.LoginRejected & bourse.order.v1.LoginRejected.$Shape} LoginRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LoginRejected.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LoginRejected message.
                 * @function verify
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LoginRejected.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isInteger(message.code))
                            return "code: integer expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a LoginRejected message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.LoginRejected} LoginRejected
                 */
                LoginRejected.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.LoginRejected)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.LoginRejected: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.LoginRejected();
                    if (object.code != null)
                        if ($Number(object.code) !== 0)
                            message.code = object.code >>> 0;
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a LoginRejected message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {bourse.order.v1.LoginRejected} message LoginRejected
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LoginRejected.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = 0;
                        object.reason = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this LoginRejected to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.LoginRejected
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LoginRejected.prototype.toJSON = function() {
                    return LoginRejected.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LoginRejected
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.LoginRejected
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LoginRejected.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.LoginRejected";
                };

                return LoginRejected;
            })();

            /**
             * ExecType enum.
             * @name bourse.order.v1.ExecType
             * @enum {number}
             * @property {number} EXEC_TYPE_UNSPECIFIED=0 EXEC_TYPE_UNSPECIFIED value
             * @property {number} EXEC_ACCEPTED=1 EXEC_ACCEPTED value
             * @property {number} EXEC_REJECTED=2 EXEC_REJECTED value
             * @property {number} EXEC_PARTIAL_FILL=3 EXEC_PARTIAL_FILL value
             * @property {number} EXEC_FILL=4 EXEC_FILL value
             * @property {number} EXEC_CANCELLED=5 EXEC_CANCELLED value
             * @property {number} EXEC_REPLACED=6 EXEC_REPLACED value
             */
            v1.ExecType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXEC_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EXEC_ACCEPTED"] = 1;
                values[valuesById[2] = "EXEC_REJECTED"] = 2;
                values[valuesById[3] = "EXEC_PARTIAL_FILL"] = 3;
                values[valuesById[4] = "EXEC_FILL"] = 4;
                values[valuesById[5] = "EXEC_CANCELLED"] = 5;
                values[valuesById[6] = "EXEC_REPLACED"] = 6;
                return values;
            })();

            /**
             * CancelReason enum.
             * @name bourse.order.v1.CancelReason
             * @enum {number}
             * @property {number} CANCEL_REASON_UNSPECIFIED=0 CANCEL_REASON_UNSPECIFIED value
             * @property {number} CANCEL_USER=1 CANCEL_USER value
             * @property {number} CANCEL_UNFILLED=2 CANCEL_UNFILLED value
             * @property {number} CANCEL_SELF_TRADE=3 CANCEL_SELF_TRADE value
             * @property {number} CANCEL_KILL=4 CANCEL_KILL value
             * @property {number} CANCEL_EXPIRED=5 CANCEL_EXPIRED value
             * @property {number} CANCEL_AUCTION_END=6 CANCEL_AUCTION_END value
             */
            v1.CancelReason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CANCEL_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CANCEL_USER"] = 1;
                values[valuesById[2] = "CANCEL_UNFILLED"] = 2;
                values[valuesById[3] = "CANCEL_SELF_TRADE"] = 3;
                values[valuesById[4] = "CANCEL_KILL"] = 4;
                values[valuesById[5] = "CANCEL_EXPIRED"] = 5;
                values[valuesById[6] = "CANCEL_AUCTION_END"] = 6;
                return values;
            })();

            v1.ExecutionReport = (function() {

                /**
                 * Properties of an ExecutionReport.
                 * @typedef {Object} bourse.order.v1.ExecutionReport.$Properties
                 * @property {bourse.order.v1.ExecType|null} [execType] ExecutionReport execType
                 * @property {number|Long|null} [orderId] ExecutionReport orderId
                 * @property {number|null} [clientOrderId] ExecutionReport clientOrderId
                 * @property {number|null} [account] ExecutionReport account
                 * @property {string|null} [symbol] ExecutionReport symbol
                 * @property {bourse.order.v1.Side|null} [side] ExecutionReport side
                 * @property {number|Long|null} [price] ExecutionReport price
                 * @property {number|Long|null} [qty] ExecutionReport qty
                 * @property {number|Long|null} [leavesQty] ExecutionReport leavesQty
                 * @property {number|Long|null} [cumQty] ExecutionReport cumQty
                 * @property {number|Long|null} [tradeId] ExecutionReport tradeId
                 * @property {number|Long|null} [lastPrice] ExecutionReport lastPrice
                 * @property {number|Long|null} [lastQty] ExecutionReport lastQty
                 * @property {number|null} [code] ExecutionReport code
                 * @property {bourse.order.v1.CancelReason|null} [cancelReason] ExecutionReport cancelReason
                 * @property {boolean|null} [aggressor] ExecutionReport aggressor
                 * @property {number|Long|null} [exchangeSeq] ExecutionReport exchangeSeq
                 * @property {number|Long|null} [timeUs] ExecutionReport timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecutionReport.
                 * @memberof bourse.order.v1
                 * @interface IExecutionReport
                 * @augments bourse.order.v1.ExecutionReport.$Properties
                 * @deprecated Use bourse.order.v1.ExecutionReport.$Properties instead.
                 */

                /**
                 * Shape of an ExecutionReport.
                 * @typedef {bourse.order.v1.ExecutionReport.$Properties} bourse.order.v1.ExecutionReport.$Shape
                 */

                /**
                 * Constructs a new ExecutionReport.
                 * @memberof bourse.order.v1
                 * @classdesc Represents an ExecutionReport.
                 * @constructor
                 * @param {bourse.order.v1.ExecutionReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExecutionReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExecutionReport execType.
                 * @member {bourse.order.v1.ExecType} execType
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.execType = 0;

                /**
                 * ExecutionReport orderId.
                 * @member {number|Long} orderId
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport clientOrderId.
                 * @member {number} clientOrderId
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.clientOrderId = 0;

                /**
                 * ExecutionReport account.
                 * @member {number} account
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.account = 0;

                /**
                 * ExecutionReport symbol.
                 * @member {string} symbol
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.symbol = "";

                /**
                 * ExecutionReport side.
                 * @member {bourse.order.v1.Side} side
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.side = 0;

                /**
                 * ExecutionReport price.
                 * @member {number|Long} price
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport qty.
                 * @member {number|Long} qty
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport leavesQty.
                 * @member {number|Long} leavesQty
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.leavesQty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport cumQty.
                 * @member {number|Long} cumQty
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.cumQty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport tradeId.
                 * @member {number|Long} tradeId
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.tradeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport lastPrice.
                 * @member {number|Long} lastPrice
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.lastPrice = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport lastQty.
                 * @member {number|Long} lastQty
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.lastQty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport code.
                 * @member {number} code
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.code = 0;

                /**
                 * ExecutionReport cancelReason.
                 * @member {bourse.order.v1.CancelReason} cancelReason
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.cancelReason = 0;

                /**
                 * ExecutionReport aggressor.
                 * @member {boolean} aggressor
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.aggressor = false;

                /**
                 * ExecutionReport exchangeSeq.
                 * @member {number|Long} exchangeSeq
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.exchangeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ExecutionReport timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 */
                ExecutionReport.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ExecutionReport instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {bourse.order.v1.ExecutionReport.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.ExecutionReport} ExecutionReport instance
                 * @type {{
                 *   (properties: bourse.order.v1.ExecutionReport.$Shape): bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape;
                 *   (properties?: bourse.order.v1.ExecutionReport.$Properties): bourse.order.v1.ExecutionReport;
                 * }}
                 */
                ExecutionReport.create = function(properties) {
                    return new ExecutionReport(properties);
                };

                /**
                 * Encodes the specified ExecutionReport message. Does not implicitly {@link bourse.order.v1.ExecutionReport.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {bourse.order.v1.ExecutionReport.$Properties} message ExecutionReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecutionReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.execType != null && $Object.hasOwnProperty.call(message, "execType") && message.execType !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.execType);
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.orderId);
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && message.clientOrderId !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.clientOrderId);
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.account);
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.symbol);
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.side);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.price);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.qty);
                    if (message.leavesQty != null && $Object.hasOwnProperty.call(message, "leavesQty") && (typeof message.leavesQty === "object" ? message.leavesQty.low || message.leavesQty.high : message.leavesQty !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.leavesQty);
                    if (message.cumQty != null && $Object.hasOwnProperty.call(message, "cumQty") && (typeof message.cumQty === "object" ? message.cumQty.low || message.cumQty.high : message.cumQty !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.cumQty);
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId") && (typeof message.tradeId === "object" ? message.tradeId.low || message.tradeId.high : message.tradeId !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.tradeId);
                    if (message.lastPrice != null && $Object.hasOwnProperty.call(message, "lastPrice") && (typeof message.lastPrice === "object" ? message.lastPrice.low || message.lastPrice.high : message.lastPrice !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.lastPrice);
                    if (message.lastQty != null && $Object.hasOwnProperty.call(message, "lastQty") && (typeof message.lastQty === "object" ? message.lastQty.low || message.lastQty.high : message.lastQty !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.lastQty);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.code);
                    if (message.cancelReason != null && $Object.hasOwnProperty.call(message, "cancelReason") && message.cancelReason !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).int32(message.cancelReason);
                    if (message.aggressor != null && $Object.hasOwnProperty.call(message, "aggressor") && message.aggressor !== false)
                        writer.uint32(/* id 16, wireType 0 =*/128).bool(message.aggressor);
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq") && (typeof message.exchangeSeq === "object" ? message.exchangeSeq.low || message.exchangeSeq.high : message.exchangeSeq !== 0))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.exchangeSeq);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ExecutionReport message, length delimited. Does not implicitly {@link bourse.order.v1.ExecutionReport.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {bourse.order.v1.ExecutionReport.$Properties} message ExecutionReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecutionReport.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ExecutionReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape} ExecutionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecutionReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.ExecutionReport();
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
                                    message.execType = value;
                                else
                                    delete message.execType;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.clientOrderId = value;
                                else
                                    delete message.clientOrderId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.account = value;
                                else
                                    delete message.account;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.symbol = value;
                                else
                                    delete message.symbol;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.side = value;
                                else
                                    delete message.side;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.leavesQty = value;
                                else
                                    delete message.leavesQty;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cumQty = value;
                                else
                                    delete message.cumQty;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tradeId = value;
                                else
                                    delete message.tradeId;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastPrice = value;
                                else
                                    delete message.lastPrice;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastQty = value;
                                else
                                    delete message.lastQty;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.cancelReason = value;
                                else
                                    delete message.cancelReason;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.aggressor = value;
                                else
                                    delete message.aggressor;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.exchangeSeq = value;
                                else
                                    delete message.exchangeSeq;
                                continue;
                            }
                        case 18: {
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
                 * Decodes an ExecutionReport message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.ExecutionReport & bourse.order.v1.ExecutionReport.$Shape} ExecutionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecutionReport.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ExecutionReport message.
                 * @function verify
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExecutionReport.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.execType != null && $Object.hasOwnProperty.call(message, "execType"))
                        if (typeof message.execType !== "number" || (message.execType | 0) !== message.execType)
                            return "execType: enum value expected";
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (!$util.isInteger(message.orderId) && !(message.orderId && $util.isInteger(message.orderId.low) && $util.isInteger(message.orderId.high)))
                            return "orderId: integer|Long expected";
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        if (!$util.isInteger(message.clientOrderId))
                            return "clientOrderId: integer expected";
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        if (!$util.isInteger(message.account))
                            return "account: integer expected";
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        if (!$util.isString(message.symbol))
                            return "symbol: string expected";
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        if (typeof message.side !== "number" || (message.side | 0) !== message.side)
                            return "side: enum value expected";
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (!$util.isInteger(message.price) && !(message.price && $util.isInteger(message.price.low) && $util.isInteger(message.price.high)))
                            return "price: integer|Long expected";
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (!$util.isInteger(message.qty) && !(message.qty && $util.isInteger(message.qty.low) && $util.isInteger(message.qty.high)))
                            return "qty: integer|Long expected";
                    if (message.leavesQty != null && $Object.hasOwnProperty.call(message, "leavesQty"))
                        if (!$util.isInteger(message.leavesQty) && !(message.leavesQty && $util.isInteger(message.leavesQty.low) && $util.isInteger(message.leavesQty.high)))
                            return "leavesQty: integer|Long expected";
                    if (message.cumQty != null && $Object.hasOwnProperty.call(message, "cumQty"))
                        if (!$util.isInteger(message.cumQty) && !(message.cumQty && $util.isInteger(message.cumQty.low) && $util.isInteger(message.cumQty.high)))
                            return "cumQty: integer|Long expected";
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId"))
                        if (!$util.isInteger(message.tradeId) && !(message.tradeId && $util.isInteger(message.tradeId.low) && $util.isInteger(message.tradeId.high)))
                            return "tradeId: integer|Long expected";
                    if (message.lastPrice != null && $Object.hasOwnProperty.call(message, "lastPrice"))
                        if (!$util.isInteger(message.lastPrice) && !(message.lastPrice && $util.isInteger(message.lastPrice.low) && $util.isInteger(message.lastPrice.high)))
                            return "lastPrice: integer|Long expected";
                    if (message.lastQty != null && $Object.hasOwnProperty.call(message, "lastQty"))
                        if (!$util.isInteger(message.lastQty) && !(message.lastQty && $util.isInteger(message.lastQty.low) && $util.isInteger(message.lastQty.high)))
                            return "lastQty: integer|Long expected";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isInteger(message.code))
                            return "code: integer expected";
                    if (message.cancelReason != null && $Object.hasOwnProperty.call(message, "cancelReason"))
                        if (typeof message.cancelReason !== "number" || (message.cancelReason | 0) !== message.cancelReason)
                            return "cancelReason: enum value expected";
                    if (message.aggressor != null && $Object.hasOwnProperty.call(message, "aggressor"))
                        if (typeof message.aggressor !== "boolean")
                            return "aggressor: boolean expected";
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq"))
                        if (!$util.isInteger(message.exchangeSeq) && !(message.exchangeSeq && $util.isInteger(message.exchangeSeq.low) && $util.isInteger(message.exchangeSeq.high)))
                            return "exchangeSeq: integer|Long expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an ExecutionReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.ExecutionReport} ExecutionReport
                 */
                ExecutionReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.ExecutionReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.ExecutionReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.ExecutionReport();
                    if (object.execType !== 0 && (typeof object.execType !== "string" || $root.bourse.order.v1.ExecType[object.execType] !== 0))
                        switch (object.execType) {
                        case "EXEC_TYPE_UNSPECIFIED":
                        case 0:
                            message.execType = 0;
                            break;
                        case "EXEC_ACCEPTED":
                        case 1:
                            message.execType = 1;
                            break;
                        case "EXEC_REJECTED":
                        case 2:
                            message.execType = 2;
                            break;
                        case "EXEC_PARTIAL_FILL":
                        case 3:
                            message.execType = 3;
                            break;
                        case "EXEC_FILL":
                        case 4:
                            message.execType = 4;
                            break;
                        case "EXEC_CANCELLED":
                        case 5:
                            message.execType = 5;
                            break;
                        case "EXEC_REPLACED":
                        case 6:
                            message.execType = 6;
                            break;
                        default:
                            if (typeof object.execType === "number" && (object.execType | 0) === object.execType)
                                message.execType = object.execType;
                        }
                    if (object.orderId != null)
                        if (typeof object.orderId === "object" ? object.orderId.low || object.orderId.high : $Number(object.orderId) !== 0)
                            if ($util.Long)
                                message.orderId = $util.Long.fromValue(object.orderId, true);
                            else if (typeof object.orderId === "string")
                                message.orderId = $parseInt(object.orderId, 10);
                            else if (typeof object.orderId === "number")
                                message.orderId = object.orderId;
                            else if (typeof object.orderId === "object")
                                message.orderId = new $util.LongBits(object.orderId.low >>> 0, object.orderId.high >>> 0).toNumber(true);
                    if (object.clientOrderId != null)
                        if ($Number(object.clientOrderId) !== 0)
                            message.clientOrderId = object.clientOrderId >>> 0;
                    if (object.account != null)
                        if ($Number(object.account) !== 0)
                            message.account = object.account >>> 0;
                    if (object.symbol != null)
                        if (typeof object.symbol !== "string" || object.symbol.length)
                            message.symbol = $String(object.symbol);
                    if (object.side !== 0 && (typeof object.side !== "string" || $root.bourse.order.v1.Side[object.side] !== 0))
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
                                message.price = $util.Long.fromValue(object.price, true);
                            else if (typeof object.price === "string")
                                message.price = $parseInt(object.price, 10);
                            else if (typeof object.price === "number")
                                message.price = object.price;
                            else if (typeof object.price === "object")
                                message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, true);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber(true);
                    if (object.leavesQty != null)
                        if (typeof object.leavesQty === "object" ? object.leavesQty.low || object.leavesQty.high : $Number(object.leavesQty) !== 0)
                            if ($util.Long)
                                message.leavesQty = $util.Long.fromValue(object.leavesQty, true);
                            else if (typeof object.leavesQty === "string")
                                message.leavesQty = $parseInt(object.leavesQty, 10);
                            else if (typeof object.leavesQty === "number")
                                message.leavesQty = object.leavesQty;
                            else if (typeof object.leavesQty === "object")
                                message.leavesQty = new $util.LongBits(object.leavesQty.low >>> 0, object.leavesQty.high >>> 0).toNumber(true);
                    if (object.cumQty != null)
                        if (typeof object.cumQty === "object" ? object.cumQty.low || object.cumQty.high : $Number(object.cumQty) !== 0)
                            if ($util.Long)
                                message.cumQty = $util.Long.fromValue(object.cumQty, true);
                            else if (typeof object.cumQty === "string")
                                message.cumQty = $parseInt(object.cumQty, 10);
                            else if (typeof object.cumQty === "number")
                                message.cumQty = object.cumQty;
                            else if (typeof object.cumQty === "object")
                                message.cumQty = new $util.LongBits(object.cumQty.low >>> 0, object.cumQty.high >>> 0).toNumber(true);
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
                    if (object.lastPrice != null)
                        if (typeof object.lastPrice === "object" ? object.lastPrice.low || object.lastPrice.high : $Number(object.lastPrice) !== 0)
                            if ($util.Long)
                                message.lastPrice = $util.Long.fromValue(object.lastPrice, true);
                            else if (typeof object.lastPrice === "string")
                                message.lastPrice = $parseInt(object.lastPrice, 10);
                            else if (typeof object.lastPrice === "number")
                                message.lastPrice = object.lastPrice;
                            else if (typeof object.lastPrice === "object")
                                message.lastPrice = new $util.LongBits(object.lastPrice.low >>> 0, object.lastPrice.high >>> 0).toNumber(true);
                    if (object.lastQty != null)
                        if (typeof object.lastQty === "object" ? object.lastQty.low || object.lastQty.high : $Number(object.lastQty) !== 0)
                            if ($util.Long)
                                message.lastQty = $util.Long.fromValue(object.lastQty, true);
                            else if (typeof object.lastQty === "string")
                                message.lastQty = $parseInt(object.lastQty, 10);
                            else if (typeof object.lastQty === "number")
                                message.lastQty = object.lastQty;
                            else if (typeof object.lastQty === "object")
                                message.lastQty = new $util.LongBits(object.lastQty.low >>> 0, object.lastQty.high >>> 0).toNumber(true);
                    if (object.code != null)
                        if ($Number(object.code) !== 0)
                            message.code = object.code >>> 0;
                    if (object.cancelReason !== 0 && (typeof object.cancelReason !== "string" || $root.bourse.order.v1.CancelReason[object.cancelReason] !== 0))
                        switch (object.cancelReason) {
                        case "CANCEL_REASON_UNSPECIFIED":
                        case 0:
                            message.cancelReason = 0;
                            break;
                        case "CANCEL_USER":
                        case 1:
                            message.cancelReason = 1;
                            break;
                        case "CANCEL_UNFILLED":
                        case 2:
                            message.cancelReason = 2;
                            break;
                        case "CANCEL_SELF_TRADE":
                        case 3:
                            message.cancelReason = 3;
                            break;
                        case "CANCEL_KILL":
                        case 4:
                            message.cancelReason = 4;
                            break;
                        case "CANCEL_EXPIRED":
                        case 5:
                            message.cancelReason = 5;
                            break;
                        case "CANCEL_AUCTION_END":
                        case 6:
                            message.cancelReason = 6;
                            break;
                        default:
                            if (typeof object.cancelReason === "number" && (object.cancelReason | 0) === object.cancelReason)
                                message.cancelReason = object.cancelReason;
                        }
                    if (object.aggressor != null)
                        if (object.aggressor)
                            message.aggressor = $Boolean(object.aggressor);
                    if (object.exchangeSeq != null)
                        if (typeof object.exchangeSeq === "object" ? object.exchangeSeq.low || object.exchangeSeq.high : $Number(object.exchangeSeq) !== 0)
                            if ($util.Long)
                                message.exchangeSeq = $util.Long.fromValue(object.exchangeSeq, true);
                            else if (typeof object.exchangeSeq === "string")
                                message.exchangeSeq = $parseInt(object.exchangeSeq, 10);
                            else if (typeof object.exchangeSeq === "number")
                                message.exchangeSeq = object.exchangeSeq;
                            else if (typeof object.exchangeSeq === "object")
                                message.exchangeSeq = new $util.LongBits(object.exchangeSeq.low >>> 0, object.exchangeSeq.high >>> 0).toNumber(true);
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
                 * Creates a plain object from an ExecutionReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {bourse.order.v1.ExecutionReport} message ExecutionReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExecutionReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.execType = options.enums === $String ? "EXEC_TYPE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.orderId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.orderId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.clientOrderId = 0;
                        object.account = 0;
                        object.symbol = "";
                        object.side = options.enums === $String ? "SIDE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.leavesQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.leavesQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.cumQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cumQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tradeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tradeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastPrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastPrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.code = 0;
                        object.cancelReason = options.enums === $String ? "CANCEL_REASON_UNSPECIFIED" : 0;
                        object.aggressor = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.exchangeSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.exchangeSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.execType != null && $Object.hasOwnProperty.call(message, "execType"))
                        object.execType = options.enums === $String ? $root.bourse.order.v1.ExecType[message.execType] === $undefined ? message.execType : $root.bourse.order.v1.ExecType[message.execType] : message.execType;
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.orderId = typeof message.orderId === "number" ? $BigInt(message.orderId) : $util.Long.fromBits(message.orderId.low >>> 0, message.orderId.high >>> 0, true).toBigInt();
                        else if (typeof message.orderId === "number")
                            object.orderId = options.longs === $String ? $String(message.orderId) : message.orderId;
                        else
                            object.orderId = options.longs === $String ? $util.Long.prototype.toString.call(message.orderId) : options.longs === $Number ? new $util.LongBits(message.orderId.low >>> 0, message.orderId.high >>> 0).toNumber(true) : message.orderId;
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        object.clientOrderId = message.clientOrderId;
                    if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                        object.account = message.account;
                    if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol"))
                        object.symbol = message.symbol;
                    if (message.side != null && $Object.hasOwnProperty.call(message, "side"))
                        object.side = options.enums === $String ? $root.bourse.order.v1.Side[message.side] === $undefined ? message.side : $root.bourse.order.v1.Side[message.side] : message.side;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                        else if (typeof message.price === "number")
                            object.price = options.longs === $String ? $String(message.price) : message.price;
                        else
                            object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, true).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber(true) : message.qty;
                    if (message.leavesQty != null && $Object.hasOwnProperty.call(message, "leavesQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.leavesQty = typeof message.leavesQty === "number" ? $BigInt(message.leavesQty) : $util.Long.fromBits(message.leavesQty.low >>> 0, message.leavesQty.high >>> 0, true).toBigInt();
                        else if (typeof message.leavesQty === "number")
                            object.leavesQty = options.longs === $String ? $String(message.leavesQty) : message.leavesQty;
                        else
                            object.leavesQty = options.longs === $String ? $util.Long.prototype.toString.call(message.leavesQty) : options.longs === $Number ? new $util.LongBits(message.leavesQty.low >>> 0, message.leavesQty.high >>> 0).toNumber(true) : message.leavesQty;
                    if (message.cumQty != null && $Object.hasOwnProperty.call(message, "cumQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cumQty = typeof message.cumQty === "number" ? $BigInt(message.cumQty) : $util.Long.fromBits(message.cumQty.low >>> 0, message.cumQty.high >>> 0, true).toBigInt();
                        else if (typeof message.cumQty === "number")
                            object.cumQty = options.longs === $String ? $String(message.cumQty) : message.cumQty;
                        else
                            object.cumQty = options.longs === $String ? $util.Long.prototype.toString.call(message.cumQty) : options.longs === $Number ? new $util.LongBits(message.cumQty.low >>> 0, message.cumQty.high >>> 0).toNumber(true) : message.cumQty;
                    if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tradeId = typeof message.tradeId === "number" ? $BigInt(message.tradeId) : $util.Long.fromBits(message.tradeId.low >>> 0, message.tradeId.high >>> 0, true).toBigInt();
                        else if (typeof message.tradeId === "number")
                            object.tradeId = options.longs === $String ? $String(message.tradeId) : message.tradeId;
                        else
                            object.tradeId = options.longs === $String ? $util.Long.prototype.toString.call(message.tradeId) : options.longs === $Number ? new $util.LongBits(message.tradeId.low >>> 0, message.tradeId.high >>> 0).toNumber(true) : message.tradeId;
                    if (message.lastPrice != null && $Object.hasOwnProperty.call(message, "lastPrice"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastPrice = typeof message.lastPrice === "number" ? $BigInt(message.lastPrice) : $util.Long.fromBits(message.lastPrice.low >>> 0, message.lastPrice.high >>> 0, true).toBigInt();
                        else if (typeof message.lastPrice === "number")
                            object.lastPrice = options.longs === $String ? $String(message.lastPrice) : message.lastPrice;
                        else
                            object.lastPrice = options.longs === $String ? $util.Long.prototype.toString.call(message.lastPrice) : options.longs === $Number ? new $util.LongBits(message.lastPrice.low >>> 0, message.lastPrice.high >>> 0).toNumber(true) : message.lastPrice;
                    if (message.lastQty != null && $Object.hasOwnProperty.call(message, "lastQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastQty = typeof message.lastQty === "number" ? $BigInt(message.lastQty) : $util.Long.fromBits(message.lastQty.low >>> 0, message.lastQty.high >>> 0, true).toBigInt();
                        else if (typeof message.lastQty === "number")
                            object.lastQty = options.longs === $String ? $String(message.lastQty) : message.lastQty;
                        else
                            object.lastQty = options.longs === $String ? $util.Long.prototype.toString.call(message.lastQty) : options.longs === $Number ? new $util.LongBits(message.lastQty.low >>> 0, message.lastQty.high >>> 0).toNumber(true) : message.lastQty;
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.cancelReason != null && $Object.hasOwnProperty.call(message, "cancelReason"))
                        object.cancelReason = options.enums === $String ? $root.bourse.order.v1.CancelReason[message.cancelReason] === $undefined ? message.cancelReason : $root.bourse.order.v1.CancelReason[message.cancelReason] : message.cancelReason;
                    if (message.aggressor != null && $Object.hasOwnProperty.call(message, "aggressor"))
                        object.aggressor = message.aggressor;
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.exchangeSeq = typeof message.exchangeSeq === "number" ? $BigInt(message.exchangeSeq) : $util.Long.fromBits(message.exchangeSeq.low >>> 0, message.exchangeSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.exchangeSeq === "number")
                            object.exchangeSeq = options.longs === $String ? $String(message.exchangeSeq) : message.exchangeSeq;
                        else
                            object.exchangeSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.exchangeSeq) : options.longs === $Number ? new $util.LongBits(message.exchangeSeq.low >>> 0, message.exchangeSeq.high >>> 0).toNumber(true) : message.exchangeSeq;
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
                 * Converts this ExecutionReport to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.ExecutionReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExecutionReport.prototype.toJSON = function() {
                    return ExecutionReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExecutionReport
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.ExecutionReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExecutionReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.ExecutionReport";
                };

                return ExecutionReport;
            })();

            v1.CancelReject = (function() {

                /**
                 * Properties of a CancelReject.
                 * @typedef {Object} bourse.order.v1.CancelReject.$Properties
                 * @property {number|Long|null} [orderId] CancelReject orderId
                 * @property {number|null} [code] CancelReject code
                 * @property {boolean|null} [replace] CancelReject replace
                 * @property {number|Long|null} [exchangeSeq] CancelReject exchangeSeq
                 * @property {number|Long|null} [timeUs] CancelReject timeUs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CancelReject.
                 * @memberof bourse.order.v1
                 * @interface ICancelReject
                 * @augments bourse.order.v1.CancelReject.$Properties
                 * @deprecated Use bourse.order.v1.CancelReject.$Properties instead.
                 */

                /**
                 * Shape of a CancelReject.
                 * @typedef {bourse.order.v1.CancelReject.$Properties} bourse.order.v1.CancelReject.$Shape
                 */

                /**
                 * Constructs a new CancelReject.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a CancelReject.
                 * @constructor
                 * @param {bourse.order.v1.CancelReject.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CancelReject = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CancelReject orderId.
                 * @member {number|Long} orderId
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 */
                CancelReject.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CancelReject code.
                 * @member {number} code
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 */
                CancelReject.prototype.code = 0;

                /**
                 * CancelReject replace.
                 * @member {boolean} replace
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 */
                CancelReject.prototype.replace = false;

                /**
                 * CancelReject exchangeSeq.
                 * @member {number|Long} exchangeSeq
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 */
                CancelReject.prototype.exchangeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CancelReject timeUs.
                 * @member {number|Long} timeUs
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 */
                CancelReject.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CancelReject instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {bourse.order.v1.CancelReject.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.CancelReject} CancelReject instance
                 * @type {{
                 *   (properties: bourse.order.v1.CancelReject.$Shape): bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape;
                 *   (properties?: bourse.order.v1.CancelReject.$Properties): bourse.order.v1.CancelReject;
                 * }}
                 */
                CancelReject.create = function(properties) {
                    return new CancelReject(properties);
                };

                /**
                 * Encodes the specified CancelReject message. Does not implicitly {@link bourse.order.v1.CancelReject.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {bourse.order.v1.CancelReject.$Properties} message CancelReject message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CancelReject.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.code);
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace") && message.replace !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.replace);
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq") && (typeof message.exchangeSeq === "object" ? message.exchangeSeq.low || message.exchangeSeq.high : message.exchangeSeq !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.exchangeSeq);
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeUs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CancelReject message, length delimited. Does not implicitly {@link bourse.order.v1.CancelReject.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {bourse.order.v1.CancelReject.$Properties} message CancelReject message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CancelReject.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CancelReject message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape} CancelReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CancelReject.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.CancelReject();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.replace = value;
                                else
                                    delete message.replace;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.exchangeSeq = value;
                                else
                                    delete message.exchangeSeq;
                                continue;
                            }
                        case 5: {
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
                 * Decodes a CancelReject message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.CancelReject & bourse.order.v1.CancelReject.$Shape} CancelReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CancelReject.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CancelReject message.
                 * @function verify
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CancelReject.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (!$util.isInteger(message.orderId) && !(message.orderId && $util.isInteger(message.orderId.low) && $util.isInteger(message.orderId.high)))
                            return "orderId: integer|Long expected";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isInteger(message.code))
                            return "code: integer expected";
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace"))
                        if (typeof message.replace !== "boolean")
                            return "replace: boolean expected";
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq"))
                        if (!$util.isInteger(message.exchangeSeq) && !(message.exchangeSeq && $util.isInteger(message.exchangeSeq.low) && $util.isInteger(message.exchangeSeq.high)))
                            return "exchangeSeq: integer|Long expected";
                    if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs"))
                        if (!$util.isInteger(message.timeUs) && !(message.timeUs && $util.isInteger(message.timeUs.low) && $util.isInteger(message.timeUs.high)))
                            return "timeUs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CancelReject message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.CancelReject} CancelReject
                 */
                CancelReject.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.CancelReject)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.CancelReject: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.CancelReject();
                    if (object.orderId != null)
                        if (typeof object.orderId === "object" ? object.orderId.low || object.orderId.high : $Number(object.orderId) !== 0)
                            if ($util.Long)
                                message.orderId = $util.Long.fromValue(object.orderId, true);
                            else if (typeof object.orderId === "string")
                                message.orderId = $parseInt(object.orderId, 10);
                            else if (typeof object.orderId === "number")
                                message.orderId = object.orderId;
                            else if (typeof object.orderId === "object")
                                message.orderId = new $util.LongBits(object.orderId.low >>> 0, object.orderId.high >>> 0).toNumber(true);
                    if (object.code != null)
                        if ($Number(object.code) !== 0)
                            message.code = object.code >>> 0;
                    if (object.replace != null)
                        if (object.replace)
                            message.replace = $Boolean(object.replace);
                    if (object.exchangeSeq != null)
                        if (typeof object.exchangeSeq === "object" ? object.exchangeSeq.low || object.exchangeSeq.high : $Number(object.exchangeSeq) !== 0)
                            if ($util.Long)
                                message.exchangeSeq = $util.Long.fromValue(object.exchangeSeq, true);
                            else if (typeof object.exchangeSeq === "string")
                                message.exchangeSeq = $parseInt(object.exchangeSeq, 10);
                            else if (typeof object.exchangeSeq === "number")
                                message.exchangeSeq = object.exchangeSeq;
                            else if (typeof object.exchangeSeq === "object")
                                message.exchangeSeq = new $util.LongBits(object.exchangeSeq.low >>> 0, object.exchangeSeq.high >>> 0).toNumber(true);
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
                 * Creates a plain object from a CancelReject message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {bourse.order.v1.CancelReject} message CancelReject
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CancelReject.toObject = function (message, options, _depth) {
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
                            object.orderId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.orderId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.code = 0;
                        object.replace = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.exchangeSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.exchangeSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.orderId = typeof message.orderId === "number" ? $BigInt(message.orderId) : $util.Long.fromBits(message.orderId.low >>> 0, message.orderId.high >>> 0, true).toBigInt();
                        else if (typeof message.orderId === "number")
                            object.orderId = options.longs === $String ? $String(message.orderId) : message.orderId;
                        else
                            object.orderId = options.longs === $String ? $util.Long.prototype.toString.call(message.orderId) : options.longs === $Number ? new $util.LongBits(message.orderId.low >>> 0, message.orderId.high >>> 0).toNumber(true) : message.orderId;
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.replace != null && $Object.hasOwnProperty.call(message, "replace"))
                        object.replace = message.replace;
                    if (message.exchangeSeq != null && $Object.hasOwnProperty.call(message, "exchangeSeq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.exchangeSeq = typeof message.exchangeSeq === "number" ? $BigInt(message.exchangeSeq) : $util.Long.fromBits(message.exchangeSeq.low >>> 0, message.exchangeSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.exchangeSeq === "number")
                            object.exchangeSeq = options.longs === $String ? $String(message.exchangeSeq) : message.exchangeSeq;
                        else
                            object.exchangeSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.exchangeSeq) : options.longs === $Number ? new $util.LongBits(message.exchangeSeq.low >>> 0, message.exchangeSeq.high >>> 0).toNumber(true) : message.exchangeSeq;
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
                 * Converts this CancelReject to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.CancelReject
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CancelReject.prototype.toJSON = function() {
                    return CancelReject.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CancelReject
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.CancelReject
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CancelReject.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.CancelReject";
                };

                return CancelReject;
            })();

            v1.SessionReject = (function() {

                /**
                 * Properties of a SessionReject.
                 * @typedef {Object} bourse.order.v1.SessionReject.$Properties
                 * @property {number|null} [code] SessionReject code
                 * @property {string|null} [reason] SessionReject reason
                 * @property {number|null} [clientOrderId] SessionReject clientOrderId
                 * @property {boolean|null} [closing] SessionReject closing
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionReject.
                 * @memberof bourse.order.v1
                 * @interface ISessionReject
                 * @augments bourse.order.v1.SessionReject.$Properties
                 * @deprecated Use bourse.order.v1.SessionReject.$Properties instead.
                 */

                /**
                 * Shape of a SessionReject.
                 * @typedef {bourse.order.v1.SessionReject.$Properties} bourse.order.v1.SessionReject.$Shape
                 */

                /**
                 * Constructs a new SessionReject.
                 * @memberof bourse.order.v1
                 * @classdesc Represents a SessionReject.
                 * @constructor
                 * @param {bourse.order.v1.SessionReject.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionReject = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionReject code.
                 * @member {number} code
                 * @memberof bourse.order.v1.SessionReject
                 * @instance
                 */
                SessionReject.prototype.code = 0;

                /**
                 * SessionReject reason.
                 * @member {string} reason
                 * @memberof bourse.order.v1.SessionReject
                 * @instance
                 */
                SessionReject.prototype.reason = "";

                /**
                 * SessionReject clientOrderId.
                 * @member {number} clientOrderId
                 * @memberof bourse.order.v1.SessionReject
                 * @instance
                 */
                SessionReject.prototype.clientOrderId = 0;

                /**
                 * SessionReject closing.
                 * @member {boolean} closing
                 * @memberof bourse.order.v1.SessionReject
                 * @instance
                 */
                SessionReject.prototype.closing = false;

                /**
                 * Creates a new SessionReject instance using the specified properties.
                 * @function create
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {bourse.order.v1.SessionReject.$Properties=} [properties] Properties to set
                 * @returns {bourse.order.v1.SessionReject} SessionReject instance
                 * @type {{
                 *   (properties: bourse.order.v1.SessionReject.$Shape): bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape;
                 *   (properties?: bourse.order.v1.SessionReject.$Properties): bourse.order.v1.SessionReject;
                 * }}
                 */
                SessionReject.create = function(properties) {
                    return new SessionReject(properties);
                };

                /**
                 * Encodes the specified SessionReject message. Does not implicitly {@link bourse.order.v1.SessionReject.verify|verify} messages.
                 * @function encode
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {bourse.order.v1.SessionReject.$Properties} message SessionReject message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionReject.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && message.clientOrderId !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.clientOrderId);
                    if (message.closing != null && $Object.hasOwnProperty.call(message, "closing") && message.closing !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.closing);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SessionReject message, length delimited. Does not implicitly {@link bourse.order.v1.SessionReject.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {bourse.order.v1.SessionReject.$Properties} message SessionReject message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionReject.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SessionReject message from the specified reader or buffer.
                 * @function decode
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape} SessionReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionReject.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.bourse.order.v1.SessionReject();
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
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.clientOrderId = value;
                                else
                                    delete message.clientOrderId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.closing = value;
                                else
                                    delete message.closing;
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
                 * Decodes a SessionReject message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {bourse.order.v1.SessionReject & bourse.order.v1.SessionReject.$Shape} SessionReject
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionReject.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SessionReject message.
                 * @function verify
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionReject.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isInteger(message.code))
                            return "code: integer expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        if (!$util.isInteger(message.clientOrderId))
                            return "clientOrderId: integer expected";
                    if (message.closing != null && $Object.hasOwnProperty.call(message, "closing"))
                        if (typeof message.closing !== "boolean")
                            return "closing: boolean expected";
                    return null;
                };

                /**
                 * Creates a SessionReject message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {bourse.order.v1.SessionReject} SessionReject
                 */
                SessionReject.fromObject = function (object, _depth) {
                    if (object instanceof $root.bourse.order.v1.SessionReject)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".bourse.order.v1.SessionReject: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.bourse.order.v1.SessionReject();
                    if (object.code != null)
                        if ($Number(object.code) !== 0)
                            message.code = object.code >>> 0;
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.clientOrderId != null)
                        if ($Number(object.clientOrderId) !== 0)
                            message.clientOrderId = object.clientOrderId >>> 0;
                    if (object.closing != null)
                        if (object.closing)
                            message.closing = $Boolean(object.closing);
                    return message;
                };

                /**
                 * Creates a plain object from a SessionReject message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {bourse.order.v1.SessionReject} message SessionReject
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionReject.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = 0;
                        object.reason = "";
                        object.clientOrderId = 0;
                        object.closing = false;
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId"))
                        object.clientOrderId = message.clientOrderId;
                    if (message.closing != null && $Object.hasOwnProperty.call(message, "closing"))
                        object.closing = message.closing;
                    return object;
                };

                /**
                 * Converts this SessionReject to JSON.
                 * @function toJSON
                 * @memberof bourse.order.v1.SessionReject
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionReject.prototype.toJSON = function() {
                    return SessionReject.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SessionReject
                 * @function getTypeUrl
                 * @memberof bourse.order.v1.SessionReject
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SessionReject.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/bourse.order.v1.SessionReject";
                };

                return SessionReject;
            })();

            return v1;
        })();

        return order;
    })();

    return bourse;
})();

export {
  $root as default
};
