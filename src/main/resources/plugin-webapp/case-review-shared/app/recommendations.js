/*
 * The recommendations tracker: every recommendation of every review the signed-in person may see (the server
 * decides: an agency's lead gets their own agency's only), filtered by agency, RAG, state, slippage, theme and
 * reporting year, coloured overdue / due soon / later, with the same view as an Excel workbook or CSV.
 * Read only. Shown in Tasklist (committee members, partners, agencies' leads) and in Cockpit (the business
 * unit, auditors); each passes where its resources are and how a change of filter is remembered.
 */

import { h, ukDay } from './dom.js';
import { filterForm, filterQuery, select, show } from './views.js';

const FILTERS = ['agency', 'rag', 'state', 'overdue', 'theme', 'year'];
const PREFIX = 'case-review-tracker';
const RAG = [['not-started', 'Not started'], ['red', 'Red'], ['amber', 'Amber'], ['green', 'Green'],
  ['complete', 'Complete']];
const STATES = [['open', 'Open'], ['awaiting-verification', 'Complete, awaiting verification'],
  ['returned', 'Returned for more evidence'], ['closed', 'Closed']];
const TIMING = { overdue: 'Overdue', 'due-soon': 'Due soon', later: '', closed: '' };

function filters(view, query, go) {
  const field = (name, label, options) => select(PREFIX, name, label, options, query.get(name));
  return filterForm('case-review-tracker-filters', go,
    view.everyAgency ? field('agency', 'Agency', view.agencies.map((a) => [a.value, a.label])) : '',
    field('rag', 'RAG', RAG),
    field('state', 'State', STATES),
    field('overdue', 'Slippage', [['true', 'Overdue'], ['false', 'Not overdue']]),
    field('theme', 'Theme', view.themes.map((t) => [t.value, t.label])),
    field('year', 'Year agreed', view.years.map((y) => [y, y])));
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
    return h('p', { class: 'case-review-quiet case-review-tracker-none' }, 'No recommendations match.');
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
export function showRecommendations(place, { base, headers, query, go, caseLink = (r) => r, signal }) {
  const asked = filterQuery(query, FILTERS);
  return show(place, { base, headers, query: asked, signal }, (view) => h('div', { class: 'case-review-tracker' },
    view.everyAgency ? '' : h('p', { class: 'alert alert-info case-review-tracker-own' },
      `Your agency's recommendations: ${view.agencies.map((a) => a.label).join(', ')}.`),
    filters(view, asked, go),
    downloads(base, asked, view.rows.length),
    recommendationsTable(view.rows, caseLink),
    view.byAgency.length ? [h('h4', {}, 'By agency'), totalsTable(view.byAgency)] : ''));
}
