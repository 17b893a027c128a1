// The Node socket.io baseline for ops/bench: the same events and payload shapes as Parley's chat path,
// in memory, with nothing else (no auth check, no persona, no rate limit).
// join-negotiation joins the room; send-message stores the message and emits message-received to the room.
// PORT (default 0 = any free one); prints "baseline listening on <port>"; runs until killed.
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { transports: ["websocket", "polling"] });
const messages = new Map(); // negotiation id -> stored messages

io.on("connection", (socket) => {
  socket.on("join-negotiation", (payload, ack) => {
    const id = payload?.negotiation_id;
    if (typeof id !== "string") return ack?.({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    socket.join(`negotiation-${id}`);
    const history = messages.get(id) ?? [];
    socket.emit("message-history", { negotiation_id: id, messages: history.slice(-50), has_more: history.length > 50 });
    ack?.({ ok: true, negotiation_id: id });
  });
  socket.on("send-message", (payload, ack) => {
    const id = payload?.negotiation_id;
    const content = payload?.content;
    if (typeof id !== "string" || typeof content !== "string" || content.trim() === "") {
      return ack?.({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    }
    const stored = messages.get(id) ?? [];
    const message = {
      id: randomUUID(), negotiation_id: id, sender_type: "user", content,
      timestamp: new Date().toISOString(), read: false, sequence: stored.length + 1,
    };
    stored.push(message);
    messages.set(id, stored);
    io.to(`negotiation-${id}`).emit("message-received", message);
    ack?.({ ok: true, message });
  });
});

http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`baseline listening on ${http.address().port}`);
});
