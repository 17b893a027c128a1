// Inline SVG pictures: the score bars, the zone of agreement per issue, the Pareto picture and the
// progress lines. Each <svg> is role="img" with a <title> and a <desc> saying in words what it shows;
// the page beside it says the same in text, so nothing is only in the picture. viewBox scaling: the
// pictures shrink with the page (CSS width: 100%).
const SVG = "http://www.w3.org/2000/svg";
let serial = 0;

function node(tag, attrs, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** An accessible <svg>: role img, labelled by its title and described by its desc (unique ids). */
function picture(width, height, cls, title, desc) {
  const id = `svg-${++serial}`;
  const svg = node("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: cls,
    "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc`, focusable: "false" });
  svg.append(node("title", { id: `${id}-title` }, title), node("desc", { id: `${id}-desc` }, desc));
  return svg;
}

/** bars: [{key, label, value}] → an accessible <svg> (role img, with a title listing every value). */
export function scoreChart(bars) {
  const rowHeight = 34;
  const labelWidth = 190;
  const barWidth = 260;
  const width = labelWidth + barWidth + 50;
  const height = bars.length * rowHeight + 6;
  const values = bars.map((b) => `${b.label} ${b.value}`).join(", ");
  const svg = picture(width, height, "chart", `Your score: ${values}`, `Bars from 0 to 100: ${values}.`);
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 4;
    const value = Math.max(0, Math.min(100, Number(bar.value) || 0));
    svg.append(
      node("text", { x: 0, y: y + 19, class: "chart-label" }, bar.label),
      node("rect", { x: labelWidth, y: y + 4, width: barWidth, height: 20, rx: 3, class: "chart-track" }),
      node("rect", { x: labelWidth, y: y + 4, width: (barWidth * value) / 100, height: 20, rx: 3,
        class: `chart-bar bar-${bar.key}`, "data-key": bar.key, "data-value": value }),
      node("text", { x: labelWidth + barWidth + 8, y: y + 19, class: "chart-value" }, String(bar.value)));
  });
  return svg;
}

/**
 * One issue's zone of agreement: the issue's range min..max as a bar, the zone both would accept
 * shaded, both walk-away points (lines) and both targets (circles), yours below the bar and theirs
 * above, and the deal (a diamond). zone: the debrief's zone; format: value → words; text: the
 * description in words (the same as the list beside it).
 */
export function zonePicture(zone, min, max, format, them, text) {
  const width = 420;
  const height = 118;
  const left = 46;
  const right = 20;
  const span = max - min || 1;
  const x = (v) => left + ((Math.max(min, Math.min(max, v)) - min) / span) * (width - left - right);
  const svg = picture(width, height, "chart zone-chart", `${zone.label}: the zone of agreement`, text);
  svg.dataset.issue = zone.issue;
  const barY = 50;
  svg.append(
    node("text", { x: 0, y: 30, class: "chart-small" }, them),
    node("text", { x: 0, y: 88, class: "chart-small" }, "You"),
    node("rect", { x: left, y: barY, width: width - left - right, height: 16, rx: 3, class: "chart-track" }));
  if (zone.zone) {
    const shade = node("rect", { x: x(zone.zone.low), y: barY, width: Math.max(3, x(zone.zone.high) - x(zone.zone.low)),
      height: 16, class: "zone-shade", "data-low": zone.zone.low, "data-high": zone.zone.high });
    shade.append(node("title", {}, `Zone of agreement: ${format(zone.zone.low)} to ${format(zone.zone.high)}`));
    svg.append(shade);
  }
  const mark = (side, kind, value) => {
    const cx = x(value);
    const above = side === "persona";
    const cls = `marker marker-${side}-${kind}`;
    const who = above ? them : "You";
    const title = node("title", {}, `${who}: ${kind === "walk_away" ? "walk-away point" : "target"} ${format(value)}`);
    const shape = kind === "walk_away"
      ? node("rect", { x: cx - 2, y: above ? 20 : 66, width: 4, height: 30, class: cls, "data-value": value })
      : node("circle", { cx, cy: above ? 28 : 88, r: 6, class: cls, "data-value": value });
    shape.append(title);
    svg.append(shape);
  };
  mark("persona", "walk_away", zone.persona.walk_away);
  mark("persona", "target", zone.persona.target);
  mark("person", "walk_away", zone.person.walk_away);
  mark("person", "target", zone.person.target);
  if (zone.deal !== null && zone.deal !== undefined) {
    const cx = x(zone.deal);
    const deal = node("path", { d: `M${cx} ${barY - 9} l9 17 l-9 17 l-9 -17 z`, class: "marker marker-deal", "data-value": zone.deal });
    deal.append(node("title", {}, `The deal: ${format(zone.deal)}`));
    svg.append(deal);
  }
  svg.append(
    node("text", { x: left, y: 112, class: "chart-small" }, format(min)),
    node("text", { x: width - right, y: 112, class: "chart-small", "text-anchor": "end" }, format(max)));
  return svg;
}

/**
 * The Pareto picture: each package both sides would accept on the frontier (your utility across,
 * theirs up, 0 to 1), the deal, and the package better for both (highlighted) or, without a deal,
 * the best possible one.
 */
export function paretoPicture({ frontier, deal, highlight, highlightLabel, walkAway }, them, text) {
  const size = 360;
  const pad = 48;
  const inner = size - pad - 16;
  const x = (u) => pad + Math.max(0, Math.min(1, u)) * inner;
  const y = (u) => 16 + (1 - Math.max(0, Math.min(1, u))) * inner;
  const svg = picture(size, size, "chart pareto-chart", `The deal against what was possible, in both sides' value`, text);
  svg.append(node("rect", { x: pad, y: 16, width: inner, height: inner, class: "plot-area" }));
  for (const t of [0, 0.5, 1]) {
    svg.append(
      node("text", { x: x(t), y: size - 22, class: "chart-small", "text-anchor": "middle" }, String(t)),
      node("text", { x: pad - 6, y: y(t) + 4, class: "chart-small", "text-anchor": "end" }, String(t)));
  }
  svg.append(
    node("text", { x: pad + inner / 2, y: size - 4, class: "chart-small axis-label", "text-anchor": "middle" }, "Your value →"),
    node("text", { x: 12, y: 16 + inner / 2, class: "chart-small axis-label", "text-anchor": "middle",
      transform: `rotate(-90 12 ${16 + inner / 2})` }, "Their value →"));
  if (walkAway !== undefined && walkAway !== null) {
    const line = node("line", { x1: x(walkAway), x2: x(walkAway), y1: 16, y2: 16 + inner, class: "walk-away-line" });
    line.append(node("title", {}, `Your walk-away package: ${walkAway.toFixed(2)} for you`));
    svg.append(line);
  }
  const sorted = [...frontier].sort((a, b) => a.person - b.person);
  if (sorted.length > 1) {
    svg.append(node("polyline", { points: sorted.map((p) => `${x(p.person)},${y(p.persona)}`).join(" "), class: "frontier-line" }));
  }
  for (const p of sorted) {
    svg.append(node("circle", { cx: x(p.person), cy: y(p.persona), r: 3, class: "frontier-point" }));
  }
  if (highlight) {
    const h = node("circle", { cx: x(highlight.person), cy: y(highlight.persona), r: 8, class: "highlight-point" });
    h.append(node("title", {}, `${highlightLabel}: ${highlight.person.toFixed(2)} for you, ${highlight.persona.toFixed(2)} for ${them}`));
    svg.append(h);
  }
  if (deal) {
    const cx = x(deal.person);
    const cy = y(deal.persona);
    const d = node("rect", { x: cx - 7, y: cy - 7, width: 14, height: 14, transform: `rotate(45 ${cx} ${cy})`, class: "deal-point" });
    d.append(node("title", {}, `The deal: ${deal.person.toFixed(2)} for you, ${deal.persona.toFixed(2)} for ${them}`));
    svg.append(d);
  }
  return svg;
}

/** One dimension over the sessions: 0 to 100 up, session 1..n across, a point per session. */
export function trendPicture(label, key, values, text) {
  const width = 420;
  const height = 170;
  const left = 36;
  const top = 10;
  const plotW = width - left - 14;
  const plotH = height - top - 34;
  const inset = 16;
  const x = (i) => left + (values.length <= 1 ? plotW / 2 : inset + (i / (values.length - 1)) * (plotW - 2 * inset));
  const y = (v) => top + (1 - Math.max(0, Math.min(100, v)) / 100) * plotH;
  const svg = picture(width, height, `chart trend-chart trend-${key}`, `${label} over your negotiations`, text);
  svg.dataset.key = key;
  for (const t of [0, 50, 100]) {
    svg.append(node("line", { x1: left, x2: left + plotW, y1: y(t), y2: y(t), class: "grid-line" }),
      node("text", { x: left - 6, y: y(t) + 4, class: "chart-small", "text-anchor": "end" }, String(t)));
  }
  if (values.length > 1) {
    svg.append(node("polyline", { points: values.map((v, i) => `${x(i)},${y(v)}`).join(" "), class: `trend-line bar-${key}` }));
  }
  values.forEach((v, i) => {
    const point = node("circle", { cx: x(i), cy: y(v), r: 5, class: `trend-point bar-${key}`, "data-value": v });
    point.append(node("title", {}, `Negotiation ${i + 1}: ${v}`));
    svg.append(point, node("text", { x: x(i), y: height - 18, class: "chart-small", "text-anchor": "middle" }, String(i + 1)));
  });
  svg.append(node("text", { x: left + plotW / 2, y: height - 2, class: "chart-small", "text-anchor": "middle" }, "negotiation, oldest first"));
  return svg;
}
