// One person's socket on node A sends a message whose AI answer takes a few seconds; the test then
// drains node A. The socket sees its transport close, connects to node B (as it would through a load
// balancer), rejoins and waits for the AI's answer, live or in the history. Prints one JSON line
// after the message is acknowledged (the test drains A on it) and one at the end.
// Usage: node drain.mjs <urlA> <urlB> <token> <negotiationId>
import { createRequire } from "node:module";

const modules = process.env.PARLEY_SOCKETIO_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_SOCKETIO_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io } = require("socket.io-client");

const [urlA, urlB, token, negotiation_id] = process.argv.slice(2);
const sockets = [];
const deadline = setTimeout(() => finish({ error: "timed out" }, 2), 60_000);

function finish(value, code = 0) {
  clearTimeout(deadline);
  sockets.forEach((s) => s.disconnect());
  console.log(JSON.stringify(value));
  process.exit(code);
}

function connect(url) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
    sockets.push(socket);
    socket.seen = [];
    socket.onAny((name, data) => socket.seen.push({ name, data }));
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
  });
}

async function aiAnswerOn(socket, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const live = socket.seen.find((e) => e.name === "ai-message");
    if (live) return { live: true, id: live.data.id };
    const history = socket.seen.find((e) => e.name === "message-history");
    const stored = history?.data.messages.find((m) => m.sender_type === "ai");
    if (stored) return { live: false, id: stored.id };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no AI answer within ${ms} ms; saw ${socket.seen.map((e) => e.name)}`);
}

try {
  const a = await connect(urlA);
  await a.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
  const closed = new Promise((resolve) => a.once("disconnect", resolve));
  const sent = await a.timeout(10_000).emitWithAck("send-message", {
    negotiation_id,
    content: "I was hoping for 95k base and three days remote.",
  });
  console.log(JSON.stringify({ sent }));
  const reason = await closed;
  const b = await connect(urlB);
  const rejoined = await b.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
  const answer = await aiAnswerOn(b, 20_000);
  finish({ sent, reason, rejoined, answer });
} catch (e) {
  finish({ error: String(e) }, 1);
}
