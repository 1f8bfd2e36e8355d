'use strict';
// Sales views: the lead inbox and a lead, name search, the ranked accounts and an account (reasons, committee,
// score over time, family graph).

// ---- leads -------------------------------------------------------------------------------------------------------
const leadParts = (item) => ({ lead: item.qualification ? item : {}, q: item.qualification || item });
const leadName = (lead, q) => lead.name || lead.email || (q.contactId ? nameOf(q.contactId) : null) || q.leadId || lead.id;
const matchText = (m) => m ? `${words(m.method)} · ${percent(m.confidence)}` : 'No match';

/** Accept, reject (with a reason) and convert (with an opportunity id) for one lead; `done(stage)` after each. */
function leadActions(leadId, stage, near, done) {
  const box = el('div', { class: 'lead-actions' });
  const closed = ['CONVERTED', 'REJECTED'].includes(stage);
  const decide = async (decision, extra = {}) => {
    try {
      const answer = await post(`/api/leads/${encodeURIComponent(leadId)}/decisions`, { decision, ...extra });
      status(`${words(decision)} recorded: the lead is now ${answer.stage || 'updated'}.`, true, near);
      done(answer.stage);
    } catch (e) { fail(e, near); }
  };
  const inline = (label, field, decision, required) => {
    const input = el('input', { name: field, 'aria-label': label, placeholder: label, required: required || null });
    const form = el('form', { class: 'inline-form', onsubmit: (e) => { e.preventDefault(); decide(decision, { [field]: input.value.trim() || null }); } },
      input, el('button', { type: 'submit', text: `Confirm ${words(decision).toLowerCase()}` }),
      el('button', { type: 'button', class: 'link', text: 'Cancel', onclick: () => form.remove() }));
    return form;
  };
  const open = (form) => { $$('.inline-form', box).forEach(f => f.remove()); box.append(form); $('input', form).focus(); };
  box.append(
    el('button', { type: 'button', class: 'primary', text: 'Accept', disabled: closed || stage === 'SAL' || null, onclick: () => decide('ACCEPT') }),
    el('button', { type: 'button', text: 'Reject…', disabled: closed || null, onclick: () => open(inline('Reason for rejecting', 'reason', 'REJECT', true)) }),
    el('button', { type: 'button', text: 'Convert…', disabled: closed || null, onclick: () => open(inline('Opportunity id', 'opportunity', 'CONVERT', true)) }));
  return box;
}

let inboxPage = 0;
let inboxLoads = 0; // counts inbox loads: one overtaken by a later load (new filters, another page) shows nothing
QG.views.inbox = async () => {
  const table = $('#inbox');
  const load = ++inboxLoads;
  const latest = () => load === inboxLoads;
  table.setAttribute('aria-busy', 'true'); // until the rows of the latest filters are in
  try { await inboxRows(latest); } finally { if (latest()) table.removeAttribute('aria-busy'); }
};

async function inboxRows(latest) {
  const filters = Object.fromEntries(new FormData($('#inboxFilters')));
  const result = await api('/api/leads', { ...filters, page: inboxPage, size: 25 });
  if (!latest()) return; // an earlier load answering late must not replace the rows of a later one
  const items = result.items || [];
  fill($('#inbox tbody'), items, (tr, item) => {
    const { lead, q } = leadParts(item);
    const id = q.leadId || lead.id;
    tr.dataset.id = id;
    const who = el('div', {}, link(`#lead/${encodeURIComponent(id)}`, item.name || leadName(lead, q)),
      el('div', { class: 'muted', text: [item.title || lead.title, item.email || lead.email].filter(Boolean).join(' · ') || id }));
    cell(tr, who).dataset.label = 'Lead';
    const accountId = item.accountId || (q.account && q.account.accountId);
    const account = accountId ? el('div', {}, link(`#account/${encodeURIComponent(accountId)}`, item.accountName || nameOf(accountId)),
      el('div', { class: 'muted', text: [item.tier || (q.account && q.account.tier), item.riskLevel && item.riskLevel !== 'NONE' ? `risk ${words(item.riskLevel)}` : null].filter(Boolean).join(' · ') }))
      : el('span', { class: 'muted', text: item.company ? `${item.company} (no match)` : 'no account' });
    cell(tr, account).dataset.label = 'Account';
    cell(tr, badge(q.outcome, `outcome-${q.outcome}`)).dataset.label = 'Outcome';
    const stageCell = cell(tr, badge(q.stage, 'stage'), 'stage-cell');
    stageCell.dataset.label = 'Stage';
    cell(tr, el('div', {}, el('span', { text: relative(q.contactBy) || '—' }), el('div', { class: 'muted', text: when(q.contactBy) }))).dataset.label = 'Contact by';
    cell(tr, matchText(q.match || (item.matchMethod && { method: item.matchMethod, confidence: item.matchConfidence }))).dataset.label = 'Match';
    cell(tr, num(q.score, 0), 'num score').dataset.label = 'Score';
    const message = el('p', { class: 'message', role: 'status' });
    const actions = cell(tr, leadActions(id, q.stage, message, (stage) => put(stageCell, badge(stage, 'stage'))));
    actions.append(message);
    actions.dataset.label = 'Actions';
  }, 'No leads match these filters.');
  status(plural(result.total, "lead"), true);
  pagerFor($('#inboxPager'), result, (step) => { inboxPage += step; QG.views.inbox().catch(fail); });
}

$('#inboxFilters').addEventListener('submit', (e) => { e.preventDefault(); inboxPage = 0; QG.views.inbox().catch(fail); });

QG.views.lead = async (id) => {
  const [view, history] = await Promise.all([api(`/api/leads/${encodeURIComponent(id)}`),
    api(`/api/leads/${encodeURIComponent(id)}/history`).catch(() => [])]);
  const q = view.qualification || {};
  await names([q.contactId, q.account && q.account.accountId, q.match && q.match.entityId, ...(q.reasons || []).map(r => r.source && r.source.contactId)]);
  $('#leadTitle').textContent = leadName(view, q);
  const person = q.contactId && QG.names.get(q.contactId) || {};
  $('#leadSub').textContent = [view.title || person.title, view.company || (q.match && nameOf(q.match.entityId)),
    view.email, view.country, view.source && `source ${words(view.source)}`].filter(Boolean).join(' · ');
  put($('#leadChips'), chip('Score', num(q.score, 0), 'big'), chip('Grade', q.grade || '—'), chip('Outcome', words(q.outcome), `outcome-${q.outcome}`),
    chip('Stage', words(q.stage)), chip('Contact by', q.contactBy ? `${relative(q.contactBy)} (${when(q.contactBy)})` : '—'),
    chip('Route', words(q.route)), chip('Risk', words(q.riskLevel), `level-${q.riskLevel}`));
  const message = $('#leadMessage');
  status('', true, message);
  put($('#leadActions'), leadActions(id, q.stage, message, async () => { const said = message.textContent; await QG.views.lead(id); status(said, true, message); }));
  reasonsSummary($('#leadReasons'), q.summary, q.reasons || []);
  ledgerToggle($('#leadLedgerToggle'), $('#leadLedger'), q.reasons || []);
  put($('#leadMissing'), ...(q.missing || []).map(m => el('li', {}, el('strong', { text: words(m.code) }), ' ', m.detail || '',
    m.points ? el('span', { class: 'muted', text: ` (up to +${num(m.points, 0)})` }) : null)));
  if (!(q.missing || []).length) $('#leadMissing').append(el('li', { class: 'muted', text: 'Nothing missing that would change the decision.' }));
  put($('#leadAccount'), q.account ? el('p', {}, link(`#account/${encodeURIComponent(q.account.accountId)}`, q.account.name || nameOf(q.account.accountId)),
    el('br'), el('span', { class: 'muted', text: [`${num(q.account.score, 0)} points`, q.account.tier, q.account.grade && `grade ${q.account.grade}`, words(q.account.outcome)].filter(Boolean).join(' · ') }))
    : el('p', { class: 'muted', text: 'Not matched to an account.' }));
  const m = q.match;
  put($('#leadMatch'), m ? el('div', {}, el('p', { text: `${matchText(m)} → ${nameOf(m.entityId)}` }),
    el('ul', { class: 'plain small' }, (m.evidence || []).map(ev => el('li', { text: ev }))),
    (m.alternatives || []).length ? el('p', { class: 'muted', text: 'Also possible: ' + m.alternatives.map(a => `${a.name || a.entityId} (${a.reason || ''})`).join('; ') }) : null)
    : el('p', { class: 'muted', text: 'Nothing matched; qualified on what the lead says.' }));
  put($('#leadHistory'), ...history.map(h => el('li', {}, el('time', { text: when(h.at) }), ' ',
    el('strong', { text: words(h.value) }), h.by ? ` by ${h.by}` : '', h.reason ? ` — “${h.reason}”` : '', h.opportunity ? ` (opportunity ${h.opportunity})` : '')));
  if (!history.length) $('#leadHistory').append(el('li', { class: 'muted', text: 'No history yet.' }));
};

// ---- reasons -----------------------------------------------------------------------------------------------------
function source(s) {
  if (!s) return '';
  const parts = [];
  if (s.contactId) parts.push(nameOf(s.contactId));
  if (s.eventId) parts.push(`${s.eventId}${s.at ? ' (' + day(s.at) + ')' : ''}`);
  if (s.path && s.path.length > 1) parts.push(`via ${s.path.map(nameOf).join(' → ')}`);
  else if (s.entityId) parts.push(nameOf(s.entityId));
  return parts.join(' · ');
}

/** The answer's own summary when it has one, else the reasons grouped by rule, biggest effect first (top 6). */
function reasonsSummary(list, summary, reasons) {
  let rows;
  if (Array.isArray(summary) && summary.length) {
    rows = summary.map(s => ({ points: s.points, title: words(s.code || s.rule || ''), text: s.text || s.detail || s.summary || '' }));
  } else {
    const byCode = new Map();
    reasons.forEach(r => {
      const g = byCode.get(r.code) || { points: 0, count: 0, first: r };
      g.points += r.points; g.count += 1; byCode.set(r.code, g);
    });
    rows = [...byCode.entries()].map(([code, g]) => ({ points: g.points, title: words(code),
      text: g.count > 1 ? `${g.count} reasons, e.g. ${g.first.detail}` : g.first.detail }));
  }
  rows = rows.filter(r => r.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 6);
  put(list, ...rows.map(r => el('li', {}, el('span', { class: `pts ${r.points < 0 ? 'neg' : 'pos'}`, text: `${r.points > 0 ? '+' : ''}${num(r.points)}` }),
    el('span', {}, el('strong', { text: r.title }), el('br'), el('span', { class: 'muted', text: r.text })))));
  if (!rows.length) list.append(el('li', { class: 'muted', text: 'No points yet.' }));
}

function ledgerRows(tbody, reasons) {
  fill(tbody, reasons, (tr, r) => {
    cell(tr, num(r.points), 'num' + (r.points < 0 ? ' neg' : '')).dataset.label = 'Points';
    cell(tr, r.code, 'code').dataset.label = 'Rule';
    cell(tr, r.detail).dataset.label = 'Detail';
    cell(tr, source(r.source)).dataset.label = 'Source';
  });
}

function ledgerToggle(button, box, reasons) {
  let table = $('table', box);
  if (!table) {
    table = el('table', { class: 'cards-on-narrow ledger' }, el('thead', {}, el('tr', {}, el('th', { class: 'num', text: 'Points' }), el('th', { text: 'Rule' }), el('th', { text: 'Detail' }), el('th', { text: 'Source' }))), el('tbody'));
    box.append(el('div', { class: 'table-wrap' }, table));
  }
  ledgerRows($('tbody', table), reasons);
  box.hidden = true;
  box.closest('.card').classList.remove('wide');
  const label = () => `${box.hidden ? 'Show' : 'Hide'} the full ledger (${reasons.length} reasons, sum ${num(reasons.reduce((s, r) => s + r.points, 0))})`;
  button.textContent = label();
  button.setAttribute('aria-expanded', 'false');
  button.onclick = () => toggleLedger(box, button, label);
}

/** Opens or closes a full ledger; its card spans the whole width while open, so the table has room. */
function toggleLedger(box, button, label) {
  box.hidden = !box.hidden;
  box.closest('.card').classList.toggle('wide', !box.hidden);
  button.setAttribute('aria-expanded', String(!box.hidden));
  button.textContent = label();
}

// ---- search ------------------------------------------------------------------------------------------------------
const KIND_TITLES = { ACCOUNT: 'Accounts', ENTITY: 'Companies', CONTACT: 'Contacts', LEAD: 'Leads', PERSON: 'People (owners)' };
function hitHref(h) {
  if (h.kind === 'LEAD') return `#lead/${encodeURIComponent(h.id)}`;
  if (h.kind === 'ENTITY' || h.kind === 'ACCOUNT') return `#account/${encodeURIComponent(h.id)}`;
  return h.accountId ? `#account/${encodeURIComponent(h.entityId || h.accountId)}` : null;
}

QG.views.search = async (q) => {
  $('#searchBox').value = q || '';
  $('#searchTitle').textContent = `Results for “${q}”`;
  const answer = await api('/api/search', { q, limit: 10 }, { noAsOf: true });
  const box = $('#searchResults');
  put(box);
  Object.keys(KIND_TITLES).forEach(kind => {
    const hits = answer.items.filter(h => h.kind === kind);
    if (!hits.length) return;
    box.append(el('section', { class: 'card results', 'aria-label': KIND_TITLES[kind] }, el('h2', { text: `${KIND_TITLES[kind]} (${hits.length})` }),
      el('ul', { class: 'hits' }, hits.map(h => {
        const href = hitHref(h);
        return el('li', { 'data-kind': h.kind, 'data-id': h.id }, href ? link(href, h.name || h.id) : el('strong', { text: h.name || h.id }),
          el('span', { class: 'muted', text: ` ${h.id}` }), el('div', { class: 'muted', text: [...h.detail, h.accountName && h.accountId !== h.id ? `account ${h.accountName}` : null].filter(Boolean).join(' · ') }));
      }))));
  });
  if (!answer.items.length) box.append(el('p', { class: 'empty', text: `Nothing found for “${q}”. Try fewer words or an id.` }));
  status(`${answer.items.length} matches`, true);
};

// ---- ranked accounts ---------------------------------------------------------------------------------------------
function pagerFor(box, result, go) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const buttons = [['‹ Previous', -1, 'prev'], ['Next ›', 1, 'next']].map(([label, step, name]) => el('button', {
    type: 'button', name, text: label, disabled: result.page + step < 0 || result.page + step >= pages || null, onclick: () => go(step) }));
  put(box, el('span', { text: `page ${result.page + 1} of ${pages} (${result.total}) ` }), ...buttons);
}

let page = 0;
QG.views.accounts = async () => {
  const form = new FormData($('#accountFilters'));
  const result = await api('/api/accounts', { ...Object.fromEntries(form), page, size: 25 });
  fill($('#accounts tbody'), result.items, (tr, a, i) => {
    tr.className = 'clickable';
    tr.dataset.id = a.accountId;
    cell(tr, result.page * result.size + i + 1, 'num muted').dataset.label = '#';
    cell(tr, el('div', {}, link(`#account/${encodeURIComponent(a.accountId)}`, a.accountName || a.accountId), el('div', { class: 'muted', text: a.accountId }))).dataset.label = 'Account';
    cell(tr, num(a.score), 'num score').dataset.label = 'Score';
    cell(tr, a.grade).dataset.label = 'Grade';
    cell(tr, a.tier + (a.tierHeld ? ' (held)' : '')).dataset.label = 'Tier';
    cell(tr, badge(a.outcome, `outcome-${a.outcome}`)).dataset.label = 'Outcome';
    cell(tr, words(a.route)).dataset.label = 'Route';
    cell(tr, levelBadge(a.riskLevel)).dataset.label = 'Risk';
    tr.addEventListener('click', (e) => { if (e.target.tagName !== 'A') location.hash = `#account/${encodeURIComponent(a.accountId)}`; });
  }, 'No accounts match these filters.');
  status(plural(result.total, "account"), true);
  pagerFor($('#pager'), result, (step) => { page += step; QG.views.accounts().catch(fail); });
};
$('#accountFilters').addEventListener('submit', (e) => { e.preventDefault(); page = 0; QG.views.accounts().catch(fail); });
