// Parley's browser client: sign in, pick a scenario and a persona, negotiate over Socket.IO, see the score,
// the debrief of each finished negotiation and the progress over all of them.
import { io } from "socket.io-client";
import { createApi, ApiError } from "./api.js";
import { plainWords, SCORE_MEANING, CATEGORY_WORDS } from "./words.js";
import { scoreChart } from "./chart.js";
import { el } from "./dom.js";
import { renderDebrief, renderProgress } from "./debrief.js";

const MAX_MESSAGE = 1000;
const TYPING_IDLE_MS = 2000;
const $ = (id) => document.getElementById(id);

const state = {
  token: localStorage.getItem("parley.token"),
  user: null,
  devMode: false,
  scenarios: new Map(), // id -> summary (issues)
  briefs: new Map(), // id -> detail with brief
  personas: new Map(),
  socket: null,
  negotiation: null, // {id, scenario_id, persona_id, status, on_table, tabled_by, deal_terms, final_score}
  messageIds: new Set(),
  typing: false,
  typingTimer: null,
  waitUntil: 0,
  waitTimer: null,
};

const api = createApi(() => state.token);

// ---------------------------------------------------------------- small helpers

const VIEWS = ["auth-view", "lobby-view", "chat-view", "debrief-view", "progress-view"];

function show(view) {
  for (const id of VIEWS) $(id).hidden = id !== view;
  const signedIn = view !== "auth-view";
  $("sign-out").hidden = !signedIn;
  $("whoami").hidden = !signedIn;
}

function showError(code, message) {
  const alert = $("alert");
  alert.textContent = plainWords(code, message);
  alert.dataset.code = code;
  alert.hidden = false;
}

function clearError() {
  $("alert").hidden = true;
  $("alert").textContent = "";
  delete $("alert").dataset.code;
}

function issuesOf(scenarioId) {
  return (state.scenarios.get(scenarioId) || {}).issues || [];
}

const UNIT_SUFFIX = {
  money_per_hour: " per hour", money_per_day: " per day", days_per_week: " days a week",
  days_per_year: " days a year", days_from_now: " days from now", months: " months", percent: "%",
};

function formatValue(issue, value) {
  const unit = issue ? issue.unit : "";
  const number = Number(value).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return number + (UNIT_SUFFIX[unit] || "");
}

function describeTerms(scenarioId, terms) {
  const issues = issuesOf(scenarioId);
  return Object.entries(terms || {}).map(([key, value]) => {
    const issue = issues.find((i) => i.key === key);
    return `${issue ? issue.label : key}: ${formatValue(issue, value)}`;
  });
}

function personaName(id) {
  const persona = state.personas.get(id);
  return persona ? persona.name : "Your counterpart";
}

function failed(error) {
  if (error instanceof ApiError) {
    if (error.code === "UNAUTHORIZED") return signOut(error.code);
    showError(error.code, error.message);
    if (error.code === "RATE_LIMITED" && error.retryAfterMs) {
      $("alert").textContent += ` Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`;
    }
  } else {
    console.error(error);
    showError("INTERNAL_ERROR");
  }
}

// ---------------------------------------------------------------- signing in

async function start() {
  try {
    const config = await api("GET", "/api/config");
    state.devMode = Boolean(config && config.dev_mode);
  } catch {
    state.devMode = false;
  }
  $("demo-login").hidden = !state.devMode;
  if (state.token) {
    try {
      state.user = await api("GET", "/api/me");
      return enterLobby();
    } catch {
      forgetToken();
    }
  }
  show("auth-view");
}

function forgetToken() {
  state.token = null;
  localStorage.removeItem("parley.token");
}

async function authenticate(event) {
  event.preventDefault();
  clearError();
  const mode = event.submitter && event.submitter.value === "register" ? "register" : "login";
  const body = { email: $("email").value.trim(), password: $("password").value };
  const name = $("display-name").value.trim();
  if (mode === "register" && name) body.display_name = name;
  try {
    const session = await api("POST", `/api/auth/${mode}`, body);
    state.token = session.access_token;
    localStorage.setItem("parley.token", state.token);
    state.user = session.user;
    $("password").value = "";
    await enterLobby();
  } catch (error) {
    failed(error);
  }
}

function signOut(code) {
  if (state.socket) state.socket.disconnect();
  state.socket = null;
  state.negotiation = null;
  forgetToken();
  show("auth-view");
  if (code) showError(code);
}

// ---------------------------------------------------------------- the lobby

async function enterLobby() {
  $("whoami").textContent = `Signed in as ${state.user.display_name}`;
  show("lobby-view");
  try {
    const [scenarios, personas] = await Promise.all([api("GET", "/api/scenarios"), api("GET", "/api/personas")]);
    state.scenarios = new Map(scenarios.scenarios.map((s) => [s.id, s]));
    state.personas = new Map(personas.personas.map((p) => [p.id, p]));
    fillSelect($("scenario"), scenarios.scenarios, (s) => s.title);
    fillSelect($("persona"), personas.personas, (p) => `${p.name} (${p.style})`);
    describePersona();
    await showBrief();
    await listPast();
  } catch (error) {
    failed(error);
  }
}

function fillSelect(select, items, label) {
  const chosen = select.value;
  select.replaceChildren(...items.map((item) => el("option", { value: item.id, textContent: label(item) })));
  if (items.some((item) => item.id === chosen)) select.value = chosen;
}

function describePersona() {
  const persona = state.personas.get($("persona").value);
  $("persona-description").textContent = persona ? persona.description : "";
}

async function scenarioDetail(id) {
  if (!state.briefs.has(id)) state.briefs.set(id, await api("GET", `/api/scenarios/${encodeURIComponent(id)}`));
  return state.briefs.get(id);
}

function renderBrief(detail) {
  const brief = detail.brief || {};
  const prefs = brief.preferences || {};
  // priorities come most important first, in words; the raw weights stay out of a person's brief
  const rows = (brief.priorities || []).map((priority) => {
    const issue = (detail.issues || []).find((i) => i.key === priority.issue);
    const p = prefs[priority.issue] || {};
    const better = p.direction === "higher_is_better" ? "more is better" : "less is better";
    return el("li", {},
      el("strong", { textContent: issue ? issue.label : priority.issue }),
      ` ${priority.importance_words} (${better}). ${priority.why ? priority.why + " " : ""}` +
      `Aim for ${formatValue(issue, p.target)}; accept no worse than ${formatValue(issue, p.reservation)}.`);
  });
  const minutes = Math.round((detail.time_limit_seconds || 0) / 60);
  return [
    el("p", {}, el("strong", { textContent: `${detail.title}. ` }), detail.description || ""),
    el("p", {}, el("strong", { textContent: "Your role: " }), brief.role || ""),
    el("p", { textContent: brief.situation || "" }),
    el("h4", { textContent: "Your priorities" }),
    el("ul", { class: "priorities" }, ...rows),
    el("p", {}, el("strong", { textContent: "If there is no deal: " }), brief.best_alternative || ""),
    el("p", { class: "hint", textContent: `At most ${detail.round_limit} rounds and ${minutes} minutes.` }),
  ];
}

async function showBrief() {
  const id = $("scenario").value;
  if (!id) return;
  try {
    $("brief").replaceChildren(...renderBrief(await scenarioDetail(id)));
  } catch (error) {
    failed(error);
  }
}

async function listPast() {
  const { negotiations } = await api("GET", "/api/negotiations");
  const items = negotiations.map((n) => {
    const scenario = state.scenarios.get(n.scenario_id);
    const when = new Date(n.updated_at || n.created_at).toLocaleString();
    const score = n.final_score ? `, score ${n.final_score.overall}` : "";
    const button = el("button", {
      type: "button", class: "link past-item",
      textContent: `${scenario ? scenario.title : n.scenario_id} with ${personaName(n.persona_id)} — ${n.status}${score} (${when})`,
    });
    button.addEventListener("click", () => openNegotiation(n));
    if (n.status !== "completed" && n.status !== "expired") return el("li", {}, button);
    const debrief = el("button", {
      type: "button", class: "link past-debrief", textContent: "Debrief",
      "aria-label": `Debrief: ${scenario ? scenario.title : n.scenario_id} with ${personaName(n.persona_id)} (${when})`,
    });
    debrief.addEventListener("click", () => openDebrief(n));
    return el("li", {}, button, " · ", debrief);
  });
  $("past").replaceChildren(...(items.length ? items : [el("li", { class: "hint", textContent: "None yet." })]));
}

async function startNegotiation(event) {
  event.preventDefault();
  clearError();
  try {
    const negotiation = await api("POST", "/api/negotiations", {
      scenario_id: $("scenario").value, persona_id: $("persona").value,
    });
    await openNegotiation(negotiation);
  } catch (error) {
    failed(error);
  }
}

// ---------------------------------------------------------------- the negotiation

async function openNegotiation(negotiation) {
  clearError();
  state.negotiation = { ...negotiation };
  state.messageIds.clear();
  $("messages").replaceChildren();
  $("ai-typing").hidden = true;
  $("user-typing").hidden = true;
  $("result").hidden = true;
  $("message").value = "";
  updateCharsLeft();
  const scenario = state.scenarios.get(negotiation.scenario_id);
  $("chat-title").textContent = `${scenario ? scenario.title : "Negotiation"} with ${personaName(negotiation.persona_id)}`;
  show("chat-view");
  try {
    const detail = await scenarioDetail(negotiation.scenario_id);
    $("chat-brief-body").replaceChildren(...renderBrief(detail));
    buildProposeForm(detail);
  } catch (error) {
    failed(error);
  }
  applyState(negotiation);
  if (isOver()) {
    // A finished negotiation cannot be joined: its transcript comes from the REST API.
    try {
      const page = await api("GET", `/api/negotiations/${negotiation.id}/messages?limit=100`);
      page.messages.forEach(addMessage);
    } catch (error) {
      failed(error);
    }
  } else {
    connect();
    if (state.socket.connected) join();
  }
}

function isOver() {
  const status = state.negotiation && state.negotiation.status;
  return status === "completed" || status === "expired";
}

function leaveNegotiation() {
  const negotiation = state.negotiation;
  if (negotiation && state.socket && state.socket.connected && !isOver()) {
    state.socket.emit("leave-negotiation", { negotiation_id: negotiation.id });
  }
  state.negotiation = null;
  enterLobby();
}

function connect() {
  if (state.socket) return;
  const socket = io({ auth: { token: state.token } });
  state.socket = socket;
  setConnection("connecting", "Connecting…");
  socket.on("connect", () => {
    setConnection("connected", "Connected");
    join(); // a new connection is a new socket: it has to join the room again
  });
  socket.on("disconnect", (reason) => {
    setConnection("reconnecting", "Connection lost, reconnecting…");
    if (reason === "io server disconnect") socket.connect();
  });
  socket.io.on("reconnect_attempt", (attempt) => setConnection("reconnecting", `Reconnecting (attempt ${attempt})…`));
  socket.on("connect_error", (error) => {
    const code = error.data && error.data.code;
    if (code && code.startsWith("AUTH_") || code === "USER_NOT_FOUND") return signOut(code);
    setConnection("reconnecting", "Cannot reach the server, retrying…");
    if (code === "RATE_LIMITED") showError(code);
  });
  socket.on("negotiation-state", (s) => mine(s) && applyState(s));
  socket.on("negotiation-update", (u) => mine(u) && updated(u));
  socket.on("message-history", (h) => mine(h) && h.messages.forEach(addMessage));
  socket.on("message-received", (m) => mine(m) && addMessage(m));
  socket.on("ai-message", (m) => mine(m) && addMessage(m));
  socket.on("ai-typing", (t) => mine(t) && showAiTyping(t));
  socket.on("user-typing", (t) => mine(t) && showUserTyping(t));
  socket.on("error", (e) => (!e.negotiation_id || mine(e)) && socketError(e));
}

function mine(payload) {
  return state.negotiation && payload && payload.negotiation_id === state.negotiation.id;
}

function join() {
  if (!state.negotiation || isOver()) return;
  state.socket.emit("join-negotiation", { negotiation_id: state.negotiation.id });
}

/** The update names what is on the table, not who put it there or the round: the REST API does. */
async function updated(update) {
  applyState(update);
  if (isOver()) return;
  try {
    const fresh = await api("GET", `/api/negotiations/${update.negotiation_id}`);
    if (mine({ negotiation_id: fresh.id })) applyState(fresh);
  } catch (error) {
    failed(error);
  }
}

function setConnection(kind, text) {
  $("connection").textContent = text;
  $("connection").dataset.state = kind;
}

function applyState(update) {
  const n = state.negotiation;
  for (const key of ["status", "phase", "on_table", "deal_terms", "final_score", "rounds", "round_limit", "expires_at", "tabled_by", "debrief"]) {
    if (update[key] !== undefined) n[key] = update[key];
  }
  const rounds = n.round_limit ? ` · round ${n.rounds || 0} of ${n.round_limit}` : "";
  $("neg-status").textContent = `${n.status}${n.phase ? ` · ${n.phase}` : ""}${rounds}`;
  $("neg-status").dataset.status = n.status;
  renderTable();
  const over = isOver();
  $("composer").hidden = over;
  $("moves").hidden = over;
  $("table").hidden = over;
  if (over) {
    $("ai-typing").hidden = true;
    renderResult();
  }
}

function renderTable() {
  const n = state.negotiation;
  const terms = describeTerms(n.scenario_id, n.on_table);
  const empty = terms.length === 0;
  const byPersona = n.tabled_by === "persona";
  $("accept").disabled = empty || n.tabled_by === "person";
  if (empty) {
    $("table").replaceChildren(el("p", { class: "hint", textContent: "No terms on the table yet." }));
    return;
  }
  const who = byPersona ? `${personaName(n.persona_id)} proposes` : n.tabled_by === "person" ? "You proposed" : "On the table";
  $("table").replaceChildren(el("p", {}, el("strong", { textContent: `${who}: ` }), terms.join(" · ")));
  for (const [key, value] of Object.entries(n.on_table)) {
    const input = $(`term-${key}`);
    if (input && document.activeElement !== input) input.value = value;
  }
}

function addMessage(message) {
  if (state.messageIds.has(message.id)) return;
  state.messageIds.add(message.id);
  const fromUser = message.sender_type === "user";
  const proposal = describeTerms(state.negotiation.scenario_id, message.proposal);
  if (proposal.length) state.negotiation.tabled_by = fromUser ? "person" : "persona";
  const item = el("li", { class: `message ${fromUser ? "from-user" : "from-ai"}`, "data-sequence": String(message.sequence), "data-id": message.id },
    el("span", { class: "sender", textContent: fromUser ? "You" : personaName(state.negotiation.persona_id) }),
    el("p", { class: "content", textContent: message.content }));
  if (proposal.length) item.append(el("p", { class: "proposal", textContent: `Terms: ${proposal.join(" · ")}` }));
  item.append(el("time", { dateTime: message.timestamp, textContent: new Date(message.timestamp).toLocaleTimeString() }));
  const list = $("messages");
  const after = [...list.children].find((li) => Number(li.dataset.sequence) > message.sequence);
  list.insertBefore(item, after || null);
  if (!after) item.scrollIntoView({ block: "nearest" });
  if (!fromUser) $("ai-typing").hidden = true;
  if (!after) showPendingCard(message, item);
  // the history and message-received carry the reading too, so it survives a reload
  if (fromUser && message.read_as) showReadAs(message, message.read_as);
  renderTable();
}

const MOVE_WORDS = { offer: "an offer", accept: "a yes", reject: "a no", walk_away: "walking away", question: "a question", talk: "talk" };

/** Under the learner's own message: what the persona read it as, and a way to correct it. */
function showReadAs(message, readAs) {
  const item = document.querySelector(`#messages li[data-id="${message.id}"]`);
  if (!item || !readAs || item.querySelector(".read-as")) return;
  const terms = describeTerms(state.negotiation.scenario_id, readAs.terms);
  const what = terms.length ? terms.join(" · ") : MOVE_WORDS[readAs.move] || readAs.move;
  const note = readAs.tabled === false ? " (checking with you first)" : "";
  const correct = el("button", { type: "button", class: "link", textContent: "Correct it" });
  correct.addEventListener("click", () => correctReading(readAs));
  item.insertBefore(el("p", { class: "read-as", textContent: `Read as: ${what}${note} ` }, correct), item.querySelector("time"));
}

/** Opens the terms form filled with what was read, so the learner states the terms exactly. */
function correctReading(readAs) {
  for (const [key, value] of Object.entries(readAs.terms || {})) {
    const input = $(`term-${key}`);
    if (input) input.value = value;
  }
  $("propose-box").open = true;
  $("propose-box").scrollIntoView({ block: "nearest" });
}

/** The persona asks to confirm a deal, a walk-away or a proposal it was unsure of: a card answers. */
function showPendingCard(message, item) {
  document.querySelectorAll("#messages .pending-card").forEach((card) => card.remove());
  const metadata = message.ai_metadata || {};
  if (!metadata.pending_action || isOver()) return;
  const terms = describeTerms(state.negotiation.scenario_id, metadata.pending_terms);
  const titles = { deal: "Confirm the deal?", walk_away: "End without a deal?", proposal: "Is this your offer?" };
  const confirm = el("button", { type: "button", class: "confirm", textContent: "Confirm" });
  const keepTalking = el("button", { type: "button", class: "secondary", textContent: "Keep talking" });
  const card = el("div", { class: "pending-card", role: "group", "aria-label": titles[metadata.pending_action] || "Confirm" },
    el("strong", { textContent: titles[metadata.pending_action] || "Confirm?" }),
    ...(terms.length ? [el("ul", {}, ...terms.map((t) => el("li", { textContent: t })))] : []),
    confirm, keepTalking);
  confirm.addEventListener("click", async () => {
    card.remove();
    if (metadata.pending_action === "deal") return acceptTerms();
    if (metadata.pending_action === "walk_away") {
      const ack = await emit("walk-away", {});
      if (ack) applyState(ack);
      return;
    }
    const ack = await emit("send-message", { content: "yes" });
    if (ack) addMessage(ack.message);
  });
  keepTalking.addEventListener("click", () => {
    card.remove();
    $("message").focus();
  });
  item.append(card);
}

function showAiTyping({ typing, estimated_time }) {
  const box = $("ai-typing");
  box.hidden = !typing;
  if (typing) {
    // the estimate is the real delay (docs/adr/0005-honest-reply-pacing.md): 0 means no wait to show
    const ms = estimated_time || 0;
    const wait = ms <= 0 ? "" : ms < 1000 ? " (under a second)" : ` (about ${Math.round(ms / 1000)} s)`;
    box.textContent = `${personaName(state.negotiation.persona_id)} is typing…${wait}`;
  }
}

function showUserTyping({ typing }) {
  const box = $("user-typing");
  box.hidden = !typing;
  box.textContent = typing ? "You are typing in another window…" : "";
}

function socketError(error) {
  showError(error.code, error.message);
  if (error.code === "RATE_LIMITED" && error.retry_after_ms) waitBeforeSending(error.retry_after_ms);
  if (error.code === "NEGOTIATION_EXPIRED" || error.code === "NEGOTIATION_NOT_ACTIVE") {
    api("GET", `/api/negotiations/${state.negotiation.id}`).then(applyState, () => {});
  }
  if (error.event === "send-message" || error.event === "propose-terms") $("ai-typing").hidden = true;
}

function waitBeforeSending(ms) {
  state.waitUntil = Date.now() + ms;
  clearInterval(state.waitTimer);
  const tick = () => {
    const left = Math.ceil((state.waitUntil - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(state.waitTimer);
      $("wait").textContent = "";
      $("send").disabled = false;
      $("propose").disabled = false;
      return;
    }
    $("wait").textContent = `Too many messages: wait ${left} s`;
    $("send").disabled = true;
    $("propose").disabled = true;
  };
  tick();
  state.waitTimer = setInterval(tick, 500);
}

function updateCharsLeft() {
  const left = MAX_MESSAGE - $("message").value.length;
  $("chars-left").textContent = `${left} characters left`;
  $("chars-left").classList.toggle("low", left < 50);
}

function typed() {
  updateCharsLeft();
  if (!state.socket || !state.negotiation) return;
  if (!state.typing) {
    state.typing = true;
    state.socket.emit("typing-start", { negotiation_id: state.negotiation.id });
  }
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
}

function stopTyping() {
  clearTimeout(state.typingTimer);
  if (state.typing && state.socket && state.negotiation) {
    state.socket.emit("typing-stop", { negotiation_id: state.negotiation.id });
  }
  state.typing = false;
}

function emit(event, payload) {
  return new Promise((resolve) => {
    if (!state.socket || !state.socket.connected) {
      showError("NETWORK");
      return resolve(null);
    }
    state.socket.timeout(15000).emit(event, { negotiation_id: state.negotiation.id, ...payload }, (timeout, ack) => {
      if (timeout) {
        showError("NETWORK");
        return resolve(null);
      }
      resolve(ack && ack.ok ? ack : null); // refusals also arrive as `error`, which shows them
    });
  });
}

async function sendMessage(event) {
  event.preventDefault();
  clearError();
  const content = $("message").value;
  if (!content.trim()) return showError("MESSAGE_EMPTY");
  if (content.length > MAX_MESSAGE) return showError("MESSAGE_TOO_LONG");
  stopTyping();
  // sending again what got no answer reuses its name: the server then stores and answers it once
  if (!state.unanswered || state.unanswered.content !== content) {
    state.unanswered = { content, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}` };
  }
  const ack = await emit("send-message", { content, client_message_id: state.unanswered.id });
  if (ack) {
    state.unanswered = null;
    addMessage(ack.message);
    showReadAs(ack.message, ack.read_as);
    $("message").value = "";
    updateCharsLeft();
  }
}

function buildProposeForm(detail) {
  const prefs = (detail.brief && detail.brief.preferences) || {};
  const fields = (detail.issues || []).map((issue) => {
    const id = `term-${issue.key}`;
    const start = prefs[issue.key] ? prefs[issue.key].target : issue.min;
    const hint = `${formatValue(issue, issue.min)} to ${formatValue(issue, issue.max)}`;
    return el("div", { class: "field" },
      el("label", { htmlFor: id, textContent: `${issue.label} ` }, el("span", { class: "hint", textContent: `(${hint})` })),
      el("input", { id, name: issue.key, type: "number", min: issue.min, max: issue.max, step: issue.step || "any", value: start, required: true }));
  });
  $("propose-fields").replaceChildren(...fields);
}

async function proposeTerms(event) {
  event.preventDefault();
  clearError();
  const terms = {};
  for (const input of $("propose-fields").querySelectorAll("input")) {
    if (!input.checkValidity()) {
      input.focus();
      return showError("VALIDATION_FAILED", `${input.labels[0].firstChild.textContent.trim()} must be a number in range`);
    }
    terms[input.name] = Number(input.value);
  }
  const ack = await emit("propose-terms", { terms });
  if (ack) {
    addMessage(ack.message);
    applyState({ on_table: ack.on_table, tabled_by: "person" });
    $("propose-box").open = false;
  }
}

async function acceptTerms() {
  clearError();
  const ack = await emit("accept-terms", {});
  if (ack) applyState(ack);
}

async function walkAway() {
  clearError();
  if (!window.confirm("Walk away without a deal? The negotiation ends.")) return;
  const ack = await emit("walk-away", {});
  if (ack) applyState(ack);
}

function renderResult() {
  const n = state.negotiation;
  const deal = n.deal_terms;
  const body = [];
  if (deal && deal.agreed) {
    body.push(el("p", { class: "outcome", textContent: "Deal agreed." }),
      el("ul", { class: "deal" }, ...describeTerms(n.scenario_id, deal.terms).map((t) => el("li", { textContent: t }))));
  } else {
    body.push(el("p", { class: "outcome", textContent: n.status === "expired" ? "Time ran out without a deal." : "No deal: the negotiation ended without agreement." }));
  }
  $("result-body").replaceChildren(...body);
  const score = n.final_score;
  $("score-figure").hidden = !score;
  $("score-meaning").hidden = !score;
  if (score) {
    $("score-chart").replaceChildren(scoreChart(SCORE_MEANING.map(([key, label]) => ({ key, label, value: score[key] }))));
    $("score-meaning").replaceChildren(...SCORE_MEANING.flatMap(([key, label, meaning]) => [
      el("dt", { textContent: `${label}: ${score[key]}` }), el("dd", { textContent: meaning })]));
  }
  // the final negotiation-update's compact debrief: at most three things to do better
  const tips = (n.debrief && n.debrief.tips) || [];
  $("result-tips").replaceChildren(...(tips.length ? [
    el("h4", { textContent: "To do better next time" }),
    el("ul", { class: "tips" }, ...tips.map((t) => el("li", {},
      el("strong", { textContent: `${(CATEGORY_WORDS[t.category] || [t.category])[0]}: ` }), `${t.observation} ${t.tip}`))),
  ] : []));
  $("result").hidden = false;
}

// ---------------------------------------------------------------- the debrief and the progress

function focusTitle(id) {
  $(id).focus({ preventScroll: false });
}

/** The debrief is written when the negotiation ends; right after the last event it may still be coming (409). */
async function fetchDebrief(id) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api("GET", `/api/negotiations/${id}/debrief`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409 || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

async function fetchTranscript(id) {
  let page = await api("GET", `/api/negotiations/${id}/messages?limit=100`);
  const messages = [...page.messages];
  while (page.has_more && messages.length) {
    page = await api("GET", `/api/negotiations/${id}/messages?limit=100&before=${messages[0].sequence}`);
    messages.unshift(...page.messages);
  }
  return messages;
}

function contextFor(scenarioId, personaId) {
  return {
    them: personaName(personaId).split(", ")[0], // "Sam, collaborative hiring manager" → "Sam"
    issues: issuesOf(scenarioId),
    format: formatValue,
    terms: (terms) => describeTerms(scenarioId, terms),
  };
}

function scenarioTitle(id) {
  const scenario = state.scenarios.get(id);
  return scenario ? scenario.title : id;
}

/** negotiation: {id, scenario_id, persona_id} (a negotiation, or a session of the progress). */
async function openDebrief(negotiation) {
  clearError();
  const id = negotiation.id || negotiation.negotiation_id;
  $("debrief-title").textContent = `Debrief: ${scenarioTitle(negotiation.scenario_id)} with ${personaName(negotiation.persona_id)}`;
  $("debrief-body").replaceChildren(el("p", { class: "hint", textContent: "Loading the debrief…" }));
  $("debrief-body").setAttribute("aria-busy", "true");
  show("debrief-view");
  focusTitle("debrief-title");
  try {
    const [debrief, messages] = await Promise.all([fetchDebrief(id), fetchTranscript(id)]);
    $("debrief-body").replaceChildren(...renderDebrief(debrief, messages, contextFor(negotiation.scenario_id, negotiation.persona_id)));
    $("debrief-body").dataset.negotiation = id;
  } catch (error) {
    $("debrief-body").replaceChildren();
    failed(error);
  } finally {
    $("debrief-body").removeAttribute("aria-busy");
  }
}

async function openProgress() {
  clearError();
  if (state.negotiation) leaveNegotiationQuietly();
  $("progress-body").replaceChildren(el("p", { class: "hint", textContent: "Loading your progress…" }));
  $("progress-body").setAttribute("aria-busy", "true");
  show("progress-view");
  focusTitle("progress-title");
  try {
    const progress = await api("GET", "/api/me/progress");
    $("progress-body").replaceChildren(...renderProgress(progress, {
      scenarioTitle, personaName, openDebrief: (session) => openDebrief(session),
    }));
  } catch (error) {
    $("progress-body").replaceChildren();
    failed(error);
  } finally {
    $("progress-body").removeAttribute("aria-busy");
  }
}

function leaveNegotiationQuietly() {
  const negotiation = state.negotiation;
  if (negotiation && state.socket && state.socket.connected && !isOver()) {
    state.socket.emit("leave-negotiation", { negotiation_id: negotiation.id });
  }
  state.negotiation = null;
}

async function backToLobby() {
  leaveNegotiationQuietly();
  await enterLobby();
  focusTitle("lobby-title");
}

// ---------------------------------------------------------------- wiring

$("auth-form").addEventListener("submit", authenticate);
$("demo-login").addEventListener("click", () => {
  $("email").value = "demo@parley.dev";
  $("password").value = "parley-demo-password";
  $("sign-in").focus();
});
$("sign-out").addEventListener("click", () => signOut());
$("scenario").addEventListener("change", showBrief);
$("persona").addEventListener("change", describePersona);
$("start-form").addEventListener("submit", startNegotiation);
$("back").addEventListener("click", leaveNegotiation);
$("composer").addEventListener("submit", sendMessage);
$("message").addEventListener("input", typed);
$("message").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});
$("propose-form").addEventListener("submit", proposeTerms);
$("accept").addEventListener("click", acceptTerms);
$("walk-away").addEventListener("click", walkAway);
$("open-debrief").addEventListener("click", () => state.negotiation && openDebrief(state.negotiation));
$("open-progress").addEventListener("click", openProgress);
$("debrief-back").addEventListener("click", backToLobby);
$("debrief-progress").addEventListener("click", openProgress);
$("progress-back").addEventListener("click", backToLobby);
window.addEventListener("storage", (event) => {
  if (event.key === "parley.token" && !event.newValue && state.token) signOut();
});

start();
