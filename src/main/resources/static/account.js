'use strict';
// The account view: headline numbers, top reasons with the full ledger one click away, the buying committee by
// person and role, score over time from the stored history, and the family graph (risk colours, open, expand).
const REQUIRED_ROLES = ['ECONOMIC_BUYER', 'DECISION_MAKER', 'TECHNICAL_EVALUATOR', 'CHAMPION'];
let family = null;

QG.views.account = async (id) => {
  const score = await api(`/api/accounts/${encodeURIComponent(id)}/score`);
  const covered = score.committee && score.committee.covered || {};
  const people = Object.values(covered).flat().map(p => typeof p === 'string' ? p : p.id || p.contactId);
  await names([score.accountId, id, ...people, ...(score.reasons || []).flatMap(r => r.source ? [r.source.contactId, r.source.entityId] : [])]);
  $('#accountTitle').textContent = score.accountName || nameOf(score.accountId);
  $('#accountSub').textContent = [score.accountId, id !== score.accountId ? `opened from ${nameOf(id)} (${id})` : null,
    `model ${score.modelVersion}`, `as of ${day(score.asOf)}`].filter(Boolean).join(' · ');
  put($('#accountChips'), chip('Score', num(score.score), 'big'), chip('Grade', score.grade), chip('Tier', score.tier + (score.tierHeld ? ' (held)' : '')),
    chip('Outcome', words(score.outcome), `outcome-${score.outcome}`), chip('Route', words(score.route)),
    chip('Risk', words(score.riskLevel), `level-${score.riskLevel}`), score.recheckAt ? chip('Recheck', day(score.recheckAt)) : '');
  breakdown($('#accountBreakdown'), score.breakdown || [], score.score);
  reasonsSummary($('#accountReasons'), score.summary, score.reasons || []);
  const box = $('#ledger'), button = $('#ledgerToggle');
  box.hidden = true;
  box.closest('.card').classList.remove('wide');
  let full = null;
  const label = () => `${box.hidden ? 'Show' : 'Hide'} the full ledger (${full ? full.length + ' reasons' : 'every reason'} adding up to ${num(score.score)})`;
  button.textContent = label();
  button.setAttribute('aria-expanded', 'false');
  button.onclick = async () => {
    if (!full) {
      full = (await api(`/api/accounts/${encodeURIComponent(id)}/score`, { reasons: 'full' })).reasons || [];
      await names(full.flatMap(r => r.source ? [r.source.contactId, r.source.entityId] : []));
      ledgerRows($('#reasons tbody'), full);
    }
    toggleLedger(box, button, label);
  };
  committee(score.committee);
  await Promise.all([scoreHistory(score), drawFamily(score.accountId, id)]);
};

/** Every required or covered role: the people in it with their titles, or marked missing. */
function committee(c) {
  const covered = c && c.covered || {};
  const missing = new Set(c && c.missing || []);
  const roles = [...new Set([...REQUIRED_ROLES.filter(r => r in covered || missing.has(r)), ...Object.keys(covered), ...missing])];
  const list = $('#committee');
  put(list, ...roles.map(role => {
    const people = (covered[role] || []).map(p => {
      const pid = typeof p === 'string' ? p : p.id || p.contactId;
      const known = QG.names.get(pid);
      const name = (typeof p === 'object' && p.name) || (known && known.name) || pid;
      const title = (typeof p === 'object' && p.title) || (known && known.title);
      return el('span', { class: 'person' }, el('strong', { text: name }), title ? el('span', { class: 'muted', text: `, ${title}` }) : null);
    });
    return el('li', { class: people.length ? 'covered' : 'missing' }, el('span', { class: 'role', text: words(role) }),
      people.length ? el('span', {}, ...people) : el('span', { class: 'badge missing', text: 'Missing' }));
  }));
  if (!roles.length) list.append(el('li', { class: 'muted', text: 'No open opportunity, so no committee to cover.' }));
}

async function scoreHistory(score) {
  const rows = await api(`/api/accounts/${encodeURIComponent(score.accountId)}/history`, { limit: 200 }, { noAsOf: true }).catch(() => []);
  const points = rows.map(r => ({ at: r.asOf || r.runAt || r.at, score: r.score, tier: r.tier, outcome: r.outcome }))
    .filter(p => p.at && p.score != null).sort((a, b) => new Date(a.at) - new Date(b.at));
  lineChart($('#scoreChart'), points, `Score over time: ${points.map(p => `${day(p.at)} ${num(p.score)}`).join(', ') || 'no history'}`);
  if (points.length === 1) $('#scoreChart').append(el('p', { class: 'note', text: 'One stored score so far; the line grows with every daily snapshot.' }));
}

/** Structure of the account, then of the members with no owner drawn yet (at most 24 more calls). */
async function drawFamily(accountId, focus) {
  const first = await api(`/api/entities/${encodeURIComponent(accountId)}/structure`);
  family = ownershipGraph($('#familyGraph'), (nid) => selectNode(nid));
  (first.family || []).forEach(fid => family.node(fid, fid === first.ultimateParent ? 'parent' : 'member'));
  family.structure(first, first.ultimateParent);
  family.parent = first.ultimateParent;
  const owned = new Set([...family.edges.values()].map(e => e.data.target));
  const missing = (first.family || []).filter(fid => fid !== first.id && !owned.has(fid)).slice(0, 24);
  const more = await Promise.all(missing.map(fid => api(`/api/entities/${encodeURIComponent(fid)}/structure`).catch(() => null)));
  more.filter(Boolean).forEach(s => family.structure(s, first.ultimateParent));
  $('#familyNote').textContent = `${first.familySize} in the family${first.familyComplete ? '' : ' (list cut)'} · ${family.edges.size} ownership links`
    + ((first.cycles || []).length ? ` · ownership cycles: ${first.cycles.map(c => c.map(nameOf).join(' → ')).join('; ')}` : '');
  await family.render(focus);
  memberList(focus);
  put($('#familyLegend'), ...Object.entries(RISK_COLOURS).map(([level, colour]) =>
    el('span', { class: 'key-item' }, el('span', { class: 'swatch', style: `background:${colour}` }), words(level))),
    el('span', { class: 'key-item' }, el('span', { class: 'swatch person' }), 'person'),
    el('span', { class: 'key-item', text: 'thick border: ultimate parent · solid arrow: control (over 50%)' }));
  selectNode(focus && family.nodes.has(focus) ? focus : accountId);
}

function memberList(focus) {
  const order = { parent: 0, member: 1, owner: 2, person: 3 };
  const rows = [...family.nodes.values()].sort((a, b) => order[a.data.kind] - order[b.data.kind] || a.data.label.localeCompare(b.data.label));
  put($('#familyList'), ...rows.map(n => el('li', {}, el('button', { type: 'button', class: 'member', 'data-id': n.data.id,
    'aria-current': n.data.id === focus ? 'true' : null, onclick: () => { family.select(n.data.id); selectNode(n.data.id); } },
  el('span', { class: 'swatch', style: `background:${RISK_COLOURS[n.data.risk] || '#fff'}` }), el('span', { text: n.data.label }),
  el('span', { class: 'muted', text: ` ${({ parent: 'ultimate parent', member: 'member', owner: 'other company', person: 'person' })[n.data.kind]}` })))));
}

/** The panel for one node: its name and risk, and what can be done from it. */
function selectNode(nid) {
  const n = family.nodes.get(nid);
  if (!n) return;
  const entity = n.data.kind !== 'person';
  const panel = $('#nodePanel');
  put(panel, el('h3', { text: n.data.label }), el('p', { class: 'muted', text: `${nid}${n.data.risk ? ' · risk ' + words(n.data.risk) : ''}` }),
    el('div', { class: 'actions' },
      entity && nid !== family.parent ? el('a', { class: 'button', href: `#account/${encodeURIComponent(nid)}`, text: 'Open member' }) : null,
      entity ? el('button', { type: 'button', text: 'Expand owners', onclick: () => expandOwners(nid) }) : null,
      entity && can('COMPLIANCE', 'ADMIN') ? el('a', { class: 'button', href: `#case/${encodeURIComponent(nid)}`, text: 'Open case' }) : null));
}

async function expandOwners(nid) {
  try {
    const s = await api(`/api/entities/${encodeURIComponent(nid)}/structure`);
    const before = family.nodes.size;
    family.structure(s, family.parent);
    await family.render(nid);
    memberList(nid);
    family.select(nid);
    selectNode(nid);
    $('#nodePanel').append(el('p', { class: 'message ok', text: `${family.nodes.size - before} owners or holdings added around ${nameOf(nid)}.` }));
  } catch (e) { fail(e); }
}

/** The score by part, as the answer gives it: "69.4 = fit 30.0 + engagement 22.9 + committee 14.0 + intent 2.5". */
function breakdown(line, parts, total) {
  const shown = parts.filter(p => p.points !== 0);
  put(line, ...(shown.length ? [el('strong', { text: num(total) }), ' = ', ...shown.flatMap((p, i) => [
    i === 0 ? (p.points < 0 ? '− ' : '') : (p.points < 0 ? ' − ' : ' + '),
    el('span', { class: 'part', text: `${words(p.part).toLowerCase()} ${num(Math.abs(p.points))}` })])] : []));
}
