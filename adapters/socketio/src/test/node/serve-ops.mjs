// The other side of NodeOps (src/test/java/dev/parley/socketio/NodeOps.java): reads one JSON request
// per line from stdin, {"id", "op", ...}, runs ops[op](request) and prints {"id", "result"} or
// {"id", "error"}. Scripts of other modules import it by its path in the source tree.
import { createInterface } from "node:readline";

export function serveOps(ops) {
  createInterface({ input: process.stdin }).on("line", async (line) => {
    let request;
    try {
      request = JSON.parse(line);
    } catch (e) {
      return;
    }
    const op = ops[request.op];
    try {
      if (!op) throw new Error("unknown op " + request.op);
      const result = await op(request);
      console.log(JSON.stringify({ id: request.id, result: result === undefined ? null : result }));
    } catch (error) {
      console.log(JSON.stringify({ id: request.id, error: String(error && error.stack ? error.stack : error) }));
    }
  });
  process.stdin.on("end", () => process.exit(0));
}
