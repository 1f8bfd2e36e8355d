'use strict';
// Compliance views: the review queue grouped by family (filter by level, sort) and a case (evidence, the path on a
// graph, the decision on the entity shown, the trail with named reviewers). Decisions are only offered to
// compliance and admin keys; the service refuses them to others anyway.
const LEVEL_RANK = { NONE: 0, LOW: 1, ELEVATED: 2, HIGH: 3, BLOCKED: 4 };
let queueGroups = [];

QG.views.queue = async () => {
  if (!can('COMPLIANCE', 'ADMIN')) {
    put($('#queueGroups'), el('p', { class: 'empty', text: 'The compliance queue is for compliance and admin keys.' }));
    status('');
    return;
  }
  queueGroups = await api('/api/reviews/queue/families', { limit: 200 }, { noAsOf: true });
  renderQueue();
};

function renderQueue() {
  const { level, sort } = Object.fromEntries(new FormData($('#queueFilters')));
  const groups = queueGroups.map(g => ({ ...g, entries: g.entries.filter(e => !level || e.review.level === level) }))
    .filter(g => g.entries.length);
  const by = {
    level: (a, b) => LEVEL_RANK[b.highest] - LEVEL_RANK[a.highest] || (a.accountName || '').localeCompare(b.accountName || ''),
    name: (a, b) => (a.accountName || a.accountId).localeCompare(b.accountName || b.accountId),
    size: (a, b) => b.entries.length - a.entries.length || LEVEL_RANK[b.highest] - LEVEL_RANK[a.highest]
  }[sort || 'level'];
  groups.sort(by);
  const reviews = groups.reduce((n, g) => n + g.entries.length, 0);
  $('#queueNote').textContent = `${plural(reviews, 'open review')} in ${plural(groups.length, 'family', 'families')}${level ? ` at ${words(level)}` : ''}.`;
  put($('#queueGroups'), ...groups.map(g => el('article', { class: 'card family-group', 'data-account': g.accountId },
    el('div', { class: 'group-head' }, levelBadge(g.highest), el('h2', { text: g.accountName || g.accountId }),
      el('span', { class: 'muted', text: `${g.accountId} · ${g.entries.length} open` })),
    el('div', { class: 'table-wrap' }, queueTable(g.entries)))));
  if (!groups.length) $('#queueGroups').append(el('p', { class: 'empty', text: 'Nothing to review at this level.' }));
  status(`${plural(reviews, 'open review')}`, true);
}

function queueTable(entries) {
  const table = el('table', { class: 'queue cards-on-narrow' }, el('thead', {}, el('tr', {},
    ...['Entity', 'Level', 'Evidence', 'Review', ''].map(h => el('th', { text: h })))), el('tbody'));
  fill($('tbody', table), entries, (tr, e) => {
    const r = e.review;
    tr.dataset.id = r.entityId;
    cell(tr, el('div', {}, el('strong', { text: r.name || r.entityId }), el('div', { class: 'muted', text: r.entityId }))).dataset.label = 'Entity';
    cell(tr, levelBadge(r.level)).dataset.label = 'Level';
    const ev = (e.evidence || []).slice().sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
    cell(tr, el('ul', { class: 'plain small' }, ev.slice(0, 3).map(briefItem),
      ev.length > 3 ? el('li', { class: 'muted', text: `and ${ev.length - 3} more in the case` }) : null)).dataset.label = 'Evidence';
    const state = { NONE: 'Not reviewed', STALE: 'Evidence changed since the last decision', CURRENT: 'Reviewed' }[r.status] || words(r.status);
    cell(tr, `${state}${r.lastDecision ? ' · last ' + words(r.lastDecision) : ''}`).dataset.label = 'Review';
    cell(tr, el('a', { class: 'button', href: `#case/${encodeURIComponent(r.entityId)}`, text: 'Open case' }));
  });
  return table;
}
/**
 * One evidence item in brief, as a reviewer scans a queue: the rule, the chain by name, the share that decided it, the
 * list and the day it holds from; the full sentence on hover and in the case.
 */
function briefItem(ev) {
  const chain = (ev.pathNames || ev.path || []).join(' → ');
  const facts = [chain, ev.share != null ? percent(ev.share) : null, ev.list, ev.since ? `since ${ev.since}` : null]
    .filter(Boolean).join(' · ');
  return el('li', { title: ev.detail }, el('strong', { text: words(ev.rule) }), facts ? ` ${facts}` : ` ${ev.detail}`);
}

$('#queueFilters').addEventListener('change', () => renderQueue());
$('#queueFilters').addEventListener('submit', (e) => { e.preventDefault(); QG.views.queue().catch(fail); });

let caseEntity = null;
QG.views.case = async (id) => {
  caseEntity = id;
  const risk = await api(`/api/entities/${encodeURIComponent(id)}/risk`);
  const evidence = risk.evidence || [];
  await names([id, ...evidence.flatMap(e => [e.subject, ...(e.path || [])])]);
  $('#caseTitle').textContent = nameOf(id);
  $('#caseSub').textContent = [id, risk.regime && `${words(risk.regime)} regime`, risk.asOf && `as of ${day(risk.asOf)}`].filter(Boolean).join(' · ');
  put($('#caseChips'), chip('Risk', words(risk.level), `level-${risk.level}`),
    el('a', { class: 'button', href: `#account/${encodeURIComponent(id)}`, text: 'Open the account' }));
  fill($('#evidence tbody'), evidence, (tr, ev) => {
    cell(tr, words(ev.rule)); cell(tr, levelBadge(ev.level)); cell(tr, ev.detail); cell(tr, (ev.path || []).map(nameOf).join(' → '));
  }, risk.evidence ? 'No evidence: nothing found against this entity.' : 'Evidence is shown to compliance and admin keys only.');
  drawEvidence(id, evidence);
  const decide = can('COMPLIANCE', 'ADMIN');
  $('#decisionCard').hidden = !decide;
  $('#decisionTitle').textContent = `Decision on ${nameOf(id)}`;
  $('#decision').dataset.entity = id;
  $('#reviewState').textContent = reviewText(risk.review);
  if (!$('#decisionMessage').dataset.keep) status('', true, $('#decisionMessage'));
  delete $('#decisionMessage').dataset.keep;
  await trail(id);
};

async function drawEvidence(id, evidence) {
  const g = ownershipGraph($('#caseGraph'), null, { horizontal: true });
  g.node(id, 'parent');
  evidence.forEach(ev => {
    const path = ev.path || [];
    path.forEach(p => g.node(p, p === id ? 'parent' : 'owner'));
    for (let i = 0; i + 1 < path.length; i++) g.edge(path[i], path[i + 1], '', 'evidence');
    if (ev.subject) {
      g.node(ev.subject, ev.subject === id ? 'parent' : 'owner');
      const subject = g.nodes.get(ev.subject).data;
      if (!subject.risk || LEVEL_RANK[ev.level] > LEVEL_RANK[subject.risk]) subject.risk = ev.level;
    }
  });
  await g.render(id);
}

function reviewText(review) {
  if (!review) return 'Review state not visible with this key.';
  const last = review.last;
  const text = { NONE: 'Not reviewed yet.', CURRENT: 'Reviewed on the current evidence.', STALE: 'Evidence changed since the last decision: review open again.' }[review.status] || words(review.status);
  return last ? `${text} Last decision: ${words(last.decision)} by ${last.reviewer} on ${when(last.at)} at level ${words(last.riskLevel)} — “${last.reason}”` : text;
}

async function trail(id) {
  const list = $('#trail');
  if (!can('COMPLIANCE', 'ADMIN')) { put(list, el('li', { class: 'muted', text: 'The trail is shown to compliance and admin keys.' })); return; }
  const reviews = await api('/api/reviews', { entity: id, limit: 50 }, { noAsOf: true });
  put(list, ...reviews.map(r => el('li', {}, el('time', { text: when(r.at) }), ' ', el('strong', { text: words(r.decision) }),
    ` by ${r.reviewer || 'unknown'} at level ${words(r.riskLevel)}`, r.reason ? ` — “${r.reason}”` : '')));
  if (!reviews.length) list.append(el('li', { class: 'muted', text: 'No decisions yet.' }));
}

$('#decision').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const entityId = e.target.dataset.entity;
  const message = $('#decisionMessage');
  if (!entityId || entityId !== caseEntity) { status('Open a case first: the decision is always on the entity shown.', false, message); return; }
  try {
    const review = await post('/api/reviews', { entityId, decision: form.get('decision'), reason: form.get('reason') });
    message.dataset.keep = 'yes';
    await QG.views.case(entityId);
    status(`${words(review.decision)} recorded on ${nameOf(review.entityId)} by ${review.reviewer}.`, true, message);
    e.target.reset();
  } catch (err) { fail(err, message); }
});
