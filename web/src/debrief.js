// The debrief of a finished negotiation and the learner's progress, as DOM (docs/scoring.md, "The
// debrief"; docs/api.md, GET /api/negotiations/{id}/debrief and GET /api/me/progress). Every picture
// has its words beside it.
import { el } from "./dom.js";
import { scoreChart, zonePicture, paretoPicture, trendPicture } from "./chart.js";
import { SCORE_MEANING, CATEGORY_WORDS, VERDICT_WORDS, endingWords } from "./words.js";

const DIMENSIONS = SCORE_MEANING.map(([key, label]) => ({ key, label }));
const labelOf = (key) => (DIMENSIONS.find((d) => d.key === key) || { label: key }).label;
const categoryOf = (category) => (CATEGORY_WORDS[category] || [category, ""])[0];
const pct = (u) => `${Math.round(u * 100)}`;

/**
 * ctx: {them: persona's name, issues: the scenario's issues, format(issue, value), terms(terms) →
 * ["Salary: 80,000", ...]}; messages: the transcript (oldest first).
 */
export function renderDebrief(debrief, messages, ctx) {
  return [
    outcome(debrief, ctx),
    scores(debrief),
    zones(debrief, ctx),
    pareto(debrief, ctx),
    conversation(debrief, messages, ctx),
    acrossTheTable(debrief, ctx),
  ];
}

function section(cls, title, ...children) {
  const id = `debrief-${cls}-title`;
  return el("section", { class: `debrief-part debrief-${cls}`, "aria-labelledby": id },
    el("h3", { id, textContent: title }), ...children);
}

function termsList(ctx, terms, cls) {
  return el("ul", { class: cls }, ...ctx.terms(terms).map((t) => el("li", { textContent: t })));
}

function outcome(d, ctx) {
  const j = d.joint;
  const parts = [el("p", { class: "outcome debrief-ending", "data-ending": d.ending, textContent: endingWords(d.ending, ctx.them) })];
  if (d.deal) {
    parts.push(termsList(ctx, d.deal, "deal"));
    if (j.claimed_percent !== null && j.claimed_percent !== undefined) {
      parts.push(el("p", { textContent: `You claimed ${j.claimed_percent} % of the value that was there for you to claim (0 % is your walk-away package, 100 % the best package ${ctx.them} would have accepted).` }));
    }
    if (j.on_frontier) {
      parts.push(el("p", { class: "possible", textContent: "No other deal both of you would accept was better for both of you: nothing was left on the table." }));
    } else if (j.both_better) {
      parts.push(el("p", { class: "possible", textContent: "You could both have had more with this package:" }), termsList(ctx, j.both_better, "both-better"));
    }
  } else if (j.deal_was_possible) {
    parts.push(el("p", { class: "possible", "data-possible": "true", textContent: "A deal was possible: some packages met both sides' walk-away points." }));
    if (j.best_possible) {
      parts.push(el("p", { textContent: "The one with the most value for both of you:" }), termsList(ctx, j.best_possible, "best-possible"));
    }
  } else {
    parts.push(el("p", { class: "possible", "data-possible": "false", textContent: `No deal was possible: your walk-away points and ${ctx.them}'s left no package both of you would accept.` }));
  }
  return section("outcome", "How it ended", ...parts);
}

function seqLinks(sequences) {
  if (!sequences || !sequences.length) return [];
  const links = sequences.map((s) => el("a", { href: `#dmsg-${s}`, textContent: `message ${s}` }));
  const out = [" From "];
  links.forEach((a, i) => out.push(...(i ? [", ", a] : [a])));
  out.push(".");
  return out;
}

function scores(d) {
  const score = d.score || {};
  const chart = scoreChart(DIMENSIONS.map(({ key, label }) => ({ key, label, value: score[key] })));
  const rows = SCORE_MEANING.flatMap(([key, label, meaning]) => {
    const trace = (d.traces || []).find((t) => t.dimension === key);
    return [
      el("dt", { textContent: `${label}: ${score[key]}` }),
      el("dd", { class: "trace", "data-dimension": key }, trace ? trace.why : meaning, ...seqLinks(trace && trace.sequences)),
    ];
  });
  return section("scores", "Your three scores and where they came from",
    el("figure", {}, el("figcaption", { textContent: "Your score (0 to 100)" }), chart),
    el("dl", { class: "meaning traces" }, ...rows));
}

function zones(d, ctx) {
  const figures = (d.zones || []).map((zone) => {
    const issue = (ctx.issues || []).find((i) => i.key === zone.issue) || {};
    const f = (v) => ctx.format(issue, v);
    const values = [zone.person.walk_away, zone.person.target, zone.persona.walk_away, zone.persona.target];
    if (zone.deal !== null && zone.deal !== undefined) values.push(zone.deal);
    const min = Math.min(issue.min ?? Infinity, ...values);
    const max = Math.max(issue.max ?? -Infinity, ...values);
    const facts = [
      `Your walk-away point: ${f(zone.person.walk_away)}`,
      `Your target: ${f(zone.person.target)}`,
      `${ctx.them}'s walk-away point: ${f(zone.persona.walk_away)}`,
      `${ctx.them}'s target: ${f(zone.persona.target)}`,
      zone.zone ? `Both would accept: ${f(zone.zone.low)} to ${f(zone.zone.high)}` : "Both would accept: nothing, the walk-away points do not overlap",
    ];
    if (zone.deal !== null && zone.deal !== undefined) {
      const inside = zone.zone && zone.deal >= zone.zone.low && zone.deal <= zone.zone.high;
      const where = zone.claimed_percent !== null && zone.claimed_percent !== undefined
        ? `, ${zone.claimed_percent} % of the zone in your favour` : "";
      facts.push(`The deal: ${f(zone.deal)}${inside || !zone.zone ? "" : " (outside the zone)"}${where}`);
    } else {
      facts.push("No deal on this issue");
    }
    const text = `From ${f(min)} to ${f(max)}. ${facts.join(". ")}.`;
    return el("figure", { class: "zone", "data-issue": zone.issue },
      el("figcaption", { textContent: zone.label }),
      zonePicture(zone, min, max, f, "Them", text),
      el("ul", { class: "zone-facts" }, ...facts.map((t) => el("li", { textContent: t }))));
  });
  return section("zones", "The zone of agreement, issue by issue",
    el("p", { class: "hint legend", textContent: `In each picture the bar is the issue's whole range. ${ctx.them}'s limits are above it, yours below: a line is a walk-away point, a circle a target. The shaded part is what both of you would accept; the diamond is the deal.` }),
    el("div", { class: "zones" }, ...figures));
}

/** The frontier point better for both than the deal with the most joint value (what both_better names). */
function bestFor(frontier, deal) {
  const candidates = deal ? frontier.filter((p) => p.person >= deal.person && p.persona >= deal.persona) : frontier;
  return candidates.reduce((best, p) => (!best || p.person + p.persona > best.person + best.persona ? p : best), null);
}

function pareto(d, ctx) {
  const j = d.joint;
  const frontier = j.frontier || [];
  let highlight = null;
  let highlightLabel = "";
  if (j.deal && j.both_better) {
    highlight = bestFor(frontier, j.deal);
    highlightLabel = "Better for both";
  } else if (!j.deal && j.best_possible) {
    highlight = bestFor(frontier, null);
    highlightLabel = "The best possible deal";
  }
  const facts = [`${frontier.length} packages on the frontier: none of them can give one side more without giving the other less.`];
  if (frontier.length) {
    const byYou = [...frontier].sort((a, b) => a.person - b.person);
    facts.push(`On it, your value goes from ${pct(byYou[0].person)} to ${pct(byYou[byYou.length - 1].person)} out of 100, ${ctx.them}'s from ${pct(byYou[byYou.length - 1].persona)} to ${pct(byYou[0].persona)}.`);
  }
  facts.push(`Your walk-away package is worth ${pct(j.person_walk_away)} to you; the best package ${ctx.them} would accept, ${pct(j.best_the_persona_accepts)}.`);
  if (j.deal) {
    facts.push(`The deal: ${pct(j.deal.person)} for you, ${pct(j.deal.persona)} for ${ctx.them}, ${j.on_frontier ? "on the frontier" : "inside the frontier: value was left on the table"}.`);
  } else {
    facts.push("There was no deal.");
  }
  if (highlight) facts.push(`${highlightLabel} (the large circle): ${pct(highlight.person)} for you, ${pct(highlight.persona)} for ${ctx.them}.`);
  const svg = paretoPicture({ frontier, deal: j.deal, highlight, highlightLabel, walkAway: j.person_walk_away }, ctx.them, facts.join(" "));
  return section("pareto", "The deal against what was possible",
    el("figure", { class: "pareto" },
      el("figcaption", { textContent: `Value for you (across) and for ${ctx.them} (up), 0 to 1. Small dots: the frontier; square: the deal; large circle: ${highlight ? highlightLabel.toLowerCase() : "none"}; dashed line: your walk-away value.` }),
      svg,
      el("ul", { class: "pareto-facts" }, ...facts.map((t) => el("li", { textContent: t })))));
}

function annotation(a) {
  const [name, about] = CATEGORY_WORDS[a.category] || [a.category, ""];
  return el("li", { class: "annotation", "data-verdict": a.verdict, "data-category": a.category },
    el("p", { class: "verdict" }, el("strong", { textContent: `${VERDICT_WORDS[a.verdict] || a.verdict}: ` }), el("span", { textContent: name, title: about })),
    el("p", { class: "observation", textContent: a.observation }),
    el("p", { class: "tip" }, el("strong", { textContent: "Tip: " }), a.tip));
}

function conversation(d, messages, ctx) {
  const bySeq = new Map();
  const general = [];
  const known = new Set(messages.map((m) => m.sequence));
  for (const a of d.annotations || []) {
    if (a.sequence === null || a.sequence === undefined || !known.has(a.sequence)) general.push(a);
    else bySeq.set(a.sequence, [...(bySeq.get(a.sequence) || []), a]);
  }
  const turns = messages.map((m) => {
    const fromUser = m.sender_type === "user";
    const notes = bySeq.get(m.sequence) || [];
    const proposal = ctx.terms(m.proposal);
    return el("li", { id: `dmsg-${m.sequence}`, class: `debrief-turn ${fromUser ? "from-user" : "from-ai"}`, "data-sequence": String(m.sequence), tabIndex: -1 },
      el("div", { class: `said ${fromUser ? "said-user" : "said-ai"}` },
        el("span", { class: "sender", textContent: `${m.sequence}. ${fromUser ? "You" : ctx.them}` }),
        el("p", { class: "content", textContent: m.content }),
        proposal.length ? el("p", { class: "proposal", textContent: `Terms: ${proposal.join(" · ")}` }) : null),
      notes.length ? el("ul", { class: "annotations", "aria-label": `Notes on message ${m.sequence}` }, ...notes.map(annotation)) : null);
  });
  return section("conversation", "The conversation, annotated",
    general.length ? el("h4", { textContent: "About the whole negotiation" }) : null,
    general.length ? el("ul", { class: "annotations general" }, ...general.map(annotation)) : null,
    el("h4", { textContent: "Message by message" }),
    el("ol", { class: "debrief-transcript" }, ...turns));
}

function acrossTheTable(d, ctx) {
  const items = (d.across_the_table || []).map((t) => el("li", { class: "across", "data-sequence": String(t.sequence) },
    el("p", {}, el("strong", { textContent: "You said: " }), el("a", { href: `#dmsg-${t.sequence}`, textContent: `“${t.learner_said}”` })),
    el("p", { class: "read-as" }, el("strong", { textContent: `${ctx.them} read it as: ` }), t.read_as),
    el("p", {}, el("strong", { textContent: `${ctx.them} answered: ` }), t.persona_said || "(no answer)"),
    el("p", { class: "reasoning" }, el("strong", { textContent: `Why (${ctx.them}'s reasoning): ` }), t.persona_reasoning || "(none given)")));
  return section("across", `Across the table: ${ctx.them}'s side, turn by turn`,
    items.length ? el("ol", { class: "across-list" }, ...items) : el("p", { class: "hint", textContent: "You sent no messages." }));
}

// ---------------------------------------------------------------- progress

/** ctx: {scenarioTitle(id), personaName(id), openDebrief(session)}. */
export function renderProgress(progress, ctx) {
  const sessions = progress.sessions || [];
  if (!sessions.length) {
    return [el("p", { class: "hint", textContent: "No finished negotiations yet: your scores appear here once one ends." })];
  }
  const trends = DIMENSIONS.map(({ key, label }) => {
    const values = sessions.map((s) => s[key]);
    const text = `${label} in your ${values.length} negotiations, oldest first: ${values.join(", ")}.`;
    return el("figure", { class: "trend", "data-key": key },
      el("figcaption", { textContent: `${label}: ${values.join(", ")}` }),
      trendPicture(label, key, values, text));
  });
  const rows = (progress.by_scenario || []).map((s) => el("tr", {},
    el("th", { scope: "row" }, ctx.scenarioTitle(s.scenario_id), el("br"),
      el("span", { class: "hint", textContent: `${s.sessions} ${s.sessions === 1 ? "session" : "sessions"}` })),
    ...DIMENSIONS.map(({ key }) => el("td", { textContent: Number(s[key]).toFixed(0) }))));
  const short = { claiming_value: "Claiming", creating_value: "Creating", managing_relationships: "Relation\u00adships", overall: "Overall" };
  const table = el("table", { class: "means" },
    el("caption", { class: "hint", textContent: "Mean scores per scenario (0 to 100)" }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", textContent: "Scenario" }),
      ...DIMENSIONS.map(({ key, label }) => el("th", { scope: "col", title: label, textContent: short[key] })))),
    el("tbody", {}, ...rows));
  const trips = (progress.trips_on || []).map((t) => {
    const [name, about] = CATEGORY_WORDS[t.category] || [t.category, ""];
    return el("li", { "data-category": t.category }, el("strong", { textContent: name }),
      ` (${about}): to improve in ${t.sessions} of your ${sessions.length} negotiations`);
  });
  const list = sessions.map((s, i) => {
    const button = el("button", { type: "button", class: "link session-debrief",
      textContent: `${i + 1}. ${ctx.scenarioTitle(s.scenario_id)} with ${ctx.personaName(s.persona_id)}: ${endingWords(s.ending, ctx.personaName(s.persona_id))} Overall ${s.overall}. See the debrief` });
    button.addEventListener("click", () => ctx.openDebrief(s));
    return el("li", {}, button);
  });
  const part = (cls, title, ...children) => el("section", { class: `debrief-part progress-${cls}`, "aria-labelledby": `progress-${cls}-title` },
    el("h3", { id: `progress-${cls}-title`, textContent: title }), ...children);
  return [
    part("trends", "Your scores over time", el("div", { class: "trends" }, ...trends)),
    part("means", "By scenario", table),
    part("trips", "You most often trip on",
      trips.length ? el("ol", { id: "trips-on", class: "trips-on" }, ...trips) : el("p", { id: "trips-on", class: "hint", textContent: "Nothing yet: no debrief named something to improve." })),
    part("sessions", "Each negotiation", el("ul", { class: "sessions" }, ...list)),
  ];
}
