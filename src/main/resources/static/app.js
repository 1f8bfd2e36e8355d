'use strict';
// The page for the three users: ranked accounts with reasons and family graph (sales),
// risk evidence and review decisions (compliance), links to the API (clients).
const $ = (sel) => document.querySelector(sel);
const keyInput = $('#apiKey');
keyInput.value = localStorage.getItem('qualgraph.key') || '';
keyInput.addEventListener('change', () => localStorage.setItem('qualgraph.key', keyInput.value));

function status(text) { $('#status').textContent = text || ''; }

async function api(path, params = {}, options = {}) {
  const url = new URL(path, location.origin);
  const asOf = $('#asOf').value;
  if (asOf && !options.method) url.searchParams.set('asOf', asOf);
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v != null) url.searchParams.set(k, v); });
  const response = await fetch(url, { ...options, headers: { 'X-API-Key': keyInput.value, 'Content-Type': 'application/json' } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const errors = (body && body.errors || []).map(e => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`${response.status} ${body ? body.title + ' — ' + (body.detail || '') : ''} ${errors}`);
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

document.querySelectorAll('nav button').forEach(button => button.addEventListener('click', () => {
  document.querySelectorAll('nav button').forEach(b => b.classList.toggle('active', b === button));
  document.querySelectorAll('main section').forEach(s => { s.hidden = s.id !== 'tab-' + button.dataset.tab; });
}));

let page = 0;
async function loadAccounts() {
  const form = new FormData($('#accountFilters'));
  try {
    const result = await api('/api/accounts', { ...Object.fromEntries(form), page, size: 25 });
    status('');
    fill($('#accounts tbody'), result.items, (tr, a, i) => {
      tr.className = 'clickable';
      cell(tr, result.page * result.size + i + 1, 'num');
      cell(tr, a.accountName ? `${a.accountName} (${a.accountId})` : a.accountId);
      cell(tr, a.score, 'num'); cell(tr, a.grade); cell(tr, a.tier); cell(tr, a.outcome); cell(tr, a.route);
      cell(tr, a.riskLevel, 'level-' + a.riskLevel);
      tr.addEventListener('click', () => showAccount(a.accountId));
    });
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    const pager = $('#pager');
    pager.replaceChildren();
    const info = document.createElement('span');
    info.textContent = `page ${result.page + 1} of ${pages} (${result.total} accounts) `;
    pager.appendChild(info);
    [['‹ previous', -1], ['next ›', 1]].forEach(([label, step]) => {
      const b = document.createElement('button');
      b.textContent = label;
      b.disabled = page + step < 0 || page + step >= pages;
      b.addEventListener('click', () => { page += step; loadAccounts(); });
      pager.appendChild(b);
    });
  } catch (e) { status(e.message); }
}
$('#accountFilters').addEventListener('submit', (e) => { e.preventDefault(); page = 0; loadAccounts(); });

async function showAccount(id) {
  try {
    const score = await api(`/api/accounts/${encodeURIComponent(id)}/score`);
    $('#accountDetail').hidden = false;
    $('#accountTitle').textContent = `${score.accountName || score.accountId}: ${score.score} points, grade ${score.grade}, ${score.tier}`;
    $('#accountSummary').textContent = `${score.outcome} · ${score.route} · risk ${score.riskLevel} · model ${score.modelVersion} · as of ${score.asOf}`
      + (score.recheckAt ? ` · recheck ${score.recheckAt}` : '');
    const committee = score.committee || {};
    $('#committee').textContent = `covered: ${(committee.covered || []).join(', ') || 'none'} · missing: ${(committee.missing || []).join(', ') || 'none'}`;
    fill($('#reasons tbody'), score.reasons || [], (tr, r) => {
      cell(tr, r.points, 'num' + (r.points < 0 ? ' neg' : '')); cell(tr, r.code); cell(tr, r.detail);
      cell(tr, typeof r.source === 'object' ? JSON.stringify(r.source) : r.source);
    });
    drawFamily(await api(`/api/entities/${encodeURIComponent(id)}/structure`));
  } catch (e) { status(e.message); }
}

function drawFamily(structure) {
  const nodes = new Map();
  const edges = [];
  const node = (id, label, kind) => { if (!nodes.has(id)) nodes.set(id, { data: { id, label: label || id, kind } }); };
  node(structure.id, structure.name, 'focus');
  (structure.family || []).forEach(id => node(id, id, id === structure.ultimateParent ? 'parent' : 'member'));
  (structure.owners || []).forEach(o => { node(o.id, o.name, 'owner'); edges.push([o.id, structure.id, o.share]); });
  (structure.subsidiaries || []).forEach(s => { node(s.id, s.name, 'member'); edges.push([structure.id, s.id, s.share]); });
  (structure.beneficialOwners || []).forEach(bo => (bo.paths || []).forEach(path => (path.stakes || path || []).forEach(st => {
    node(st.ownerId || st.owner, st.ownerName, 'owner'); node(st.ownedId || st.owned, st.ownedName, 'member');
    edges.push([st.ownerId || st.owner, st.ownedId || st.owned, st.share ?? st.shareMin]);
  })));
  const seen = new Set();
  const elements = [...nodes.values()];
  edges.forEach(([from, to, share]) => {
    const id = `${from}->${to}`;
    if (seen.has(id) || !nodes.has(from) || !nodes.has(to)) return;
    seen.add(id);
    elements.push({ data: { id, source: from, target: to, label: share == null ? '?' : `${Math.round(share * 1000) / 10}%` } });
  });
  cytoscape({
    container: $('#familyGraph'), elements, layout: { name: 'breadthfirst', directed: true, padding: 10 },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#5c7a99' } },
      { selector: 'node[kind = "focus"]', style: { 'background-color': '#d9822b' } },
      { selector: 'node[kind = "parent"]', style: { 'background-color': '#17324d' } },
      { selector: 'node[kind = "owner"]', style: { 'background-color': '#8a9ba8', shape: 'round-rectangle' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1 } }
    ]
  });
}

let riskEntity = null;
$('#riskLookup').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  riskEntity = form.get('id');
  try {
    const risk = await api(`/api/entities/${encodeURIComponent(riskEntity)}/risk`, { regime: form.get('regime') });
    status('');
    $('#riskDetail').hidden = false;
    $('#riskTitle').textContent = `${risk.id}: ${risk.level}${risk.regime ? ' (' + risk.regime + ' regime)' : ''}`;
    fill($('#evidence tbody'), risk.evidence || [], (tr, ev) => {
      cell(tr, ev.rule); cell(tr, ev.detail);
      cell(tr, Array.isArray(ev.path) ? ev.path.map(p => typeof p === 'object' ? JSON.stringify(p) : p).join(' → ') : ev.path);
    });
    $('#reviewState').textContent = risk.review ? `Review: ${JSON.stringify(risk.review)}` : 'No review recorded.';
  } catch (err) { status(err.message); }
});

$('#decision').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  try {
    await api('/api/reviews', {}, { method: 'POST', body: JSON.stringify({ entityId: riskEntity, decision: form.get('decision'), reason: form.get('reason') }) });
    status('Decision recorded.');
    $('#riskLookup').requestSubmit();
  } catch (err) { status(err.message); }
});

$('#loadQueue').addEventListener('click', async () => {
  try {
    const queue = await api('/api/reviews/queue');
    const items = Array.isArray(queue) ? queue : (queue.items || []);
    $('#queue').hidden = false;
    fill($('#queue tbody'), items, (tr, q) => {
      tr.className = 'clickable';
      cell(tr, q.name ? `${q.name} (${q.entityId || q.id})` : (q.entityId || q.id)); cell(tr, q.level, 'level-' + q.level);
      cell(tr, q.status || q.reviewStatus || '');
      tr.addEventListener('click', () => { $('#riskLookup [name=id]').value = q.entityId || q.id; $('#riskLookup').requestSubmit(); });
    });
  } catch (err) { status(err.message); }
});
