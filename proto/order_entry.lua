-- Wireshark/TShark dissector for Bourse's native order-entry protocol (proto/order_entry.proto).
-- Each TCP direction is a stream of frames: a 4-byte little-endian length, then ONE protobuf
-- message. Frames towards the gateway port hold a bourse.order.v1.Inbound, frames from it a
-- bourse.order.v1.Outbound. This script only cuts the stream into frames (TCP reassembly
-- included) and hands each body to Wireshark's own protobuf dissector, which decodes every field
-- from the .proto files on its search path. Usage (docs/order-entry.md):
--
--   tshark -r capture.pcapng -V -X lua_script:proto/order_entry.lua \
--     -o bourse_oe.port:9400 -o 'uat:protobuf_search_paths:"/path/to/bourse/proto","TRUE"'
local p = Proto("bourse_oe", "Bourse order entry")
local f_len = ProtoField.uint32("bourse_oe.length", "Frame length", base.DEC)
local f_dir = ProtoField.string("bourse_oe.message", "Message type")
p.fields = { f_len, f_dir }
p.prefs.port = Pref.uint("Gateway TCP port", 9400, "TCP port the Bourse gateway listens on (bourse start --gateway-port)")

local protobuf = Dissector.get("protobuf")
local registered = nil

local function frame_len(tvb, pinfo, offset)
  return 4 + tvb(offset, 4):le_uint()
end

local function one_frame(tvb, pinfo, tree)
  local len = tvb(0, 4):le_uint()
  local inbound = pinfo.dst_port == p.prefs.port
  local msg = inbound and "bourse.order.v1.Inbound" or "bourse.order.v1.Outbound"
  local sub = tree:add(p, tvb(), "Bourse order entry, " .. (inbound and "client -> gateway" or "gateway -> client"))
  sub:add_le(f_len, tvb(0, 4))
  sub:add(f_dir, msg)
  pinfo.cols.protocol = "BOURSE-OE"
  if len > 0 then
    pinfo.private["pb_msg_type"] = "message," .. msg
    protobuf:call(tvb(4, len):tvb(), pinfo, sub)
  end
  return 4 + len
end

function p.dissector(tvb, pinfo, tree)
  dissect_tcp_pdus(tvb, tree, 4, frame_len, one_frame, true)
  return tvb:len()
end

local function register()
  local t = DissectorTable.get("tcp.port")
  if registered then t:remove(registered, p) end
  registered = p.prefs.port
  t:add(registered, p)
end

function p.prefs_changed()
  register()
end

register()
