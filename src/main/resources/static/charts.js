'use strict';
// Small SVG charts (score over time, lift by decile, calibration), drawn by hand: three charts do not justify a
// charting library. Every chart also has a text alternative (aria-label and a title per point).
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text != null) node.textContent = text;
  return node;
}

function frame(container, label, height = 220) {
  const width = Math.max(280, Math.min(container.clientWidth || 600, 900));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', height, role: 'img', 'aria-label': label });
  put(container, root);
  return { root, width, height, left: 38, right: width - 12, top: 12, bottom: height - 28 };
}

function yAxis(f, min, max, ticks, format = (v) => v) {
  const y = (v) => f.bottom - (v - min) / (max - min || 1) * (f.bottom - f.top);
  ticks.forEach(t => {
    f.root.append(svg('line', { x1: f.left, x2: f.right, y1: y(t), y2: y(t), class: 'gridline' }));
    f.root.append(svg('text', { x: f.left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'axis' }, format(t)));
  });
  return y;
}

/** Score (0–100) over time, one dot per stored snapshot, coloured by tier. */
function lineChart(container, points, label) {
  if (!points.length) { put(container, el('p', { class: 'note', text: 'No stored scores yet.' })); return; }
  const f = frame(container, label);
  const y = yAxis(f, 0, 100, [0, 25, 50, 75, 100]);
  const times = points.map(p => +new Date(p.at));
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const x = (t) => t1 === t0 ? (f.left + f.right) / 2 : f.left + (t - t0) / (t1 - t0) * (f.right - f.left);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(times[i]).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  f.root.append(svg('path', { d: path, class: 'line' }));
  points.forEach((p, i) => {
    const dot = svg('circle', { cx: x(times[i]), cy: y(p.score), r: 4, class: `dot tier-${p.tier}` });
    dot.append(svg('title', {}, `${day(p.at)}: ${num(p.score)} points, ${p.tier}, ${words(p.outcome)}`));
    f.root.append(dot);
  });
  [[t0, 'start'], [t1, 'end']].forEach(([t, anchor]) => f.root.append(
    svg('text', { x: x(t), y: f.height - 8, 'text-anchor': t1 === t0 ? 'middle' : anchor, class: 'axis' }, day(new Date(t).toISOString()))));
}

/** Bars (lift per decile, win rate per tier), with a reference line at `reference` (lift 1 = random). */
function barChart(container, bars, label, reference) {
  if (!bars.length) { put(container, el('p', { class: 'note', text: 'No data.' })); return; }
  const f = frame(container, label, 200);
  const max = Math.max(reference || 0, ...bars.map(b => b.value)) * 1.1 || 1;
  const y = yAxis(f, 0, max, [0, max / 2, max].map(v => Math.round(v * 10) / 10), (v) => v.toFixed(1));
  const step = (f.right - f.left) / bars.length;
  bars.forEach((b, i) => {
    const rect = svg('rect', { x: f.left + i * step + step * 0.15, width: step * 0.7, y: y(b.value), height: f.bottom - y(b.value), class: 'bar' });
    rect.append(svg('title', {}, `${b.label}: ${b.value.toFixed(2)}`));
    f.root.append(rect);
    f.root.append(svg('text', { x: f.left + i * step + step / 2, y: f.height - 10, 'text-anchor': 'middle', class: 'axis' }, b.label));
  });
  if (reference != null) f.root.append(svg('line', { x1: f.left, x2: f.right, y1: y(reference), y2: y(reference), class: 'reference' }));
}

/** Calibration: mean predicted probability against the observed rate per decile; the diagonal is perfect. */
function calibrationChart(container, points, label) {
  if (!points.length) { put(container, el('p', { class: 'note', text: 'No calibration data.' })); return; }
  const f = frame(container, label, 240);
  const y = yAxis(f, 0, 1, [0, 0.25, 0.5, 0.75, 1], (v) => `${v * 100}%`);
  const x = (v) => f.left + v * (f.right - f.left);
  f.root.append(svg('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), class: 'reference' }));
  points.forEach(p => {
    const dot = svg('circle', { cx: x(p.predicted), cy: y(p.observed), r: 5, class: 'dot' });
    dot.append(svg('title', {}, `predicted ${percent(p.predicted)}, observed ${percent(p.observed)}`));
    f.root.append(dot);
  });
  f.root.append(svg('text', { x: (f.left + f.right) / 2, y: f.height - 8, 'text-anchor': 'middle', class: 'axis' }, 'predicted probability →'));
}
