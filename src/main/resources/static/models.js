'use strict';
// The models view: rules-model versions (activate, roll back, back-test: admin), the re-score with its progress,
// and learned models with their validation report (lift, calibration, leakage; train and activate: admin).

QG.views.models = async () => {
  $$('.admin-only').forEach(n => { n.hidden = !can('ADMIN'); });
  const [rules, learned] = await Promise.all([api('/api/scoring-models', {}, { noAsOf: true }),
    api('/api/predictive-models', {}, { noAsOf: true }).catch(e => ({ failed: e }))]);
  rulesTable(rules);
  learnedTable(learned);
};

function rulesTable(versions) {
  const activeAt = versions.findIndex(v => v.active);
  fill($('#rulesModels tbody'), versions, (tr, v, i) => {
    tr.dataset.version = v.version;
    cell(tr, el('strong', { text: v.version })); cell(tr, +new Date(v.createdAt) > 0 ? when(v.createdAt) : 'shipped with the service'); cell(tr, v.createdBy || '');
    cell(tr, v.active ? badge('ACTIVE', 'ok') : '');
    const actions = el('div', { class: 'actions' });
    if (can('ADMIN') && !v.active) {
      actions.append(el('button', { type: 'button', text: activeAt >= 0 && i > activeAt ? 'Roll back to this' : 'Activate', onclick: () => activateRules(v.version) }));
    }
    if (can('ADMIN')) actions.append(el('button', { type: 'button', text: 'Back-test', onclick: () => backtest(v.version) }));
    cell(tr, actions);
  }, 'No rules versions stored.');
}

async function activateRules(version) {
  const message = $('#rulesMessage');
  try {
    await post(`/api/scoring-models/${encodeURIComponent(version)}/activate`);
    rulesTable(await api('/api/scoring-models', {}, { noAsOf: true }));
    status(`Rules model ${version} is now active; scores read from now on use it.`, true, message);
  } catch (e) { fail(e, message); }
}

async function backtest(version) {
  const message = $('#rulesMessage');
  progress(`Back-testing ${version} on history…`);
  try {
    const r = await post(`/api/scoring-models/${encodeURIComponent(version)}/backtest`);
    status(`Back-test of ${version} done.`, true, message);
    const tiers = r.tiers || [];
    const selection = (name, t) => t ? [chip(`${name} precision`, percent(t.precision)), chip(`${name} recall`, percent(t.recall)),
      chip(`${name} selected`, `${t.selected} (${t.won} won)`)] : [];
    const box = $('#backtest');
    put(box, el('h3', { text: `Back-test of ${version}` }),
      el('div', { class: 'chips' }, chip('AUC', num(r.auc, 3), 'big'), chip('Win rate', percent(r.winRate)),
        chip('Opportunities', `${r.opportunities} (${r.won} won, ${r.lost} lost)`), ...selection('T1', r.t1), ...selection('T1+T2', r.t1AndT2)),
      el('div', { class: 'table-wrap' }, tierTable(tiers)), el('div', { class: 'chart', id: 'backtestChart' }));
    barChart($('#backtestChart'), tiers.filter(t => t.winRate != null).map(t => ({ label: t.tier, value: t.winRate })), 'Win rate by tier');
  } catch (e) { fail(e, message); } finally { progress(null); }
}

/** Rows per tier with their outcomes; a lead target counts leads converted or not, an opportunity target accounts won or lost. */
function tierTable(tiers, target) {
  const leads = target === 'LEAD_CONVERTED';
  const heads = leads ? ['Tier', 'Leads', 'Converted', 'Not converted', 'Conversion rate', 'Lift']
    : ['Tier', 'Accounts', 'Won', 'Lost', 'Win rate', 'Lift'];
  const table = el('table', {}, el('thead', {}, el('tr', {}, ...heads.map(h => el('th', { text: h })))), el('tbody'));
  fill($('tbody', table), tiers, (tr, t) => {
    cell(tr, t.tier); cell(tr, t.accounts, 'num'); cell(tr, t.won, 'num'); cell(tr, t.lost, 'num'); cell(tr, percent(t.winRate), 'num'); cell(tr, num(t.lift, 2), 'num');
  }, leads ? 'No leads with a known outcome to test on.' : 'No closed opportunities to test on.');
  return table;
}

$('#rescore').addEventListener('click', async () => {
  const message = $('#rulesMessage');
  try {
    const started = await post('/api/admin/rescore');
    let last = started;
    progress('Re-scoring all accounts…', 0, started.total);
    await poll(async () => {
      last = await api(`/api/admin/rescore/${encodeURIComponent(started.id)}`, {}, { noAsOf: true });
      progress(`Re-scoring all accounts: ${last.scored}${last.total ? ' of ' + last.total : ''}`, last.scored, last.total);
      return last.state !== 'RUNNING';
    });
    if (last.state === 'FAILED') status(`Re-score failed: ${last.error}`, false, message);
    else status(`Re-scored ${last.result ? last.result.accounts : last.scored} accounts with ${last.result ? last.result.modelVersion : 'the active model'}.`, true, message);
  } catch (e) { fail(e, message); } finally { progress(null); }
});

// ---- learned models ----------------------------------------------------------------------------------------------
function learnedTable(list) {
  const tbody = $('#learnedModels tbody');
  if (list && list.failed) {
    fill(tbody, [], () => {}, `Learned models are not available: ${list.failed.message}`);
    return;
  }
  const items = Array.isArray(list) ? list : list.items || [];
  fill(tbody, items, (tr, m) => {
    tr.dataset.version = m.version;
    cell(tr, el('button', { type: 'button', class: 'link', text: m.version, onclick: () => report(m.version) }));
    cell(tr, words(m.target)); cell(tr, words(m.algorithm));
    cell(tr, el('span', {}, badge(m.status, m.status === 'VALIDATED' ? 'ok' : 'warn'), m.active ? ' ' : null, m.active ? badge('ACTIVE', 'ok') : null));
    cell(tr, num(m.validation ? m.validation.auc : m.auc, 3), 'num');
    const actions = el('div', { class: 'actions' }, el('button', { type: 'button', text: 'Report', onclick: () => report(m.version) }));
    if (can('ADMIN') && !m.active && m.status === 'VALIDATED') actions.append(el('button', { type: 'button', text: 'Activate', onclick: () => activateLearned(m.version) }));
    if (can('ADMIN') && m.active) actions.append(el('button', { type: 'button', text: 'Deactivate', onclick: () => deactivateLearned(m.version) }));
    cell(tr, actions);
  }, 'No learned models yet. An admin can train one above.');
}

async function activateLearned(version) {
  const message = $('#learnedMessage');
  try {
    await post(`/api/predictive-models/${encodeURIComponent(version)}/activate`);
    status(`Learned model ${version} is active: its probability joins account and lead answers.`, true, message);
    learnedTable(await api('/api/predictive-models', {}, { noAsOf: true }));
  } catch (e) { fail(e, message); }
}

async function deactivateLearned(version) {
  const message = $('#learnedMessage');
  try {
    await post(`/api/predictive-models/${encodeURIComponent(version)}/deactivate`);
    status(`Learned model ${version} is out of force: answers carry no prediction until a model is activated again.`, true, message);
    learnedTable(await api('/api/predictive-models', {}, { noAsOf: true }));
  } catch (e) { fail(e, message); }
}

/** The leakage check's reasons in words. */
const LEAKAGE_REASONS = {
  KNOWN_AFTER_OUTCOME: 'declared known only after the outcome',
  'SINGLE_FEATURE_AUC_AT_LEAST_0.9': 'predicts the outcome almost alone (single-feature AUC ≥ 0.9)',
};

async function report(version) {
  const r = await api(`/api/predictive-models/${encodeURIComponent(version)}`, {}, { noAsOf: true }).catch(e => { fail(e, $('#learnedMessage')); return null; });
  if (!r) return;
  const v = r.validation || {};
  const box = $('#report');
  const deciles = (list) => (list || []).map((d, i) => ({ ...d, decile: d.decile || i + 1 }));
  put(box, 
    el('h3', { text: `Report of ${r.version}` }),
    el('p', {}, badge(r.status, r.status === 'VALIDATED' ? 'ok' : 'warn'), ' ', `${words(r.target)} · ${words(r.algorithm)} · validated by ${v.method || '?'}`),
    r.status === 'HYPOTHESIS' ? el('p', { class: 'note', text: 'Too few closed outcomes to trust: the rules model stays in charge.' }) : null,
    r.rulesBaseline && r.rulesBaseline.auc != null && v.auc != null && r.rulesBaseline.auc > v.auc
      ? el('p', { class: 'note', text: `On the same holdout the rules model ${r.rulesBaseline.modelVersion || ''} ranks better `
        + `(AUC ${num(r.rulesBaseline.auc, 3)} against ${num(v.auc, 3)}): activating this model would add a weaker opinion.` }) : null,
    el('div', { class: 'chips' }, chip('AUC', num(v.auc, 3), 'big'), chip('Rules model AUC', num(r.rulesBaseline && r.rulesBaseline.auc, 3)),
      chip('Log loss', num(v.logLoss, 3)), chip('Brier', num(v.brier, 3)),
      r.rows ? chip('Rows', `${r.rows.train} train · ${r.rows.holdout} holdout · ${r.rows.positives} positive`) : null),
    el('div', { class: 'grid two' },
      el('div', {}, el('h4', { text: 'Lift by decile (1 = random)' }), el('div', { class: 'chart', id: 'liftChart' })),
      el('div', {}, el('h4', { text: 'Calibration' }), el('div', { class: 'chart', id: 'calibrationChart' }))),
    el('h4', { text: 'By tier: the model\'s top rows in the rules tiers\' counts, beside the rules model' }),
    el('div', { class: 'grid two' },
      el('div', { class: 'table-wrap' }, el('h5', { text: 'Model' }), tierTable(v.tiers ? v.tiers.tiers : [], r.target)),
      el('div', { class: 'table-wrap' }, el('h5', { text: `Rules model ${r.rulesBaseline ? r.rulesBaseline.modelVersion : ''}` }),
        tierTable(r.rulesBaseline && r.rulesBaseline.tiers ? r.rulesBaseline.tiers.tiers : [], r.target))),
    el('h4', { text: 'Leakage check' }),
    el('ul', { class: 'plain', id: 'leakage' }, (r.leakage || []).map(l => el('li', {}, el('strong', { text: l.feature }), ` — ${LEAKAGE_REASONS[l.reason] || words(l.reason)}`,
      l.auc != null ? ` (AUC alone ${num(l.auc, 3)})` : '', l.kept ? ' · kept on request' : ' · excluded'))),
    (r.features || []).length ? el('details', {}, el('summary', { text: `Features (${r.features.length})` }),
      el('ul', { class: 'plain small' }, r.features.map(f => el('li', { text: `${f.name} (${words(f.kind)}${f.singleFeatureAuc != null ? ', AUC alone ' + num(f.singleFeatureAuc, 3) : ''})` })))) : null);
  if (!(r.leakage || []).length) $('#leakage').append(el('li', { class: 'muted', text: 'No feature flagged.' }));
  barChart($('#liftChart'), deciles(v.lift).map(d => ({ label: String(d.decile), value: d.lift != null ? d.lift : d.value })), 'Lift per decile', 1);
  calibrationChart($('#calibrationChart'), deciles(v.calibration).filter(d => d.rows > 0)
    .map(d => ({ predicted: d.meanPredicted, observed: d.observedRate })), 'Calibration by decile');
  box.scrollIntoView({ block: 'nearest' });
}

$('#train').addEventListener('submit', async (e) => {
  e.preventDefault();
  const message = $('#learnedMessage');
  const form = Object.fromEntries(new FormData(e.target));
  try {
    const { body, location: where } = await post('/api/predictive-models', form, { withLocation: true });
    progress(`Training ${words(form.algorithm)} on ${words(form.target)}…`);
    let last = body;
    await poll(async () => {
      last = await api(where || `/api/predictive-models/${encodeURIComponent(body.version)}`, {}, { noAsOf: true });
      const step = last.progress;
      progress(`Training ${words(form.algorithm)} on ${words(form.target)}${step ? ': ' + step.stage + ' ' + step.done + ' of ' + step.total : '…'}`,
        step && step.done, step && step.total);
      return last.state !== 'RUNNING';
    }, 1800);
    if (last.state === 'FAILED') status(`Training ${last.version} failed: ${last.error || 'see the server log'}`, false, message);
    else status(`Trained ${last.version}: ${last.status}${last.statusReason ? ' — ' + last.statusReason : ''}.`, last.status === 'VALIDATED', message);
    learnedTable(await api('/api/predictive-models', {}, { noAsOf: true }));
    if (last.version) await report(last.version);
  } catch (err) { fail(err, message); } finally { progress(null); }
});

boot();
