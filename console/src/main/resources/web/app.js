// Money-trail analyst console: plain JS, no framework, no CDN. Every DOM node is built with h(),
// which sets text, never HTML, so alert content cannot inject markup.
'use strict';

const state = { me: null, csrf: null, meta: null, query: { sort: 'score', dir: 'desc', page: 0, size: 25 } };

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v);
  }
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

async function api(method, url, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (method !== 'GET') {
    opts.headers['Content-Type'] = 'application/json';
    if (state.csrf) opts.headers['X-CSRF-Token'] = state.csrf;
    opts.body = JSON.stringify(body || {});
  }
  const res = await fetch(url, opts);
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
  if (!res.ok) {
    const err = new Error((data && data.error) || ('HTTP ' + res.status));
    err.status = res.status;
    throw err;
  }
  return data;
}

function say(text, isError) {
  const m = document.getElementById('msg');
  m.textContent = text || '';
  m.className = text ? ('show' + (isError ? ' error' : '')) : '';
}
function fail(e) {
  if (e.status === 401) { showLogin(); return; }
  say(e.message, true);
}
const has = role => state.me && state.me.roles.includes(role);
const fmt = t => t ? t.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z') : '';
const view = () => document.getElementById('view');

// ---------------------------------------------------------------- login

function showLogin() {
  state.me = null;
  document.getElementById('login-view').hidden = false;
  document.getElementById('nav').hidden = true;
  document.getElementById('logout').hidden = true;
  document.getElementById('whoami').textContent = '';
  view().replaceChildren();
}

async function boot() {
  document.getElementById('login-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const err = document.getElementById('login-error');
    err.textContent = '';
    try {
      const r = await api('POST', '/login', {
        username: document.getElementById('login-user').value,
        password: document.getElementById('login-pass').value });
      state.csrf = r.csrf;
      document.getElementById('login-pass').value = '';
      await start();
    } catch (e) { err.textContent = e.message; }
  });
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api('POST', '/logout'); } catch (e) { /* already gone */ }
    state.csrf = null;
    showLogin();
  });
  window.addEventListener('hashchange', route);
  try { await start(); } catch (e) { showLogin(); }
}

async function start() {
  state.me = await api('GET', '/api/me');
  state.csrf = state.me.csrf;
  document.getElementById('login-view').hidden = true;
  document.getElementById('nav').hidden = false;
  document.getElementById('logout').hidden = false;
  document.getElementById('whoami').textContent = state.me.display_name + ' (' + state.me.roles.join(', ') + ')';
  document.getElementById('nav-queue').hidden = !(has('ANALYST') || has('SUPERVISOR') || has('AUDITOR'));
  document.getElementById('nav-rules').hidden = !(has('RULE_AUTHOR') || has('SUPERVISOR') || has('AUDITOR'));
  document.getElementById('nav-audit').hidden = !(has('AUDITOR') || has('SUPERVISOR'));
  if (!document.getElementById('nav-queue').hidden) state.meta = await api('GET', '/api/meta');
  if (!location.hash || location.hash === '#') {
    location.hash = document.getElementById('nav-queue').hidden ? '#/rules' : '#/queue';
  } else {
    route();
  }
}

function route() {
  if (!state.me) return;
  say('');
  const hash = location.hash;
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', hash.startsWith(a.getAttribute('href')));
  let m;
  if ((m = hash.match(/^#\/alert\/(.+)$/))) showAlert(decodeURIComponent(m[1])).catch(fail);
  else if (hash.startsWith('#/rules')) showRules().catch(fail);
  else if (hash.startsWith('#/audit')) showAudit().catch(fail);
  else showQueue().catch(fail);
}

// ---------------------------------------------------------------- queue

async function showQueue() {
  const q = state.query;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== '' && v !== null && v !== undefined) params.set(k, v);
  const data = await api('GET', '/api/alerts?' + params);
  const sel = (id, label, values, current) => h('label', {}, label,
    h('select', { id }, h('option', { value: '' }, 'any'),
      values.map(v => h('option', { value: v, selected: v === current }, v))));
  const inp = (id, label, type, current, extra) => h('label', {}, label,
    h('input', Object.assign({ id, type, value: current || '' }, extra || {})));
  const filters = h('div', { class: 'panel filters' },
    sel('f-typology', 'Typology', data.typologies, q.typology),
    sel('f-severity', 'Severity', ['HIGH', 'MEDIUM', 'LOW'], q.severity),
    inp('f-min', 'Score ≥', 'number', q.min_score, { min: 0, max: 100, step: 'any' }),
    inp('f-max', 'Score ≤', 'number', q.max_score, { min: 0, max: 100, step: 'any' }),
    sel('f-status', 'Status', state.meta.statuses, q.status),
    sel('f-assignee', 'Assignee', ['none'].concat(state.meta.assignees), q.assignee),
    inp('f-from', 'Created from', 'date', q.from),
    inp('f-to', 'to', 'date', q.to),
    h('button', { id: 'f-apply', class: 'primary', onclick: () => {
      const v = id => document.getElementById(id).value;
      Object.assign(q, { typology: v('f-typology'), severity: v('f-severity'), min_score: v('f-min'),
        max_score: v('f-max'), status: v('f-status'), assignee: v('f-assignee'), from: v('f-from'), to: v('f-to'), page: 0 });
      showQueue().catch(fail);
    } }, 'Apply'),
    h('button', { id: 'f-mine', onclick: () => { Object.assign(q, { assignee: state.me.username, page: 0 }); showQueue().catch(fail); } }, 'My alerts'),
    h('button', { id: 'f-clear', onclick: () => { state.query = { sort: 'score', dir: 'desc', page: 0, size: 25 }; showQueue().catch(fail); } }, 'Clear'));
  const counts = h('div', { class: 'counts', id: 'status-counts' },
    Object.entries(data.counts).map(([st, n]) => h('span', {
      class: 'chip' + (q.status === st ? ' on' : ''), 'data-status': st,
      onclick: () => { q.status = q.status === st ? '' : st; q.page = 0; showQueue().catch(fail); } },
      st.replace(/_/g, ' ').toLowerCase() + ' ' + n)));
  const cols = [['alert_id', 'Alert', null], ['severity', 'Severity', 'severity'], ['score', 'Score', 'score'],
    ['typology', 'Typology', 'typology'], ['subject', 'Subject', 'subject'], ['rules', 'Rules', null],
    ['created_at', 'Created', 'created_at'], ['revision', 'Rev', 'revision'], ['status', 'Status', 'status'],
    ['assignee', 'Assignee', 'assignee']];
  const head = h('tr', {}, cols.map(([, label, key]) => h('th', {
    'data-sort': key, class: key && q.sort === key ? ('sorted' + (q.dir === 'asc' ? ' asc' : '')) : null,
    onclick: key ? () => { if (q.sort === key) q.dir = q.dir === 'asc' ? 'desc' : 'asc'; else { q.sort = key; q.dir = 'desc'; } q.page = 0; showQueue().catch(fail); } : null
  }, label)));
  const rows = data.items.map(a => h('tr', { class: 'row', 'data-id': a.alert_id, onclick: () => { location.hash = '#/alert/' + encodeURIComponent(a.alert_id); } },
    h('td', { class: 'mono' }, h('a', { href: '#/alert/' + encodeURIComponent(a.alert_id), class: 'alert-link' }, a.alert_id)),
    h('td', {}, h('span', { class: 'sev ' + a.severity }, a.severity)),
    h('td', {}, Number(a.score).toFixed(1)),
    h('td', {}, a.typology),
    h('td', { class: 'mono' }, a.subject_account_id),
    h('td', { class: 'small' }, a.rule_ids.join(', ')),
    h('td', { class: 'small' }, fmt(a.created_at)),
    h('td', {}, a.revision),
    h('td', {}, h('span', { class: 'status ' + a.status }, a.status.replace(/_/g, ' ').toLowerCase())),
    h('td', {}, a.assignee || '—')));
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  const pager = h('div', { class: 'pager' },
    h('button', { id: 'prev', disabled: q.page <= 0, onclick: () => { q.page--; showQueue().catch(fail); } }, '‹ Prev'),
    h('span', { id: 'page-info' }, 'page ' + (data.page + 1) + ' of ' + pages + ' · ' + data.total + ' alerts'),
    h('button', { id: 'next', disabled: q.page + 1 >= pages, onclick: () => { q.page++; showQueue().catch(fail); } }, 'Next ›'));
  view().replaceChildren(h('h1', {}, 'Alert queue'), filters, counts,
    h('table', { id: 'queue-table' }, h('thead', {}, head), h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: cols.length }, 'No alerts match these filters.')))),
    pager);
}

// ---------------------------------------------------------------- alert detail

const ROLE_COLOURS = { SUSPECTED_CONTROLLER: '#b3261e', EMPLOYER: '#7b3fb3', SUSPECTED_VICTIM: '#1f7a4d', LINKED_ACCOUNT: '#2451b7', ACCOUNT_HOLDER: '#5b6b7f' };

async function showAlert(id) {
  const d = await api('GET', '/api/alerts/' + encodeURIComponent(id));
  renderAlert(d);
}

function renderAlert(d) {
  const a = d.alert;
  const header = h('div', { class: 'panel' },
    h('h1', {}, 'Alert ', h('span', { class: 'mono', id: 'alert-id' }, a.alert_id), ' ',
      h('span', { class: 'sev ' + a.severity }, a.severity), ' ',
      h('span', { class: 'status ' + d.status, id: 'alert-status' }, d.status.replace(/_/g, ' ').toLowerCase())),
    h('dl', { class: 'kv' },
      h('dt', {}, 'Subject'), h('dd', { class: 'mono' }, a.subject_account_id),
      h('dt', {}, 'Typology'), h('dd', {}, a.typology),
      h('dt', {}, 'Score'), h('dd', {}, Number(a.score).toFixed(1) + ' / 100'),
      h('dt', {}, 'Window'), h('dd', {}, fmt(a.window_start) + ' → ' + fmt(a.window_end)),
      h('dt', {}, 'Revision'), h('dd', {}, a.revision + ' (' + d.revisions.length + ' received; rule package ' + a.rule_package + ')'),
      h('dt', {}, 'Assignee'), h('dd', { id: 'alert-assignee' }, d.assignee || 'unassigned'),
      a.cluster_id ? [h('dt', {}, 'Cluster'), h('dd', { id: 'cluster' },
        a.cluster_score + ' points' + (a.referral ? ' · referral threshold met' : ' · below referral threshold') + ' · anchor ',
        h('span', { class: 'mono' }, a.cluster_account_id))] : null),
    h('h2', {}, 'Explanation'), h('p', { id: 'explanation' }, a.explanation),
    a.cluster_id ? h('p', { id: 'cluster-explanation', class: 'small' }, a.cluster_explanation) : null);

  const indicators = h('div', { class: 'panel' }, h('h2', {}, 'Contributing indicators'),
    h('table', { id: 'indicators' }, h('tr', {}, h('th', {}, 'Rule'), h('th', {}, 'Severity'), h('th', {}, 'Figures'), h('th', {}, 'Thresholds'), h('th', {}, 'Source')),
      uniqueHits(a.hits).map(x => h('tr', {},
        h('td', { class: 'mono' }, x.rule_id + '@' + x.rule_version, h('div', { class: 'small' }, x.count + ' hit(s)')),
        h('td', {}, h('span', { class: 'sev ' + x.severity }, x.severity)),
        h('td', { class: 'feat' }, Object.entries(x.features).map(([k, v]) => h('span', {}, k + ' = ' + v))),
        h('td', { class: 'feat' }, Object.entries(x.parameters).map(([k, v]) => h('span', {}, k.replace(x.rule_id + '.', '') + ' = ' + v))),
        h('td', { class: 'small' }, x.source)))));

  const hits = [...a.hits].sort((p, q) => p.fired_at.localeCompare(q.fired_at));
  const timeline = h('div', { class: 'panel' }, h('h2', {}, 'Evidence timeline'),
    h('p', { class: 'small' }, 'Rule hits in event time with the transactions each rests on (' + a.txn_ids.length +
      ' evidence transactions). The alert carries transaction ids, not amounts or channels: the figures are the rules\' own.'),
    h('ol', { class: 'timeline', id: 'timeline' }, hits.map(x => h('li', {},
      h('div', { class: 'when' }, fmt(x.fired_at) + ' · ' + x.rule_id + '@' + x.rule_version),
      h('div', {}, x.detail),
      x.txn_ids.length ? h('div', { class: 'mono small' }, 'txns: ' + x.txn_ids.join(', ')) : null))));

  const pe = a.proceeds_estimate;
  const proceeds = h('div', { class: 'panel', id: 'proceeds' }, h('h2', {}, 'Proceeds estimate'),
    pe ? h('dl', { class: 'kv' }, h('dt', {}, 'Amount'), h('dd', {}, pe.amount + ' ' + pe.currency),
      h('dt', {}, 'Method'), h('dd', {}, pe.method), h('dt', {}, 'Confidence'), h('dd', {}, pe.confidence))
      : h('p', { class: 'small' }, 'Not estimated by the screening engine for this alert. The referral pack adds an ILO plausibility band (not evidence) and the money figures the rules reported.'));

  const graph = h('div', { class: 'panel' }, h('h2', {}, 'Network of related accounts'),
    drawGraph(d.network, a.subject_account_id),
    h('div', { class: 'legend' }, Object.entries(ROLE_COLOURS).map(([r, c]) => h('span', {}, h('i', { style: 'background:' + c }), r.replace(/_/g, ' ').toLowerCase())),
      h('span', {}, h('i', { style: 'background:#d9a400;border-radius:0' }), 'shared attribute')),
    h('div', { id: 'node-panel', class: 'small' }, 'Click an account to see its role and the other alerts that name it.'));

  const audit = h('div', { class: 'panel' }, h('h2', {}, 'Audit trail'),
    h('table', { id: 'audit-table' }, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Who'), h('th', {}, 'Action'), h('th', {}, 'Detail')),
      d.audit.map(e => h('tr', { class: 'audit-row', 'data-action': e.action },
        h('td', { class: 'small' }, fmt(e.at)), h('td', {}, e.actor), h('td', {}, e.action),
        h('td', { class: 'small mono' }, JSON.stringify(e.detail))))));

  view().replaceChildren(h('p', {}, h('a', { href: '#/queue', id: 'back' }, '‹ Queue')),
    h('div', { class: 'grid' },
      h('div', {}, header, indicators, graph, timeline),
      h('div', {}, workflow(d), proceeds, history(d), audit)));
}

function uniqueHits(hits) {
  const by = new Map();
  for (const x of hits) {
    const k = x.rule_id + '@' + x.rule_version;
    const prev = by.get(k);
    by.set(k, Object.assign({}, x, { count: prev ? prev.count + 1 : 1 }));
  }
  return [...by.values()];
}

function history(d) {
  return h('div', { class: 'panel' }, h('h2', {}, 'Case file'),
    h('h2', { class: 'small' }, 'Dispositions'),
    d.dispositions.length ? h('table', { id: 'dispositions' }, h('tr', {}, h('th', {}, 'Outcome'), h('th', {}, 'By'), h('th', {}, 'Reason'), h('th', {}, 'Review')),
      d.dispositions.map(x => h('tr', {}, h('td', {}, x.outcome), h('td', {}, x.decided_by + ' ' + fmt(x.decided_at)),
        h('td', {}, (x.reason_code ? '[' + x.reason_code + '] ' : '') + x.reason),
        h('td', {}, x.review_state + (x.reviewed_by ? ' by ' + x.reviewed_by : '') + (x.review_comment ? ': ' + x.review_comment : '')))))
      : h('p', { class: 'small' }, 'None yet.'),
    h('h2', { class: 'small' }, 'Notes'),
    d.notes.length ? h('ul', { id: 'notes' }, d.notes.map(n => h('li', {}, h('b', {}, n.author), ' ', h('span', { class: 'small' }, fmt(n.created_at)), ': ', n.body)))
      : h('p', { class: 'small' }, 'None yet.'),
    h('h2', { class: 'small' }, 'Exports'),
    d.exports.length ? h('ul', { id: 'exports' }, d.exports.map(x => h('li', {}, h('a', { href: '/api/exports/' + x.id, target: '_blank', rel: 'noopener' },
      x.kind + ' ' + x.template + ' ' + x.format), ' ', h('span', { class: 'small' }, (x.final ? 'FINAL' : 'draft') + ' · ' + x.created_by + ' · ' + fmt(x.created_at) + ' · sha256 ' + x.sha256.slice(0, 12)))))
      : h('p', { class: 'small' }, 'None yet.'),
    h('h2', { class: 'small' }, 'Revisions'),
    h('ul', { class: 'small' }, d.revisions.map(r => h('li', {}, 'rev ' + r.revision + ': ' + r.hits + ' hits, ' + r.txns + ' txns, score ' + r.score + ' · ' + fmt(r.received_at) + ' · ' + r.origin))));
}

function workflow(d) {
  const a = d.alert;
  const id = encodeURIComponent(a.alert_id);
  const worker = has('ANALYST') || has('SUPERVISOR');
  const open = ['NEW', 'IN_REVIEW', 'ESCALATED'].includes(d.status);
  const act = (method, path, body) => api(method, '/api/alerts/' + id + path, body)
    .then(nd => { renderAlert(nd); say('Saved.'); }).catch(fail);
  const panel = h('div', { class: 'panel actions', id: 'workflow' }, h('h2', {}, 'Review'));
  if (!worker) {
    panel.append(h('p', { class: 'small' }, 'Read-only: your role cannot change alerts.'));
    return panel;
  }
  panel.append(h('div', { class: 'row-actions' },
    h('button', { id: 'claim-btn', disabled: !open || (d.assignee && d.assignee !== state.me.username) || d.assignee === state.me.username,
      onclick: () => act('POST', '/claim') }, d.assignee === state.me.username ? 'Claimed by you' : 'Claim'),
    has('SUPERVISOR') ? [h('select', { id: 'assign-select' }, state.meta.assignees.map(u => h('option', { value: u, selected: u === d.assignee }, u))),
      h('button', { id: 'assign-btn', onclick: () => act('POST', '/assign', { assignee: document.getElementById('assign-select').value }) }, 'Assign')] : null));
  panel.append(h('label', {}, 'Note', h('textarea', { id: 'note-text', maxlength: 4000 })),
    h('button', { id: 'note-btn', onclick: () => act('POST', '/notes', { body: document.getElementById('note-text').value }) }, 'Add note'));
  if (open) {
    const code = h('select', { id: 'disp-code', disabled: true }, h('option', { value: '' }, '—'),
      state.meta.false_positive_reasons.map(r => h('option', { value: r }, r.replace(/_/g, ' ').toLowerCase())));
    const outcome = h('select', { id: 'disp-outcome', onchange: () => { code.disabled = outcome.value !== 'FALSE_POSITIVE'; if (code.disabled) code.value = ''; } },
      h('option', { value: 'TRUE_POSITIVE' }, 'True positive → propose referral'),
      h('option', { value: 'FALSE_POSITIVE' }, 'False positive'),
      h('option', { value: 'INCONCLUSIVE' }, 'Inconclusive'),
      h('option', { value: 'ESCALATED' }, 'Escalate to supervisor'));
    panel.append(h('h2', {}, 'Disposition'), h('label', {}, 'Outcome', outcome), h('label', {}, 'False-positive reason', code),
      h('label', {}, 'Reason (what you checked, at least 10 characters)', h('textarea', { id: 'disp-reason', maxlength: 4000 })),
      h('button', { id: 'disp-btn', class: 'primary', onclick: () => act('POST', '/disposition', {
        outcome: outcome.value, reason_code: code.value || null, reason: document.getElementById('disp-reason').value }) }, 'Record disposition'));
  }
  if (d.status === 'REFERRAL_PENDING' && has('SUPERVISOR')) {
    panel.append(h('h2', {}, 'Supervisor approval (four eyes)'),
      h('label', {}, 'Comment', h('textarea', { id: 'review-comment', maxlength: 4000 })),
      h('div', { class: 'row-actions' },
        h('button', { id: 'approve-btn', class: 'primary', onclick: () => act('POST', '/review', { decision: 'APPROVE', comment: document.getElementById('review-comment').value }) }, 'Approve referral'),
        h('button', { id: 'reject-btn', class: 'danger', onclick: () => act('POST', '/review', { decision: 'REJECT', comment: document.getElementById('review-comment').value }) }, 'Reject')));
  }
  const tpl = h('select', { id: 'sar-template' }, state.meta.sar_templates.map(t => h('option', { value: t }, t)));
  const open2 = (kind, fmtName) => {
    const url = '/api/alerts/' + id + '/export/' + kind + '?format=' + fmtName + (kind === 'sar' ? '&template=' + tpl.value : '');
    window.open(url, '_blank', 'noopener');
    setTimeout(() => showAlert(a.alert_id).catch(fail), 800);
  };
  panel.append(h('h2', {}, 'Exports'),
    h('div', { class: 'row-actions' }, 'SAR/STR draft', tpl,
      h('button', { id: 'sar-html', onclick: () => open2('sar', 'html') }, 'HTML'),
      h('button', { id: 'sar-json', onclick: () => open2('sar', 'json') }, 'JSON')),
    h('div', { class: 'row-actions' }, 'Confiscation referral pack' + (d.status === 'REFERRED' ? ' (final)' : ' (draft until approved)'),
      h('button', { id: 'ref-html', onclick: () => open2('referral', 'html') }, 'HTML'),
      h('button', { id: 'ref-json', onclick: () => open2('referral', 'json') }, 'JSON')));
  return panel;
}

// ---------------------------------------------------------------- graph

function drawGraph(net, subject) {
  const W = 640, H = 420, cx = W / 2, cy = H / 2;
  const accounts = net.nodes.filter(n => n.type === 'account');
  const hubs = net.nodes.filter(n => n.type === 'attribute');
  const pos = {};
  pos[subject] = { x: cx, y: cy };
  const others = accounts.filter(n => n.id !== subject);
  others.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(others.length, 1) - Math.PI / 2;
    pos[n.id] = { x: cx + 250 * Math.cos(t), y: cy + 165 * Math.sin(t) };
  });
  hubs.forEach((n, i) => {
    const t = (2 * Math.PI * i) / Math.max(hubs.length, 1) + Math.PI / 4;
    pos[n.id] = hubs.length === 1 && others.length ? { x: cx + 70, y: cy - 70 } : { x: cx + 110 * Math.cos(t), y: cy + 80 * Math.sin(t) };
  });
  const svg = s('svg', { id: 'graph', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'network of related accounts' });
  const defs = s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    s('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#555' })));
  svg.append(defs);
  for (const e of net.edges) {
    const p = pos[e.from], q = pos[e.to];
    if (!p || !q) continue;
    const money = e.kind === 'money';
    svg.append(s('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: money ? '#555' : '#d9a400', 'stroke-width': money ? 2 : 1.5,
      'stroke-dasharray': money ? '' : '4 3', 'marker-end': money ? 'url(#arrow)' : '' }, s('title', {}, e.label + ' (' + e.rule + ')')));
    if (money) svg.append(s('text', { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 - 4, 'text-anchor': 'middle', fill: '#333' }, e.label));
  }
  for (const n of hubs) {
    const p = pos[n.id];
    svg.append(s('g', { class: 'node hub', 'data-id': n.id, onclick: ev => selectNode(ev.currentTarget, n) },
      s('rect', { x: p.x - 9, y: p.y - 9, width: 18, height: 18, fill: '#d9a400', transform: 'rotate(45 ' + p.x + ' ' + p.y + ')' }),
      s('text', { x: p.x, y: p.y + 24, 'text-anchor': 'middle' }, n.label.length > 34 ? n.label.slice(0, 33) + '…' : n.label)));
  }
  for (const n of accounts) {
    const p = pos[n.id];
    const colour = ROLE_COLOURS[n.roles[0]] || '#5b6b7f';
    svg.append(s('g', { class: 'node account', 'data-id': n.id, onclick: ev => selectNode(ev.currentTarget, n) },
      s('circle', { cx: p.x, cy: p.y, r: n.subject ? 16 : 11, fill: colour, stroke: n.subject ? '#000' : '#fff', 'stroke-width': 2 }),
      s('text', { x: p.x, y: p.y + (n.subject ? 30 : 24), 'text-anchor': 'middle' }, '…' + n.id.slice(-8))));
  }
  return svg;
}

async function selectNode(el, n) {
  for (const g of document.querySelectorAll('#graph .node')) g.classList.remove('selected');
  el.classList.add('selected');
  const panel = document.getElementById('node-panel');
  if (n.type === 'attribute') {
    panel.replaceChildren(h('b', {}, 'Shared ' + n.label), ' — accounts linked by it are joined with dashed lines.');
    return;
  }
  panel.replaceChildren(h('b', { class: 'mono' }, n.id), ' · ', n.roles.map(r => r.replace(/_/g, ' ').toLowerCase()).join(', '),
    ' · named by ', n.rules.join(', ') || '—', h('div', {}, 'loading alerts…'));
  try {
    const alerts = await api('GET', '/api/accounts/' + encodeURIComponent(n.id) + '/alerts');
    panel.lastChild.replaceWith(h('ul', { id: 'node-alerts' }, alerts.map(x => h('li', {},
      h('a', { href: '#/alert/' + encodeURIComponent(x.alert_id), class: 'mono' }, x.alert_id), ' ', x.as, ' · ', x.typology, ' · ',
      h('span', { class: 'sev ' + x.severity }, x.severity), ' · ', x.status.toLowerCase()))));
  } catch (e) { fail(e); }
}

// ---------------------------------------------------------------- rules & audit

async function showRules() {
  const rows = await api('GET', '/api/rule-stats');
  view().replaceChildren(h('h1', {}, 'Rule feedback'),
    h('p', { class: 'small' }, 'How analysts disposed of the alerts each rule contributed to (latest disposition per alert). False-positive reasons show which suppression a rule lacks.'),
    h('table', { id: 'rule-stats' }, h('tr', {}, ['Rule', 'Version', 'Hits', 'Alerts', 'True pos.', 'False pos.', 'Inconclusive', 'Undecided', 'FP reasons'].map(t => h('th', {}, t))),
      rows.map(r => h('tr', {}, h('td', { class: 'mono' }, r.rule_id), h('td', {}, r.rule_version), h('td', {}, r.hits), h('td', {}, r.alerts),
        h('td', {}, r.true_positive), h('td', {}, r.false_positive), h('td', {}, r.inconclusive), h('td', {}, r.undecided), h('td', { class: 'small' }, r.fp_reasons.join(', '))))));
}

async function showAudit() {
  const rows = await api('GET', '/api/audit');
  view().replaceChildren(h('h1', {}, 'Audit trail (latest 100)'),
    h('table', { id: 'global-audit' }, h('tr', {}, ['#', 'When', 'Who', 'Action', 'Alert', 'Detail'].map(t => h('th', {}, t))),
      rows.map(e => h('tr', {}, h('td', {}, e.id), h('td', { class: 'small' }, fmt(e.at)), h('td', {}, e.actor), h('td', {}, e.action),
        h('td', { class: 'mono' }, e.alert_id ? h('a', { href: '#/alert/' + encodeURIComponent(e.alert_id) }, e.alert_id) : '—'),
        h('td', { class: 'small mono' }, JSON.stringify(e.detail))))));
}

boot();
