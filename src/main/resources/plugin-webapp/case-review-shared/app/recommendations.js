/*
 * The recommendations tracker: every recommendation of every review the signed-in person may see (the server
 * decides: an agency's lead gets their own agency's only), filtered by agency, RAG, state, slippage, theme and
 * reporting year, coloured overdue / due soon / later, with the same view as an Excel workbook or CSV.
 * Read only. Shown in Tasklist (committee members, partners, agencies' leads) and in Cockpit (the business
 * unit, auditors); each passes where its resources are and how a change of filter is remembered.
 */

import { h, ukDay } from './dom.js';

const FILTERS = ['agency', 'rag', 'state', 'overdue', 'theme', 'year'];
const RAG = [['not-started', 'Not started'], ['red', 'Red'], ['amber', 'Amber'], ['green', 'Green'],
  ['complete', 'Complete']];
const STATES = [['open', 'Open'], ['awaiting-verification', 'Complete, awaiting verification'],
  ['returned', 'Returned for more evidence'], ['closed', 'Closed']];
const TIMING = { overdue: 'Overdue', 'due-soon': 'Due soon', later: '', closed: '' };

function styles() {
  if (!document.querySelector('link.case-review-tracker-styles')) {
    document.head.appendChild(h('link', {
      class: 'case-review-tracker-styles', rel: 'stylesheet', href: new URL('./recommendations.css', import.meta.url)
    }));
  }
}

/** Only the filters the page knows, non-empty: what goes into the request and the downloads. */
function filterQuery(query) {
  const kept = new URLSearchParams();
  FILTERS.forEach((name) => query.get(name) && kept.set(name, query.get(name)));
  return kept;
}

async function load(base, headers, query, signal) {
  const qs = query.toString();
  const response = await fetch(qs ? `${base}?${qs}` : base, {
    credentials: 'same-origin', signal, headers: { Accept: 'application/json', ...headers }
  });
  if (!response.ok) {
    let message = `The server answered ${response.status}`;
    try {
      message = (await response.json()).message || message;
    } catch {
      // not JSON
    }
    throw Object.assign(new Error(message), { status: response.status });
  }
  return response.json();
}

function select(name, label, options, value, change) {
  const id = `case-review-tracker-${name}`;
  return h('div', { class: 'form-group' },
    h('label', { for: id }, label), ' ',
    h('select', { id, name, class: `form-control input-sm case-review-tracker-${name}`, onchange: change },
      h('option', { value: '' }, 'All'),
      options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text))));
}

function filters(view, query, go) {
  const form = h('form', { class: 'form-inline case-review-tracker-filters', onsubmit: (e) => e.preventDefault() });
  const change = () => {
    const next = new URLSearchParams();
    form.querySelectorAll('select').forEach((field) => field.value && next.set(field.name, field.value));
    go(next);
  };
  const agencies = view.agencies.map((a) => [a.value, a.label]);
  form.append(
    view.everyAgency ? select('agency', 'Agency', agencies, query.get('agency'), change) : '',
    select('rag', 'RAG', RAG, query.get('rag'), change),
    select('state', 'State', STATES, query.get('state'), change),
    select('overdue', 'Slippage', [['true', 'Overdue'], ['false', 'Not overdue']], query.get('overdue'), change),
    select('theme', 'Theme', view.themes.map((t) => [t.value, t.label]), query.get('theme'), change),
    select('year', 'Year agreed', view.years.map((y) => [y, y]), query.get('year'), change));
  return form;
}

function downloads(base, query, count) {
  const qs = query.toString() ? `?${query}` : '';
  return h('p', { class: 'case-review-tracker-caption' },
    `${count} recommendation${count === 1 ? '' : 's'}. `,
    h('a', { class: 'btn btn-default btn-sm case-review-tracker-xlsx', href: `${base}/export.xlsx${qs}`,
      download: 'recommendations.xlsx' }, 'Excel workbook'), ' ',
    h('a', { class: 'btn btn-default btn-sm case-review-tracker-csv', href: `${base}/export.csv${qs}`,
      download: 'recommendations.csv' }, 'CSV'));
}

function rag(code) {
  const [, text] = RAG.find(([value]) => value === code) || [code, code];
  return h('span', { class: `case-review-rag case-review-rag-${code}` }, text);
}

/** A link only to a web address: a recommendation's evidence is typed by people. */
function evidence(link) {
  return link && /^https?:\/\//i.test(link)
    ? h('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, 'Evidence') : (link || '');
}

function closedCell(row) {
  if (row.state !== 'closed') {
    return '';
  }
  return [ukDay(row.closedOn), h('br'), row.onTime ? 'on time' : h('strong', {}, 'late')];
}

function recommendationsTable(rows, caseLink) {
  if (rows.length === 0) {
    return h('p', { class: 'text-muted case-review-tracker-none' }, 'No recommendations match.');
  }
  const columns = [
    ['Case', (r) => [caseLink(r.reference), h('br'), r.childPseudonym || '']],
    ['Review', (r) => r.reviewKind],
    ['No.', (r) => String(r.number)],
    ['Recommendation', (r) => [r.recommendation, r.themes.length ? h('div', { class: 'case-review-tracker-themes' },
      r.themes.join(' · ')) : '']],
    ['Owning agency', (r) => [r.owningAgencyName,
      r.strategicLead ? h('div', { class: 'case-review-tracker-lead' }, `Lead: ${r.strategicLead}`) : '']],
    ['Due', (r) => [ukDay(r.dueOn), TIMING[r.timing] ? h('div', { class: 'case-review-tracker-timing' },
      TIMING[r.timing]) : '']],
    ['RAG', (r) => rag(r.ragStatus)],
    ['Last update', (r) => ukDay(r.lastUpdateOn)],
    ['State', (r) => (STATES.find(([value]) => value === r.state) || [r.state, r.state])[1]],
    ['Closed', closedCell],
    ['Evidence', (r) => evidence(r.evidenceLink)]
  ];
  return h('div', { class: 'case-review-table-box' },
    h('table', { class: 'table table-condensed case-review-tracker-table' },
      h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', {}, heading)))),
      h('tbody', {}, rows.map((row) => h('tr', { class: `case-review-tracker-${row.timing}` },
        columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

function totalsTable(byAgency) {
  const heads = ['Owning agency', 'Recommendations', 'Open', 'Overdue', 'Awaiting verification', 'Closed on time',
    'Closed late'];
  const cells = (t) => [t.agency, t.total, t.open, t.overdue, t.awaitingVerification, t.closedOnTime, t.closedLate];
  return h('table', { class: 'table table-condensed case-review-tracker-totals' },
    h('thead', {}, h('tr', {}, heads.map((text) => h('th', {}, text)))),
    h('tbody', {}, byAgency.map((t) => h('tr', {}, cells(t).map((value) => h('td', {}, String(value)))))));
}

/**
 * Draws the tracker into place. base: the tracker's resource; headers: what the webapp's CSRF filter wants;
 * query: the filters asked for; go(query): how a change of filter is made; caseLink(reference): a case.
 */
export async function showRecommendations(place, { base, headers = {}, query, go, caseLink = (r) => r, signal }) {
  styles();
  const asked = filterQuery(query);
  place.replaceChildren(h('p', { class: 'text-muted case-review-loading' }, 'Loading…'));
  try {
    const view = await load(base, headers, asked, signal);
    place.replaceChildren(h('div', { class: 'case-review-tracker' },
      view.everyAgency ? '' : h('p', { class: 'alert alert-info case-review-tracker-own' },
        `Your agency's recommendations: ${view.agencies.map((a) => a.label).join(', ')}.`),
      filters(view, asked, go),
      downloads(base, asked, view.rows.length),
      recommendationsTable(view.rows, caseLink),
      view.byAgency.length ? [h('h4', {}, 'By agency'), totalsTable(view.byAgency)] : ''));
  } catch (failure) {
    if (failure.name === 'AbortError') {
      return;
    }
    place.replaceChildren(h('div', { class: `alert ${failure.status === 403 ? 'alert-warning' : 'alert-danger'}`
      + ' case-review-tracker-error' }, failure.message));
  }
}
