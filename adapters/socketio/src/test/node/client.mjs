// Drives the official socket.io-client against a Parley server started by a JUnit test.
// Usage: node client.mjs <scenario> <url> [args...]; prints one JSON line with what it saw.
import { createRequire } from "node:module";

const modules = process.env.PARLEY_SOCKETIO_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_SOCKETIO_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io } = require("socket.io-client");

const [scenario, url, ...args] = process.argv.slice(2);
const deadline = setTimeout(() => finish({ error: `scenario ${scenario} timed out` }, 2), 60_000);

function finish(result, code = 0) {
  clearTimeout(deadline);
  console.log(JSON.stringify(result));
  process.exit(code);
}

function plain(value) {
  if (Buffer.isBuffer(value) || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return { binary: [...new Uint8Array(value.buffer ? value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) : value)] };
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const once = (emitter, event) => new Promise((resolve) => emitter.once(event, (...a) => resolve(a)));

function connected(socket) {
  return new Promise((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
  });
}

const scenarios = {
  // One client: auth, echo with binary, acks both ways, on the chosen transports.
  async basic(mode) {
    const options = { auth: { token: "abc", n: 1 }, reconnection: false };
    if (mode === "websocket") options.transports = ["websocket"];
    if (mode === "polling") options.transports = ["polling"];
    const socket = io(url, options);
    const result = { mode };
    socket.io.on("open", () => (result.firstTransport = socket.io.engine.transport.name));
    const auth = once(socket, "auth");
    await connected(socket);
    result.auth = (await auth)[0];
    if (mode === "upgrade" && socket.io.engine.transport.name !== "websocket") {
      await once(socket.io.engine, "upgrade");
    }
    const echo = once(socket, "message-back");
    socket.emit("message", 1, "two", { three: [true] }, Buffer.from([1, 2, 3]), { nested: [Buffer.from([4])] });
    result.echo = plain(await echo);
    result.ack = plain(
      await new Promise((resolve, reject) =>
        socket.timeout(5000).emit("message-with-ack", "a", { b: 2 }, Buffer.from([9]), (err, ...args) =>
          err ? reject(err) : resolve(args)
        )
      )
    );
    socket.on("question", (n, ack) => ack(n + 1));
    const answer = once(socket, "answer");
    socket.emit("ask-me");
    result.answer = (await answer)[0];
    result.transport = socket.io.engine.transport.name;
    socket.disconnect();
    return result;
  },

  // A middleware refuses with data; the client does not retry; a good token connects.
  async refused() {
    const bad = io(url + "/guarded", { auth: { token: "bad" }, forceNew: true });
    let errors = 0;
    const first = new Promise((resolve) =>
      bad.on("connect_error", (e) => {
        errors++;
        resolve({ message: e.message, data: e.data });
      })
    );
    const result = { error: await first };
    await sleep(1500);
    result.connectErrors = errors;
    result.active = bad.active;
    const good = io(url + "/guarded", { auth: { token: "good" }, forceNew: true });
    await connected(good);
    result.goodConnected = good.connected;
    const unknown = io(url + "/nowhere", { forceNew: true });
    result.unknown = await new Promise((resolve) => unknown.on("connect_error", (e) => resolve(e.message)));
    bad.close();
    good.close();
    unknown.close();
    return result;
  },

  // Three clients in rooms: to(room) without the sender, then to(room).except(room).
  async rooms() {
    const names = ["a", "b", "c"];
    const sockets = Object.fromEntries(names.map((n) => [n, io(url, { forceNew: true, transports: ["websocket"] })]));
    const heard = Object.fromEntries(names.map((n) => [n, []]));
    const ready = names.map((n) => connected(sockets[n]));
    await Promise.all(ready);
    for (const n of names) {
      sockets[n].on("shouted", (msg) => heard[n].push(msg));
      await sockets[n].emitWithAck("join", "r1");
    }
    await sockets.c.emitWithAck("join", "quiet");
    const result = { roomSize: await sockets.a.emitWithAck("room-size", "r1") };
    sockets.a.emit("shout", "r1", "hi");
    await sleep(300);
    sockets.a.emit("shout-except", "r1", "quiet", "hey");
    await sleep(500);
    result.heard = heard;
    names.forEach((n) => sockets[n].disconnect());
    await sleep(300);
    return result;
  },

  // The server closes the Engine.IO connection; the client reconnects by itself.
  async reconnect() {
    const socket = io(url, { reconnectionDelay: 100, reconnectionDelayMax: 200, forceNew: true });
    const ids = [];
    const reasons = [];
    socket.on("disconnect", (reason) => reasons.push(reason));
    await connected(socket);
    ids.push(socket.id);
    const again = once(socket, "connect");
    socket.emit("drop-transport");
    await again;
    ids.push(socket.id);
    const result = { connects: ids.length, reasons: [...reasons], newId: ids[0] !== ids[1] };
    socket.disconnect();
    return result;
  },

  // Connection state recovery: same id, missed packets delivered, recovered === true.
  async recovery() {
    const socket = io(url, { reconnectionDelay: 100, reconnectionDelayMax: 200, forceNew: true });
    const news = [];
    socket.on("news", (msg) => news.push(msg));
    const welcome = once(socket, "news");
    await connected(socket);
    const firstId = socket.id;
    const firstRecovered = socket.recovered;
    await welcome;
    const again = once(socket, "connect");
    socket.emit("drop-and-broadcast");
    await again;
    await sleep(300);
    const result = { firstRecovered, recovered: socket.recovered, sameId: socket.id === firstId, news };
    socket.disconnect();
    return result;
  },

  // Many clients at once from one process, each with an acknowledged round trip.
  async many(count) {
    const n = Number(count);
    const sockets = [];
    for (let i = 0; i < n; i++) {
      sockets.push(io(url, { forceNew: true, transports: ["websocket"], reconnection: false }));
    }
    const results = await Promise.allSettled(
      sockets.map(async (socket, i) => {
        await connected(socket);
        const echo = await socket.timeout(20000).emitWithAck("message-with-ack", i);
        return echo === i;
      })
    );
    const acked = results.filter((r) => r.status === "fulfilled" && r.value).length;
    const failures = results.filter((r) => r.status === "rejected").slice(0, 3).map((r) => String(r.reason));
    const ids = new Set(sockets.map((s) => s.id));
    sockets.forEach((s) => s.disconnect());
    await sleep(200);
    return { requested: n, acked, distinctIds: ids.size, failures };
  },
};

const run = scenarios[scenario];
if (!run) finish({ error: "unknown scenario " + scenario }, 3);
run(...args).then(
  (result) => finish(result),
  (error) => finish({ error: String(error && error.stack ? error.stack : error) }, 1)
);
