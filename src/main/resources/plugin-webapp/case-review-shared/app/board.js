/*
 * The case board: every open case (and, when asked, those closed in a reporting year), where each stands in a
 * committee member's words, its next statutory deadline with the working days left, the steps overdue, who
 * holds the next step and how long it has run; coloured overdue / due soon / later. Read only, soonest
 * deadline first. In Tasklist for the review group and partners, in Cockpit for the business unit and auditors.
 */

import { h, ukDay } from './dom.js';
import { filterForm, filterQuery, load, select, show } from './views.js';

const FILTERS = ['stage', 'overdue', 'year', 'theme', 'closedIn'];
const PREFIX = 'case-review-board';

function filters(view, query, go) {
  const field = (name, label, options) => select(PREFIX, name, label, options, query.get(name));
  const years = view.years.map((y) => [y, y]);
  return filterForm('case-review-board-filters', go,
    field('stage', 'Stage', view.stages.map((s) => [s.value, s.label])),
    field('overdue', 'Slippage', [['true', 'Steps overdue'], ['false', 'Nothing overdue']]),
    field('year', 'Began in', years),
    field('theme', 'Theme', view.themes.map((t) => [t.value, t.label])),
    field('closedIn', 'Also closed in', years));
}

function deadline(row) {
  if (!row.nextDue) {
    return '';
  }
  const days = row.workingDaysLeft;
  const left = days < 0 ? `${-days} working day${days === -1 ? '' : 's'} overdue`
    : days === 0 ? 'due today' : `${days} working day${days === 1 ? '' : 's'} left`;
  return [ukDay(row.nextDue), h('div', { class: 'case-review-board-left' }, left)];
}

function running(days) {
  if (days < 60) {
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  return `${Math.floor(days / 30.44)} months`;
}

function boardTable(cases, caseLink) {
  if (cases.length === 0) {
    return h('p', { class: 'case-review-quiet case-review-board-none' }, 'No cases match.');
  }
  const columns = [
    ['Case', (c) => [caseLink(c.reference), h('br'), c.childPseudonym || '']],
    ['Kind', (c) => c.kind],
    ['Where it stands', (c) => [c.standing, c.themes.length ? h('div', { class: 'case-review-tracker-themes' },
      c.themes.join(' · ')) : '']],
    ['Next deadline', deadline],
    ['Steps overdue', (c) => (c.stepsOverdue ? String(c.stepsOverdue) : '')],
    ['Next step with', (c) => c.heldBy.join(', ')],
    ['Running', (c) => (c.closedOn ? [running(c.daysRunning), h('br'), `closed ${ukDay(c.closedOn)}`]
      : running(c.daysRunning))]
  ];
  return h('div', { class: 'case-review-table-box' },
    h('table', { class: 'table table-condensed case-review-board-table' },
      h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', {}, heading)))),
      h('tbody', {}, cases.map((row) => h('tr', { class: `case-review-board-${row.timing}` },
        columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

/** Reviews tagged with each learning theme, by the reporting year the case began: for the annual report. */
function themesTable({ years, rows, reviews }) {
  if (years.length === 0) {
    return h('p', { class: 'case-review-quiet' }, 'No review has been tagged with a learning theme yet.');
  }
  return h('div', { class: 'case-review-table-box' },
    h('table', { class: 'table table-condensed case-review-themes-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Learning theme'), years.map((year) => h('th', {}, year)))),
      h('tbody', {},
        rows.map((row) => h('tr', {}, h('td', {}, row.theme), row.counts.map((n) => h('td', {}, n ? String(n) : '')))),
        h('tr', { class: 'case-review-themes-total' }, h('th', {}, 'Reviews tagged'),
          reviews.map((n) => h('th', {}, String(n)))))));
}

/** Draws the board into place: as showRecommendations, with the board's resource as base. */
export async function showBoard(place, { base, headers, query, go, caseLink = (r) => r, signal }) {
  const asked = filterQuery(query, FILTERS);
  const themes = h('div', { class: 'case-review-themes' });
  await show(place, { base, headers, query: asked, signal }, (view) => h('div', { class: 'case-review-board' },
    filters(view, asked, go),
    h('p', { class: 'case-review-board-caption' }, `${view.cases.length} case${view.cases.length === 1 ? '' : 's'},`
      + ' soonest deadline first.'),
    boardTable(view.cases, caseLink),
    themes));
  if (themes.isConnected) {
    try {
      const table = await load(base.replace(/\/board$/, '/themes'), headers, new URLSearchParams(), signal);
      themes.replaceChildren(h('h4', {}, 'Learning themes by year'), themesTable(table));
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        themes.replaceChildren(h('p', { class: 'text-danger' }, failure.message));
      }
    }
  }
}
