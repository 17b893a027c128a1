// Drives the official engine.io-client against a server: node engine-client.mjs <scenario> <url>.
// Prints one JSON line with what the client saw, then exits.
import { createRequire } from "node:module";

const modules = process.env.PARLEY_CONFORMANCE_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_CONFORMANCE_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { Socket } = require("engine.io-client");

const [scenario, url] = process.argv.slice(2);
const finish = (result) => {
  console.log(JSON.stringify(result));
  process.exit(0);
};
setTimeout(() => finish({ error: `scenario ${scenario} timed out` }), 20_000);

const scenarios = {
  // one message longer than maxHttpBufferSize over long-polling: how the client's session ends
  "oversized-post": () => {
    const socket = new Socket(url, { path: "/engine.io/", transports: ["polling"] });
    socket.on("open", () => socket.send("x".repeat(1_000_001)));
    socket.on("close", (reason, description) =>
      finish({
        reason,
        message: description?.message ?? null,
        status: description?.description ?? null,
      }),
    );
  },
};
if (!scenarios[scenario]) finish({ error: `unknown scenario ${scenario}` });
scenarios[scenario]();
