// Official socket.io-client sockets (and a @socket.io/redis-emitter) that ClusterTest commands over
// stdin/stdout, one JSON object a line:
//   in  {"id":1,"op":"connect","name":"a","url":"http://127.0.0.1:18080","token":"...","transports":["polling"]}
//   out {"id":1,"result":{...}} or {"id":1,"error":"..."}
// Clients talk to the load balancer. `pin: "node-2"` sends the LB's stickiness cookie
// (parley_node=node-2) with every request of the socket (extraHeaders reach both the polling
// requests and the WebSocket handshake in Node); `withCredentials: true` gives the socket a cookie
// jar instead, so it keeps the cookie the LB sets, as a browser does. `rejoin` makes the socket join
// that negotiation again after every reconnection, as the web client does.
import { createRequire } from "node:module";
import { serveOps } from "../../../../../adapters/socketio/src/test/node/serve-ops.mjs";

const modules = process.env.PARLEY_REDIS_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ id: 0, error: "PARLEY_REDIS_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io } = require("socket.io-client");
const { Emitter } = require("@socket.io/redis-emitter");
const { createClient } = require("redis");

const clients = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function client(name) {
  const entry = clients.get(name);
  if (!entry) throw new Error("no client " + name);
  return entry;
}

function matches(data, match) {
  return Object.entries(match || {}).every(([key, value]) => data && JSON.stringify(data[key]) === JSON.stringify(value));
}

const ops = {
  async connect({ name, url, token, transports = ["websocket"], pin, withCredentials = false, reconnection = false, rejoin }) {
    const options = { auth: { token }, transports, forceNew: true, reconnection, withCredentials };
    if (pin) options.extraHeaders = { cookie: "parley_node=" + pin };
    if (reconnection) Object.assign(options, { reconnectionDelay: 300, reconnectionDelayMax: 1000 });
    const socket = io(url, options);
    const entry = { socket, events: [], connects: 0, log: [] };
    clients.set(name, entry);
    socket.onAny((event, data) => entry.events.push({ event, data, at: Date.now() }));
    socket.on("connect", () => {
      entry.connects++;
      entry.log.push({ what: "connect", transport: socket.io.engine.transport.name, at: Date.now() });
      if (entry.connects > 1 && rejoin) {
        socket
          .timeout(10_000)
          .emitWithAck("join-negotiation", { negotiation_id: rejoin })
          .then((ack) => entry.events.push({ event: "rejoined", data: ack, at: Date.now() }))
          .catch((e) => entry.events.push({ event: "rejoin-failed", data: String(e), at: Date.now() }));
      }
    });
    socket.on("disconnect", (reason) => entry.log.push({ what: "disconnect", reason, at: Date.now() }));
    socket.on("connect_error", (e) => entry.log.push({ what: "connect_error", message: e.message, at: Date.now() }));
    socket.io.on("reconnect_attempt", (n) => entry.log.push({ what: "reconnect_attempt", n, at: Date.now() }));
    await new Promise((resolve, reject) => {
      socket.once("connect", resolve);
      if (!reconnection) socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
      setTimeout(() => reject(new Error(name + " did not connect within 10 s: " + JSON.stringify(entry.log))), 10_000);
    });
    return { id: socket.id, transport: socket.io.engine.transport.name };
  },
  // The node the LB's cookie (set by the LB into the socket's jar) names, or null.
  async cookie({ name }) {
    const jar = client(name).socket.io.engine?._cookieJar;
    if (!jar) return null;
    for (const [cookie, value] of jar.cookies) if (cookie === "parley_node") return value.value;
    return null;
  },
  async emitWithAck({ name, event, data, timeoutMs = 10_000 }) {
    return await client(name).socket.timeout(timeoutMs).emitWithAck(event, data);
  },
  // Emits without waiting for the ack; the ack, when it comes, is recorded as the event "ack:<tag>".
  async emitLater({ name, event, data, tag }) {
    const entry = client(name);
    entry.socket.emit(event, data, (ack) => entry.events.push({ event: "ack:" + tag, data: ack, at: Date.now() }));
    return {};
  },
  async emit({ name, event, data }) {
    client(name).socket.emit(event, data);
    return {};
  },
  // Waits until the client has seen `count` events named `event` whose data has the fields of `match`;
  // returns their data.
  async waitFor({ name, event, match, count = 1, timeoutMs = 10_000 }) {
    const entry = client(name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = entry.events.filter((e) => e.event === event && matches(e.data, match));
      if (found.length >= count) return found.map((e) => e.data);
      if (Date.now() > deadline) {
        throw new Error(`${name} saw no ${count} '${event}' matching ${JSON.stringify(match)} in ${timeoutMs} ms; ` +
          `saw ${JSON.stringify(entry.events.map((e) => e.event))}; ${JSON.stringify(entry.log)}`);
      }
      await sleep(20);
    }
  },
  async events({ name, event }) {
    return client(name).events.filter((e) => !event || e.event === event).map((e) => e.data);
  },
  async state({ name }) {
    const entry = client(name);
    return { connected: entry.socket.connected, connects: entry.connects, transport: entry.socket.io.engine?.transport?.name, log: entry.log };
  },
  async close({ name }) {
    clients.get(name)?.socket.disconnect();
    clients.delete(name);
    return {};
  },
  // One emit through @socket.io/redis-emitter, as a Node backend service would do it.
  async redisEmit({ redisUrl, room, event, data }) {
    const redis = createClient({ url: redisUrl });
    redis.on("error", () => {});
    await redis.connect();
    try {
      new Emitter(redis).to(room).emit(event, data);
      await redis.ping(); // the emit's PUBLISH went out before this answer
    } finally {
      await redis.disconnect().catch(() => {});
    }
    return {};
  },
  async quit() {
    for (const { socket } of clients.values()) socket.disconnect();
    setTimeout(() => process.exit(0), 50);
    return {};
  },
};

serveOps(ops);
