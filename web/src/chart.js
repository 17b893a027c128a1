// The score as inline SVG bars: one labelled bar per dimension, 0 to 100.
const SVG = "http://www.w3.org/2000/svg";

function node(tag, attrs, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** bars: [{key, label, value}] → an accessible <svg> (role img, with a title listing every value). */
export function scoreChart(bars) {
  const rowHeight = 34;
  const labelWidth = 190;
  const barWidth = 260;
  const width = labelWidth + barWidth + 50;
  const height = bars.length * rowHeight + 6;
  const svg = node("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "chart", "aria-labelledby": "score-chart-title" });
  svg.append(node("title", { id: "score-chart-title" }, bars.map((b) => `${b.label} ${b.value}`).join(", ")));
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
