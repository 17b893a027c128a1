// A long-lived Node process the tests of adapters/redis drive over stdin/stdout, one JSON object a line:
// in  {"id":1,"op":"client.connect","name":"a","url":"http://..."}
// out {"id":1,"result":{...}} or {"id":1,"error":"..."}
// It runs official socket.io-client sockets, a socket.io server with @socket.io/redis-adapter and a
// @socket.io/redis-emitter, all on the Redis given as first argument. Binary values travel as {"$bin":[bytes]}.
import { createRequire } from "node:module";
import { serveOps } from "../../../../socketio/src/test/node/serve-ops.mjs";
import { createServer } from "node:http";

const modules = process.env.PARLEY_REDIS_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ id: 0, error: "PARLEY_REDIS_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io: connect } = require("socket.io-client");
const { Server } = require("socket.io");
const { createAdapter } = require("@socket.io/redis-adapter");
const { Emitter } = require("@socket.io/redis-emitter");
const { createClient } = require("redis");

const redisUrl = process.argv[2];
const clients = new Map();
const received = new Map();
let server, httpServer, emitter;
const redisClients = [];
const serverSideReceived = [];

function toJson(value) {
  if (Buffer.isBuffer(value) || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $bin: [...bytes] };
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

function fromJson(value) {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value && typeof value === "object") {
    if (Array.isArray(value.$bin)) return Buffer.from(value.$bin);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  }
  return value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function redisClient() {
  const client = createClient({ url: redisUrl });
  client.on("error", () => {});
  await client.connect();
  redisClients.push(client);
  return client;
}

function target(operator, { rooms = [], except = [] }) {
  let result = operator;
  if (rooms.length) result = result.to(rooms);
  if (except.length) result = result.except(except);
  return result;
}

async function timed(promise) {
  const start = Date.now();
  try {
    const value = await promise;
    return { elapsedMs: Date.now() - start, value: toJson(value) };
  } catch (error) {
    return { elapsedMs: Date.now() - start, error: String(error && error.message ? error.message : error) };
  }
}

const ops = {
  async "client.connect"({ name, url, transports = ["websocket"] }) {
    const socket = connect(url, { forceNew: true, transports, reconnection: false });
    received.set(name, []);
    socket.onAny((event, ...args) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args.pop();
        last(name + ":" + event);
      }
      received.get(name).push([event, ...toJson(args)]);
    });
    await new Promise((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
    });
    clients.set(name, socket);
    return { id: socket.id };
  },
  async "client.emitWithAck"({ name, event, args = [] }) {
    return toJson(await clients.get(name).timeout(5000).emitWithAck(event, ...fromJson(args)));
  },
  async "client.waitFor"({ name, event, count = 1, timeoutMs = 5000 }) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const events = received.get(name) || [];
      if (events.filter((e) => e[0] === event).length >= count) return events;
      if (Date.now() > deadline) throw new Error(`${name} got no ${count} '${event}' in ${timeoutMs} ms: ${JSON.stringify(events)}`);
      await sleep(20);
    }
  },
  async "client.events"({ name }) {
    return received.get(name) || [];
  },
  async "client.close"({ name }) {
    clients.get(name)?.disconnect();
    clients.delete(name);
    return {};
  },
  async "server.start"() {
    const pub = await redisClient();
    const sub = pub.duplicate();
    sub.on("error", () => {});
    await sub.connect();
    redisClients.push(sub);
    httpServer = createServer();
    server = new Server(httpServer, { adapter: createAdapter(pub, sub) });
    server.on("connection", (socket) => {
      socket.data.origin = "node";
      socket.on("join", (room, ack) => {
        socket.join(room);
        ack && ack();
      });
    });
    server.on("ping-node", (...args) => {
      const ack = typeof args[args.length - 1] === "function" ? args.pop() : null;
      serverSideReceived.push(["ping-node", ...toJson(args)]);
      if (ack) ack({ from: "node", got: toJson(args) });
    });
    server.on("note", (...args) => serverSideReceived.push(["note", ...toJson(args)]));
    await new Promise((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    return { url: "http://127.0.0.1:" + httpServer.address().port };
  },
  async "server.broadcast"({ rooms, except, event, args = [] }) {
    target(server, { rooms, except }).emit(event, ...fromJson(args));
    return {};
  },
  async "server.broadcastWithAck"({ rooms, except, event, args = [], timeoutMs = 3000 }) {
    return timed(target(server.timeout(timeoutMs), { rooms, except }).emitWithAck(event, ...fromJson(args)));
  },
  async "server.fetchSockets"({ rooms, except }) {
    return timed(
      target(server, { rooms, except })
        .fetchSockets()
        .then((sockets) => sockets.map((s) => ({ id: s.id, rooms: [...s.rooms], data: s.data, handshake: s.handshake })))
    );
  },
  async "server.allRooms"() {
    return timed(server.of("/").adapter.allRooms().then((rooms) => [...rooms]));
  },
  async "server.serverSideEmitWithAck"({ event, args = [] }) {
    return timed(server.serverSideEmitWithAck(event, ...fromJson(args)));
  },
  async "server.serverSideEmit"({ event, args = [] }) {
    server.serverSideEmit(event, ...fromJson(args));
    return {};
  },
  async "server.socketsJoin"({ rooms, except, join }) {
    target(server, { rooms, except }).socketsJoin(join);
    return {};
  },
  async "server.localRooms"({ sid }) {
    const socket = server.of("/").sockets.get(sid);
    return socket ? [...socket.rooms] : null;
  },
  async "server.serverSideReceived"() {
    return serverSideReceived;
  },
  async "emitter.emit"({ rooms, except, event, args = [] }) {
    if (!emitter) emitter = new Emitter(await redisClient());
    target(emitter, { rooms, except }).emit(event, ...fromJson(args));
    return {};
  },
  async "emitter.socketsJoin"({ rooms, except, join }) {
    if (!emitter) emitter = new Emitter(await redisClient());
    target(emitter, { rooms, except }).socketsJoin(join);
    return {};
  },
  async "emitter.serverSideEmit"({ event, args = [] }) {
    if (!emitter) emitter = new Emitter(await redisClient());
    emitter.serverSideEmit(event, ...fromJson(args));
    return {};
  },
  async quit() {
    for (const socket of clients.values()) socket.disconnect();
    if (server) server.close();
    for (const client of redisClients) await client.disconnect().catch(() => {});
    setTimeout(() => process.exit(0), 50);
    return {};
  },
};

serveOps(ops);
