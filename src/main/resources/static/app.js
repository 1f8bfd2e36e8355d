'use strict';
// Core of the page: the API call (problems become errors with title and detail), the status line and progress,
// the key's role, names behind ids, small DOM helpers and the hash router. Views live in sales.js,
// compliance.js and models.js. Data only ever reaches the page through textContent.
const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
const keyInput = $('#apiKey');
keyInput.value = localStorage.getItem('qualgraph.key') || '';

const QG = { role: null, name: null, views: {}, names: new Map() };

class ProblemError extends Error {
  constructor(status, body, fallback) {
    const title = body && body.title || fallback || 'Request failed';
    const detail = body && body.detail;
    const fields = (body && body.errors || []).map(e => `${e.path}: ${e.message}`).filter(f => f !== detail);
    const parts = [detail, ...fields].filter(Boolean);
    super(`${title}${parts.length ? ' — ' + parts.join('; ') : ''}`);
    this.status = status;
    this.title = title;
  }
}

/** Calls the API with the key (and asOf on reads); a non-2xx answer (problem+json) throws a ProblemError. */
async function api(path, params = {}, options = {}) {
  const url = new URL(path, location.origin);
  const asOf = $('#asOf').value;
  if (asOf && !options.method && !options.noAsOf) url.searchParams.set('asOf', asOf);
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v != null) url.searchParams.set(k, v); });
  const headers = { 'X-API-Key': keyInput.value };
  if (options.body) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, { method: options.method || 'GET', body: options.body, headers });
  } catch (e) {
    throw new ProblemError(0, { title: 'Service unreachable', detail: String(e.message || e) });
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ProblemError(response.status, body, response.statusText);
  if (options.withLocation) return { body, location: response.headers.get('Location') };
  return body;
}

const post = (path, body, extra = {}) => api(path, {}, { method: 'POST', body: body == null ? null : JSON.stringify(body), ...extra });

/** Shows a message on the status line and, when given, in the box where the user is looking. */
function status(text, ok, near) {
  [$('#status'), near].filter(Boolean).forEach(line => {
    line.textContent = text || '';
    line.className = (line.id === 'status' ? '' : 'message ') + (text ? (ok ? 'ok' : 'error') : '');
  });
}
const fail = (err, near) => status(err.message, false, near);

function progress(text, done, total) {
  const box = $('#progress');
  box.hidden = text == null;
  $('#progressText').textContent = text || '';
  const bar = $('#progressBar');
  if (total) { bar.max = total; bar.value = done || 0; } else bar.removeAttribute('value');
}

/** Polls fn every second until it answers true (at most `limit` times). */
async function poll(fn, limit = 900) {
  for (let i = 0; i < limit; i++) {
    if (await fn()) return true;
    await new Promise(r => setTimeout(r, 1000));
  }
  return false;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v == null || v === false) return;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => { if (c != null) node.append(c instanceof Node ? c : String(c)); });
  return node;
}

/** Replaces a node's children, leaving out null and undefined (optional parts of a view). */
function put(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c != null));
  return node;
}

function cell(row, content, className) {
  const td = el('td', { class: className });
  if (content instanceof Node) td.append(content); else td.textContent = content == null ? '' : String(content);
  row.appendChild(td);
  return td;
}

function fill(tbody, items, render, empty) {
  put(tbody);
  items.forEach((item, index) => { const tr = document.createElement('tr'); render(tr, item, index); tbody.appendChild(tr); });
  if (!items.length && empty) {
    const cols = tbody.closest('table').querySelectorAll('thead th').length;
    tbody.append(el('tr', { class: 'empty' }, el('td', { colspan: cols, text: empty })));
  }
}

// Readable words for the API's vocabularies: QUALIFIED → Qualified, DISQUALIFIED_FOR_NOW → Disqualified for now.
/** Words for a vocabulary value ("SAME_DAY_OUTREACH" → "Same day outreach"), acronyms, tiers and grades kept upper case. */
const ACRONYMS = new Set(['mql', 'sal', 'sql', 'pep', 'lei', 'crm', 'bant', 'kyc', 'ofac', 'eu', 'uk', 'vp', 'it', 'hr',
  'auc', 'url', 'id', 't1', 't2', 't3', 't4']);
const words = (v) => v == null ? '' : String(v).toLowerCase().split('_')
  .map(w => ACRONYMS.has(w) || w.length === 1 ? w.toUpperCase() : w).join(' ').replace(/^./, c => c.toUpperCase());
const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + 's'}`;
const percent = (x) => x == null ? '?' : `${Math.round(x * 1000) / 10}%`;
const num = (x, d = 1) => x == null || isNaN(x) ? '—' : Number(x).toFixed(d);
const stake = (s) => s.share != null ? percent(s.share)
  : (s.shareMin != null && s.shareMax != null && s.shareMax > 0 ? `${percent(s.shareMin)}–${percent(s.shareMax)}` : '?');
const day = (instant) => instant ? String(instant).slice(0, 10) : '';
function when(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  if (isNaN(d)) return String(instant);
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
}
function relative(instant) {
  if (!instant) return '';
  const hours = (new Date(instant) - Date.now()) / 36e5;
  if (Math.abs(hours) < 1) return 'within the hour';
  const text = Math.abs(hours) < 48 ? `${Math.round(Math.abs(hours))} h` : `${Math.round(Math.abs(hours) / 24)} days`;
  return hours < 0 ? `${text} overdue` : `in ${text}`;
}

const badge = (text, kind) => el('span', { class: `badge ${kind || ''}`, text: words(text) });
const levelBadge = (level) => el('span', { class: `badge level level-${level}`, text: words(level || 'unknown') });
const chip = (label, value, className) => el('span', { class: `chip ${className || ''}` }, el('span', { class: 'chip-label', text: label }), ' ', el('strong', { text: value }));
const link = (href, text) => el('a', { href, text });

/** Names behind ids (entities, persons, contacts, leads), fetched once per id through /api/search/names. */
async function names(ids) {
  const wanted = [...new Set(ids.filter(id => id && !QG.names.has(id)))];
  for (let i = 0; i < wanted.length; i += 200) {
    const chunk = wanted.slice(i, i + 200);
    const found = await api('/api/search/names', { ids: chunk.join(',') }, { noAsOf: true }).catch(() => []);
    chunk.forEach(id => QG.names.set(id, null));
    found.forEach(n => QG.names.set(n.id, n));
  }
  return (id) => QG.names.get(id) || null;
}
const nameOf = (id) => (QG.names.get(id) && QG.names.get(id).name) || id;

/** Who the key belongs to; views and actions marked data-roles show only for those roles. */
async function whoAmI() {
  QG.role = null; QG.name = null;
  if (keyInput.value) {
    try { const me = await api('/api/me', {}, { noAsOf: true }); QG.role = me.role; QG.name = me.name; } catch (e) { fail(e); }
  }
  $('#who').textContent = QG.role ? `${QG.name} · ${words(QG.role)}` : 'Enter API key';
  document.body.dataset.role = QG.role || 'NONE';
  $$('[data-roles]').forEach(n => { n.hidden = !QG.role || !n.dataset.roles.split(' ').includes(QG.role); });
  if (!QG.role) $('.settings').open = true;
}
const can = (...roles) => roles.includes(QG.role);

keyInput.addEventListener('change', async () => {
  localStorage.setItem('qualgraph.key', keyInput.value);
  QG.names.clear();
  await whoAmI();
  route();
});
$('#asOf').addEventListener('change', () => route());

$('#searchForm').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('#searchBox').value.trim();
  if (q) location.hash = `#search/${encodeURIComponent(q)}`;
});

/** Shows the view the hash names (#view/arg) and asks it to render. */
async function route() {
  const [name, ...rest] = (location.hash.slice(1) || defaultView()).split('/');
  const view = QG.views[name] ? name : 'inbox';
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  $$('main > section').forEach(s => { s.hidden = s.id !== `view-${view}`; });
  const navFor = { lead: 'inbox', account: 'accounts', search: null, case: 'queue' }[view];
  $$('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === (navFor === undefined ? view : navFor)));
  const section = $(`#view-${view}`);
  document.title = `${section.dataset.title} · Qualgraph`;
  status('');
  if (!keyInput.value) { status('Enter an API key (top right) to start.', false); return; }
  try { await QG.views[view](arg); } catch (e) { fail(e); }
}
const defaultView = () => QG.role === 'COMPLIANCE' ? 'queue' : 'inbox';

window.addEventListener('hashchange', () => { route(); $('#main').focus({ preventScroll: true }); });

/** Called last (models.js): every view is registered by then. */
async function boot() {
  await whoAmI();
  route();
}
