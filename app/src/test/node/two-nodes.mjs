// Two Parley nodes sharing PostgreSQL and Redis, and one person's sockets on them, in one negotiation.
// Usage: node two-nodes.mjs <scenario> <urlA> <urlB> <token> <negotiationId>
//   share: a socket on each node (A over WebSocket, B over long-polling); prints one JSON line of
//     what each saw.
//   drain: a socket on node A sends a message whose AI answer takes a few seconds and prints one JSON
//     line once it is acknowledged (the test then drains node A); the socket sees its transport
//     close, connects to node B (as through a load balancer), rejoins and waits for the AI's answer,
//     live or in the history; prints one JSON line at the end.
import { createRequire } from "node:module";

const modules = process.env.PARLEY_SOCKETIO_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_SOCKETIO_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io } = require("socket.io-client");

const [scenario, urlA, urlB, token, negotiation_id] = process.argv.slice(2);
const sockets = [];
const deadline = setTimeout(() => finish({ error: "timed out" }, 2), 60_000);

function finish(value, code = 0) {
  clearTimeout(deadline);
  sockets.forEach((s) => s.disconnect());
  console.log(JSON.stringify(value));
  process.exit(code);
}

function connect(url, transport) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: { token }, transports: [transport], reconnection: false, forceNew: true });
    sockets.push(socket);
    socket.seen = [];
    socket.onAny((name, data) => socket.seen.push({ name, data }));
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
  });
}

async function waitFor(socket, name, ms = 15_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = socket.seen.find((e) => e.name === name);
    if (found) return found.data;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${name} within ${ms} ms; saw ${socket.seen.map((e) => e.name)}`);
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

async function share() {
  try {
    const a = await connect(urlA, "websocket");
    const b = await connect(urlB, "polling");
    const joinedA = await a.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
    const joinedB = await b.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
    a.emit("typing-start", { negotiation_id });
    const typingSeenByB = await waitFor(b, "user-typing");
    const sent = await a.timeout(10_000).emitWithAck("send-message", {
      negotiation_id,
      content: "I was hoping for 95k base and three days remote.",
    });
    const receivedByB = await waitFor(b, "message-received");
    const aiByA = await waitFor(a, "ai-message");
    const aiByB = await waitFor(b, "ai-message");
    finish({
      joinedA,
      joinedB,
      typingSeenByB,
      sent,
      receivedByB,
      aiByA,
      aiByB,
      eventsA: a.seen.map((e) => e.name),
      eventsB: b.seen.map((e) => e.name),
    });
  } catch (e) {
    finish({ error: String(e) }, 1);
  }
}

async function drain() {
  try {
    const a = await connect(urlA, "websocket");
    await a.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
    const closed = new Promise((resolve) => a.once("disconnect", resolve));
    const sent = await a.timeout(10_000).emitWithAck("send-message", {
      negotiation_id,
      content: "I was hoping for 95k base and three days remote.",
    });
    console.log(JSON.stringify({ sent }));
    const reason = await closed;
    const b = await connect(urlB, "websocket");
    const rejoined = await b.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
    const answer = await aiAnswerOn(b, 20_000);
    finish({ sent, reason, rejoined, answer });
  } catch (e) {
    finish({ error: String(e) }, 1);
  }
}

// fails: one socket sends a message to a persona that fails its turn; prints the error event it
// gets (the contract's `error`, never silence) and whether the socket is still connected.
async function fails() {
  try {
    const a = await connect(urlA, "websocket");
    await a.timeout(10_000).emitWithAck("join-negotiation", { negotiation_id });
    const sent = await a.timeout(10_000).emitWithAck("send-message", {
      negotiation_id,
      content: "I was hoping for 95k base.",
    });
    const failure = await waitFor(a, "error", 30_000);
    finish({ sent, failure, connected: a.connected, events: a.seen.map((e) => e.name) });
  } catch (e) {
    finish({ error: String(e) }, 1);
  }
}

const scenarios = { share, drain, fails };
if (!scenarios[scenario]) finish({ error: "unknown scenario " + scenario }, 3);
await scenarios[scenario]();
