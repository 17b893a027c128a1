// The Node reference server the conformance tests compare Parley with: the same fixtures as
// ops/conformance's ConformanceServer (the official protocol suites' servers), on one port:
// /engine.io/ echoes every message, /socket.io/ serves the Socket.IO suite's namespaces.
// PORT (default 0 = any free one); prints "READY <port>"; runs until stdin closes or it is killed.
import { createServer } from "node:http";
import { createRequire } from "node:module";

const modules = process.env.PARLEY_CONFORMANCE_NODE_MODULES;
if (!modules) {
  console.error("PARLEY_CONFORMANCE_NODE_MODULES is not set");
  process.exit(3);
}
const require = createRequire(modules + "/");
const { Server: EngineServer } = require("engine.io");
const { Server } = require("socket.io");

const suite = { pingInterval: 300, pingTimeout: 200, maxHttpBufferSize: 1e6, cors: { origin: "*" } };
const http = createServer();

const engine = new EngineServer({ ...suite, path: "/engine.io/" });
engine.on("connection", (socket) => socket.on("data", (data) => socket.send(data)));

const io = new Server(http, { ...suite, connectTimeout: 1000 });
io.on("connection", (socket) => {
  socket.emit("auth", socket.handshake.auth);
  socket.on("message", (...args) => socket.emit("message-back", ...args));
  socket.on("message-with-ack", (...args) => args.pop()(...args));
});
io.of("/custom").on("connection", (socket) => socket.emit("auth", socket.handshake.auth));

// socket.io's server answers only its own path; the rest goes to engine.io's
http.on("request", (req, res) => {
  if (req.url.startsWith("/engine.io/")) engine.handleRequest(req, res);
});
http.on("upgrade", (req, socket, head) => {
  if (req.url.startsWith("/engine.io/")) engine.handleUpgrade(req, socket, head);
});

http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`READY ${http.address().port}`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
