'use strict';
// The page for the three users: ranked accounts with reasons and family graph (sales),
// risk evidence and review decisions (compliance), links to the API (clients).
// Data only ever reaches the page through textContent.
const $ = (sel) => document.querySelector(sel);
const keyInput = $('#apiKey');
keyInput.value = localStorage.getItem('qualgraph.key') || '';
keyInput.addEventListener('change', () => localStorage.setItem('qualgraph.key', keyInput.value));

function status(text, ok) {
  const line = $('#status');
  line.textContent = text || '';
  line.className = ok ? 'ok' : 'error';
}

/** Calls the API; a non-2xx answer (problem+json) becomes an Error with title, detail and the bad fields. */
async function api(path, params = {}, options = {}) {
  const url = new URL(path, location.origin);
  const asOf = $('#asOf').value;
  if (asOf && !options.method) url.searchParams.set('asOf', asOf);
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v != null) url.searchParams.set(k, v); });
  const headers = { 'X-API-Key': keyInput.value };
  if (options.body) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { ...options, headers });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parts = [body && body.title || response.statusText || 'Request failed', body && body.detail];
    (body && body.errors || []).forEach(e => parts.push(`${e.path}: ${e.message}`));
    throw new Error(`${response.status} ${parts.filter(Boolean).join(' — ')}`);
  }
  return body;
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function fill(tbody, items, render) {
  tbody.replaceChildren();
  items.forEach((item, index) => { const tr = document.createElement('tr'); render(tr, item, index); tbody.appendChild(tr); });
}

const percent = (x) => `${Math.round(x * 1000) / 10}%`;
const stake = (s) => s.share != null ? percent(s.share)
  : (s.shareMin != null && s.shareMax != null && s.shareMax > 0 ? `${percent(s.shareMin)}–${percent(s.shareMax)}` : '?');

document.querySelectorAll('nav button').forEach(button => button.addEventListener('click', () => {
  document.querySelectorAll('nav button').forEach(b => b.classList.toggle('active', b === button));
  document.querySelectorAll('main section').forEach(s => { s.hidden = s.id !== 'tab-' + button.dataset.tab; });
  status('');
}));

let page = 0;
async function loadAccounts() {
  const form = new FormData($('#accountFilters'));
  try {
    const result = await api('/api/accounts', { ...Object.fromEntries(form), page, size: 25 });
    status(`${result.total} accounts`, true);
    fill($('#accounts tbody'), result.items, (tr, a, i) => {
      tr.className = 'clickable';
      tr.dataset.id = a.accountId;
      cell(tr, result.page * result.size + i + 1, 'num');
      cell(tr, a.accountName ? `${a.accountName} (${a.accountId})` : a.accountId);
      cell(tr, a.score.toFixed(1), 'num'); cell(tr, a.grade); cell(tr, a.tier + (a.tierHeld ? ' (held)' : '')); cell(tr, a.outcome);
      cell(tr, a.route); cell(tr, a.riskLevel, 'level-' + a.riskLevel);
      tr.addEventListener('click', () => showAccount(a.accountId));
    });
    pager(result);
  } catch (e) { status(e.message); }
}

function pager(result) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const info = document.createElement('span');
  info.textContent = `page ${result.page + 1} of ${pages} (${result.total} accounts) `;
  const buttons = [['‹ previous', -1, 'prev'], ['next ›', 1, 'next']].map(([label, step, name]) => {
    const b = document.createElement('button');
    b.textContent = label;
    b.name = name;
    b.disabled = page + step < 0 || page + step >= pages;
    b.addEventListener('click', () => { page += step; loadAccounts(); });
    return b;
  });
  $('#pager').replaceChildren(info, ...buttons);
}
$('#accountFilters').addEventListener('submit', (e) => { e.preventDefault(); page = 0; loadAccounts(); });
$('#openAccount').addEventListener('submit', (e) => { e.preventDefault(); showAccount(new FormData(e.target).get('id').trim()); });

function source(s) {
  if (!s) return '';
  const parts = [];
  if (s.contactId) parts.push(`contact ${s.contactId}`);
  if (s.eventId) parts.push(`event ${s.eventId}${s.at ? ' (' + s.at.slice(0, 10) + ')' : ''}`);
  if (s.path && s.path.length > 1) parts.push(`via ${s.path.join(' → ')}`);
  else if (s.entityId) parts.push(`entity ${s.entityId}`);
  return parts.join(' · ');
}

const day = (instant) => instant && String(instant).replace(/T23:59:59\.9+Z$/, '');

function committee(c) {
  const covered = Object.entries(c && c.covered || {}).map(([role, contacts]) => `${role} (${contacts.join(', ')})`);
  return `covered: ${covered.join(', ') || 'none'} · missing: ${(c && c.missing || []).join(', ') || 'none'}`;
}

async function showAccount(id) {
  if (!id) return;
  try {
    const score = await api(`/api/accounts/${encodeURIComponent(id)}/score`);
    status('');
    $('#accountDetail').hidden = false;
    $('#accountTitle').textContent = `${score.accountName || score.accountId} (${score.accountId}): ${score.score} points, grade ${score.grade}, ${score.tier}`;
    $('#accountSummary').textContent = [score.outcome, score.route, `risk ${score.riskLevel}`, score.tierHeld ? 'tier held for compliance review' : null,
      `model ${score.modelVersion}`, `as of ${day(score.asOf)}`, score.recheckAt ? `recheck ${day(score.recheckAt)}` : null].filter(Boolean).join(' · ');
    $('#committee').textContent = committee(score.committee);
    fill($('#reasons tbody'), score.reasons || [], (tr, r) => {
      cell(tr, r.points.toFixed(1), 'num' + (r.points < 0 ? ' neg' : '')); cell(tr, r.code); cell(tr, r.detail); cell(tr, source(r.source));
    });
    await drawFamily(score.accountId);
  } catch (e) { status(e.message); }
}

/** Structure of the account, then of the family members with no owner drawn yet (at most 24 more calls). */
async function drawFamily(accountId) {
  const first = await api(`/api/entities/${encodeURIComponent(accountId)}/structure`);
  const graph = { nodes: new Map(), edges: new Map() };
  (first.family || []).forEach(id => addNode(graph, id, null, id === first.ultimateParent ? 'parent' : 'member'));
  addStructure(graph, first, first.ultimateParent);
  const owned = new Set([...graph.edges.values()].map(e => e.data.target));
  const missing = (first.family || []).filter(id => id !== first.id && !owned.has(id)).slice(0, 24);
  const more = await Promise.all(missing.map(id => api(`/api/entities/${encodeURIComponent(id)}/structure`).catch(() => null)));
  more.filter(Boolean).forEach(s => addStructure(graph, s, first.ultimateParent));
  const edges = [...graph.edges.values()].filter(e => graph.nodes.has(e.data.source) && graph.nodes.has(e.data.target));
  $('#familyNote').textContent = `${first.familySize} in the family${first.familyComplete ? '' : ' (list cut)'} · ${edges.length} ownership links`
    + ((first.cycles || []).length ? ` · ownership cycles: ${first.cycles.map(c => c.join(' → ')).join('; ')}` : '');
  cytoscape({ container: $('#familyGraph'), elements: [...graph.nodes.values(), ...edges], layout: { name: 'breadthfirst', directed: true, padding: 10 }, style: graphStyle });
}

function addNode(graph, id, name, kind, override) {
  const existing = graph.nodes.get(id);
  if (!existing) graph.nodes.set(id, { data: { id, label: name || id, kind } });
  else if (override) Object.assign(existing.data, { label: name, kind });
  else if (name && existing.data.label === id) existing.data.label = name;
}

function addEdge(graph, from, to, label, kind) {
  const id = `${from}->${to}`;
  if (!graph.edges.has(id)) graph.edges.set(id, { data: { id, source: from, target: to, label, kind } });
}

function addStructure(graph, s, parent) {
  addNode(graph, s.id, s.name, s.id === parent ? 'parent' : 'member');
  (s.owners || []).forEach(o => {
    addNode(graph, o.id, o.name, o.kind === 'PERSON' ? 'person' : 'owner');
    addEdge(graph, o.id, s.id, stake(o), o.controlling ? 'control' : 'minority');
  });
  (s.subsidiaries || []).forEach(sub => {
    addNode(graph, sub.id, sub.name, 'member');
    addEdge(graph, s.id, sub.id, stake(sub), sub.controlled ? 'control' : 'minority');
  });
  (s.beneficialOwners || []).forEach(bo => {
    addNode(graph, bo.id, `${bo.name || bo.id} (BO ${percent(bo.effectiveShare)}${bo.uncertain ? '?' : ''})`, 'person', true);
    (bo.paths || []).forEach(path => path.forEach(st => {
      addNode(graph, st.owner, null, 'owner');
      addNode(graph, st.owned, null, 'member');
      addEdge(graph, st.owner, st.owned, stake(st), 'minority');
    }));
  });
}

const graphStyle = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120, 'background-color': '#5c7a99' } },
  { selector: 'node[kind = "parent"]', style: { 'background-color': '#17324d' } },
  { selector: 'node[kind = "owner"]', style: { 'background-color': '#8a9ba8', shape: 'round-rectangle' } },
  { selector: 'node[kind = "person"]', style: { 'background-color': '#d9822b', shape: 'ellipse' } },
  { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1, 'line-style': 'dashed' } },
  { selector: 'edge[kind = "control"]', style: { width: 2, 'line-style': 'solid', 'line-color': '#17324d', 'target-arrow-color': '#17324d' } }
];

let riskEntity = null;
$('#riskLookup').addEventListener('submit', (e) => { e.preventDefault(); showRisk(new FormData(e.target).get('id').trim()); });

async function showRisk(id) {
  riskEntity = id;
  try {
    const risk = await api(`/api/entities/${encodeURIComponent(id)}/risk`, { regime: $('#riskLookup [name=regime]').value });
    status('');
    $('#riskDetail').hidden = false;
    $('#riskTitle').textContent = `${risk.id}: ${risk.level}${risk.regime ? ' (' + risk.regime + ' regime)' : ''}`;
    $('#riskLevel').textContent = risk.level;
    $('#riskLevel').className = 'level-' + risk.level;
    fill($('#evidence tbody'), risk.evidence || [], (tr, ev) => {
      cell(tr, ev.rule); cell(tr, ev.level, 'level-' + ev.level); cell(tr, ev.detail); cell(tr, (ev.path || []).join(' → '));
    });
    $('#reviewState').textContent = reviewText(risk.review);
    return risk;
  } catch (err) { status(err.message); return null; }
}

function reviewText(review) {
  if (!review) return 'Review state not visible with this key.';
  const last = review.last;
  const text = { NONE: 'Not reviewed yet.', CURRENT: 'Reviewed on the current evidence.', STALE: 'Evidence changed since the last decision: review open again.' }[review.status] || review.status;
  return last ? `${text} Last decision: ${last.decision} by ${last.reviewer} at ${last.at} on level ${last.riskLevel} — “${last.reason}”` : text;
}

$('#decision').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  try {
    const review = await api('/api/reviews', {}, { method: 'POST', body: JSON.stringify({ entityId: riskEntity, decision: form.get('decision'), reason: form.get('reason') }) });
    await showRisk(riskEntity);
    status(`Decision ${review.decision} recorded for ${review.entityId}.`, true);
  } catch (err) { status(err.message); }
});

$('#loadQueue').addEventListener('click', async () => {
  try {
    const items = await api('/api/reviews/queue');
    status(`${items.length} in the review queue`, true);
    $('#queue').hidden = false;
    fill($('#queue tbody'), items, (tr, q) => {
      tr.className = 'clickable';
      cell(tr, q.name ? `${q.name} (${q.entityId})` : q.entityId); cell(tr, q.level, 'level-' + q.level);
      cell(tr, q.status); cell(tr, q.lastDecision || '');
      tr.addEventListener('click', () => { $('#riskLookup [name=id]').value = q.entityId; showRisk(q.entityId); });
    });
  } catch (err) { status(err.message); }
});
