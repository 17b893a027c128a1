// Drives Parley's Socket.IO event contract with the official socket.io-client, for the JUnit tests of
// app (GatewayEndToEndTest). Usage: node gateway.mjs <scenario> <url> <mode> <setup-json>
// mode: websocket | polling. Prints one JSON line with what each step saw; the test asserts on it.
import { createRequire } from "node:module";

const modules = process.env.PARLEY_SOCKETIO_NODE_MODULES;
if (!modules) {
  console.log(JSON.stringify({ error: "PARLEY_SOCKETIO_NODE_MODULES is not set" }));
  process.exit(3);
}
const require = createRequire(modules + "/");
const { io } = require("socket.io-client");

const [scenario, url, mode, setupJson] = process.argv.slice(2);
const setup = JSON.parse(setupJson);
const deadline = setTimeout(() => finish({ error: `scenario ${scenario} timed out`, partial: result }, 2), 100_000);
const result = { mode };
const sockets = [];

function finish(value, code = 0) {
  clearTimeout(deadline);
  sockets.forEach((s) => s.disconnect());
  console.log(JSON.stringify(value));
  process.exit(code);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function options(token) {
  const o = { auth: token === undefined ? {} : { token }, reconnection: false, forceNew: true };
  o.transports = mode === "polling" ? ["polling"] : ["websocket"];
  return o;
}

/** A connected socket that records every event it receives, in order. */
function connect(token) {
  return new Promise((resolve, reject) => {
    const socket = io(url, options(token));
    sockets.push(socket);
    socket.seen = [];
    socket.onAny((name, data) => socket.seen.push({ name, data }));
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (e) => reject(new Error("connect_error: " + e.message)));
  });
}

/** The connect_error a token gets. */
function refused(token) {
  return new Promise((resolve) => {
    const socket = io(url, options(token));
    sockets.push(socket);
    socket.once("connect", () => resolve({ connected: true }));
    socket.once("connect_error", (e) => resolve({ message: e.message, data: e.data }));
  });
}

const ack = (socket, event, ...payload) => socket.timeout(10_000).emitWithAck(event, ...payload);

async function waitFor(socket, predicate, ms = 8000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = socket.seen.find(predicate);
    if (found) return found;
    await sleep(20);
  }
  return null;
}

const named = (socket, name) => socket.seen.filter((e) => e.name === name).map((e) => e.data);
const errorsOf = (socket) => named(socket, "error");

const scenarios = {
  async auth() {
    result.missing = await refused(undefined);
    result.empty = await refused("");
    result.garbage = await refused("not-a-jwt");
    result.number = await refused(42);
    result.expired = await refused(setup.expiredToken);
    result.unknownUser = await refused(setup.unknownUserToken);
    const ok = await connect(setup.users.history.token);
    result.valid = { connected: ok.connected };
    return result;
  },

  async contract() {
    const { history, intruder, exchange, limits, rooms, ai } = setup.users;

    // 2. participants and history; 4. typing reaches the others only
    const a = await connect(history.token);
    const b = await connect(history.token);
    const joinA = await ack(a, "join-negotiation", { negotiation_id: history.negotiation });
    result.stateA = named(a, "negotiation-state")[0];
    result.joinAckA = joinA;
    for (let i = 1; i <= 10; i++) {
      const sent = await ack(a, "send-message", { negotiation_id: history.negotiation, content: `message ${i}`, type: "user", timestamp: new Date().toISOString() });
      if (!sent.ok) result.sendFailure = sent;
    }
    await waitFor(a, () => named(a, "ai-message").length >= 10 && named(a, "ai-typing").length >= 20, 15_000);
    await ack(b, "join-negotiation", { negotiation_id: history.negotiation });
    result.stateB = named(b, "negotiation-state")[0];
    result.historyB = named(b, "message-history")[0];
    result.orderB = b.seen.slice(0, 2).map((e) => e.name);
    const typingAck = await ack(a, "typing-start", { negotiation_id: history.negotiation });
    await ack(a, "typing-stop", { negotiation_id: history.negotiation });
    result.typingAck = typingAck;
    await waitFor(b, (e) => e.name === "user-typing" && e.data.typing === false);
    result.typingSeenByB = named(b, "user-typing");
    result.typingSeenByA = named(a, "user-typing");

    // 5. another user learns nothing
    const x = await connect(intruder.token);
    const aSeenBefore = a.seen.length;
    result.intruder = {
      join: await ack(x, "join-negotiation", { negotiation_id: history.negotiation }),
      joinUnknown: await ack(x, "join-negotiation", { negotiation_id: setup.unknownNegotiation }),
      send: await ack(x, "send-message", { negotiation_id: history.negotiation, content: "let me in" }),
      typing: await ack(x, "typing-start", { negotiation_id: history.negotiation }),
      leave: await ack(x, "leave-negotiation", { negotiation_id: history.negotiation }),
      accept: await ack(x, "accept-terms", { negotiation_id: history.negotiation }),
    };
    await sleep(300);
    result.intruder.received = x.seen.filter((e) => e.name !== "error").map((e) => e.name);
    result.intruder.errors = errorsOf(x);
    result.aSawAfterIntruder = a.seen.slice(aSeenBefore).map((e) => e.name);

    // 7. wrong shapes never crash the connection
    let nested = { leaf: true };
    for (let i = 0; i < 200; i++) nested = { nested };
    const wide = { negotiation_id: intruder.negotiation, content: 7, filler: Array.from({ length: 20000 }, (_, i) => ({ i, s: "xxxxxxxx" })) };
    result.invalid = {
      noPayload: await ack(x, "send-message"),
      stringPayload: await ack(x, "send-message", "hello"),
      arrayPayload: await ack(x, "join-negotiation", [intruder.negotiation]),
      numberId: await ack(x, "join-negotiation", { negotiation_id: 42 }),
      notUuid: await ack(x, "join-negotiation", { negotiation_id: "../../etc/passwd" }),
      numberContent: await ack(x, "send-message", { negotiation_id: intruder.negotiation, content: 123 }),
      missingContent: await ack(x, "send-message", { negotiation_id: intruder.negotiation }),
      nested: await ack(x, "send-message", nested),
      wide: await ack(x, "send-message", wide),
      badTerms: await ack(x, "propose-terms", { negotiation_id: intruder.negotiation, terms: { salary: "lots" } }),
      badOverride: await ack(x, "dev-complete-negotiation", { negotiation_id: intruder.negotiation, score_override: { claiming_value: "high" } }),
    };
    x.emit("no-such-event", { negotiation_id: intruder.negotiation });
    x.emit("\u0000weird\u0007event", 1, 2, 3);
    try {
      result.unknownEventAck = await x.timeout(700).emitWithAck("hack-the-planet", { a: 1 });
    } catch (e) {
      result.unknownEventAck = { timedOut: true };
    }
    result.invalidErrors = errorsOf(x).filter((e) => e.code === "INVALID_PAYLOAD").length;
    result.stillConnected = x.connected;
    result.afterInvalid = await ack(x, "join-negotiation", { negotiation_id: intruder.negotiation });

    // 3. a full exchange; 9. a deal through chat, then sending is refused
    const e = await connect(exchange.token);
    await ack(e, "join-negotiation", { negotiation_id: exchange.negotiation });
    const start = e.seen.length;
    result.exchangeAck = await ack(e, "send-message", { negotiation_id: exchange.negotiation, content: "Hello, what can you offer me?" });
    await waitFor(e, (ev) => ev.name === "ai-typing" && ev.data.typing === false);
    result.exchange = e.seen.slice(start).filter((ev) => ev.name !== "negotiation-update");
    const acceptAck = await ack(e, "send-message", { negotiation_id: exchange.negotiation, content: "That works for me, I accept your offer." });
    result.restated = (await waitFor(e, (ev) => ev.name === "ai-message" && ev.data.ai_metadata?.pending_action === "deal"))?.data ?? null;
    const dealAck = acceptAck.ok ? await ack(e, "send-message", { negotiation_id: exchange.negotiation, content: "Yes, confirmed." }) : acceptAck;
    result.dealAck = dealAck;
    result.dealUpdate = (await waitFor(e, (ev) => ev.name === "negotiation-update" && ev.data.status === "completed"))?.data ?? null;
    result.afterDeal = await ack(e, "send-message", { negotiation_id: exchange.negotiation, content: "One more thing" });

    // 6. limits and sanitising
    const l = await connect(limits.token);
    await ack(l, "join-negotiation", { negotiation_id: limits.negotiation });
    result.tooLong = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: "x".repeat(1001) });
    result.empty = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: "   " });
    result.markup = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: "<script>alert('x')</script>Hello\u0007 there\u0000<b>friend</b>" });
    const markupReceived = await waitFor(l, (ev) => ev.name === "message-received");
    result.markupReceived = markupReceived?.data ?? null;
    const accepted = [];
    for (let i = 2; i <= 10; i++) {
      accepted.push((await ack(l, "send-message", { negotiation_id: limits.negotiation, content: `offer ${i}` })).ok);
    }
    result.nineMoreAccepted = accepted;
    result.eleventh = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: "one too many" });
    result.limitErrors = errorsOf(l).map((err) => err.code);
    result.rateLimitedError = errorsOf(l).find((err) => err.code === "RATE_LIMITED") ?? null;

    // rooms per socket: ten at most, one more after leaving one
    const r = await connect(rooms.token);
    result.tenRoomsJoined = [];
    for (const id of rooms.negotiations.slice(0, 10)) {
      result.tenRoomsJoined.push((await ack(r, "join-negotiation", { negotiation_id: id })).ok);
    }
    result.eleventhRoom = await ack(r, "join-negotiation", { negotiation_id: rooms.negotiations[10] });
    result.rejoinAJoinedRoom = await ack(r, "join-negotiation", { negotiation_id: rooms.negotiations[3] });
    await ack(r, "leave-negotiation", { negotiation_id: rooms.negotiations[0] });
    result.eleventhAfterLeaving = await ack(r, "join-negotiation", { negotiation_id: rooms.negotiations[10] });

    // a retry after a lost ack, under the same client_message_id: stored, broadcast and answered once
    const retried = rooms.negotiations[5];
    const retry = { negotiation_id: retried, content: "Could we talk about the salary?", client_message_id: "retry-1" };
    const retryStart = r.seen.length;
    result.firstTry = await ack(r, "send-message", retry);
    await waitFor(r, (ev) => ev.name === "ai-message" && ev.data.negotiation_id === retried, 5_000);
    result.secondTry = await ack(r, "send-message", retry);
    await sleep(500);
    result.retryEvents = r.seen
      .slice(retryStart)
      .filter((ev) => ev.data && ev.data.negotiation_id === retried && (ev.name === "message-received" || ev.name === "ai-message"))
      .map((ev) => ev.name);

    // 8. a slow persona and a failing one
    const s = await connect(ai.token);
    await ack(s, "join-negotiation", { negotiation_id: ai.slow });
    await ack(s, "join-negotiation", { negotiation_id: ai.failing });
    const slowStart = s.seen.length;
    result.slowAck = await ack(s, "send-message", { negotiation_id: ai.slow, content: "Are you there?" });
    result.slowError = (await waitFor(s, (ev) => ev.name === "error" && ev.data.negotiation_id === ai.slow, 10_000))?.data ?? null;
    result.failingAck = await ack(s, "send-message", { negotiation_id: ai.failing, content: "Hello?" });
    result.failingError = (await waitFor(s, (ev) => ev.name === "error" && ev.data.negotiation_id === ai.failing))?.data ?? null;
    await sleep(200);
    result.aiRoomEvents = s.seen
      .slice(slowStart)
      .filter((ev) => ev.data && ev.data.negotiation_id === ai.slow)
      .map((ev) => ev.name + (ev.name === "ai-typing" ? ":" + ev.data.typing : ""));

    // 10. dev events; 9. expiry by the round limit, then sending is refused
    await ack(s, "join-negotiation", { negotiation_id: ai.rounds });
    const triggers = [];
    for (let i = 0; i < setup.roundLimit; i++) {
      triggers.push((await ack(s, "dev-trigger-ai", { negotiation_id: ai.rounds, force_response: true })).ok);
    }
    result.devTriggers = triggers;
    result.expiredUpdate = (await waitFor(s, (ev) => ev.name === "negotiation-update" && ev.data.status === "expired"))?.data ?? null;
    result.afterExpiry = await ack(s, "send-message", { negotiation_id: ai.rounds, content: "still there?" });
    await ack(s, "join-negotiation", { negotiation_id: ai.dev });
    result.devComplete = await ack(s, "dev-complete-negotiation", { negotiation_id: ai.dev, outcome: "success", score_override: { claiming_value: 90 } });
    result.devUpdate = (await waitFor(s, (ev) => ev.name === "negotiation-update" && ev.data.negotiation_id === ai.dev))?.data ?? null;
    return result;
  },

  // Against Parley on PostgreSQL without dev mode.
  /** Two people behind one address: one spends its events, the other still has its own. */
  async "shared-address"() {
    const { first, second } = setup.users;
    const a = await connect(first.token);
    const b = await connect(second.token);
    const codeOf = (answer) => (answer.ok ? "ok" : answer.error.code);
    result.first = [];
    for (let i = 0; i <= setup.eventsPerUser; i++) {
      result.first.push(codeOf(await ack(a, "join-negotiation", { negotiation_id: first.negotiation })));
    }
    result.second = codeOf(await ack(b, "join-negotiation", { negotiation_id: second.negotiation }));
    return result;
  },
  async production() {
    const { limits } = setup.users;
    result.deletedUser = await refused(limits.deletedToken);
    const l = await connect(limits.token);
    result.join = await ack(l, "join-negotiation", { negotiation_id: limits.negotiation });
    result.markup = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: "<script>alert('x')</script>Hi\u0007 <img src=x onerror=alert(1)>there" });
    result.markupReceived = (await waitFor(l, (ev) => ev.name === "message-received"))?.data ?? null;
    await waitFor(l, (ev) => ev.name === "ai-typing" && ev.data.typing === false);
    result.devTrigger = await ack(l, "dev-trigger-ai", { negotiation_id: limits.negotiation, force_response: true });
    result.devComplete = await ack(l, "dev-complete-negotiation", { negotiation_id: limits.negotiation, outcome: "success" });
    result.devErrors = errorsOf(l).map((err) => err.code + ":" + err.event);
    result.invalid = await ack(l, "send-message", { negotiation_id: limits.negotiation, content: { not: "text" } });
    l.emit("unknown-event-for-audit", {});
    result.leave = await ack(l, "leave-negotiation", { negotiation_id: limits.negotiation });
    await sleep(300);
    return result;
  },
};

const run = scenarios[scenario];
if (!run) finish({ error: `unknown scenario ${scenario}` }, 3);
run().then((r) => finish(r), (e) => finish({ error: String(e && e.stack || e), partial: result }, 1));
