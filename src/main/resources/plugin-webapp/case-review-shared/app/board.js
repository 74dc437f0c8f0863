/*
 * The case board: every open case (and, when asked, those closed in a reporting year), where each stands in a
 * committee member's words, its next statutory deadline with the working days left, the steps overdue, who
 * holds the next step and how long it has run; coloured overdue / due soon / later. Read only, soonest
 * deadline first. In Tasklist for the review group and partners, in Cockpit for the business unit and auditors.
 */

import { h, ukDay } from './dom.js';
import { filterForm, filterQuery, select, show } from './views.js';

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
    return h('p', { class: 'text-muted case-review-board-none' }, 'No cases match.');
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

/** Draws the board into place: as showRecommendations, with the board's resource as base. */
export function showBoard(place, { base, headers, query, go, caseLink = (r) => r, signal }) {
  const asked = filterQuery(query, FILTERS);
  return show(place, { base, headers, query: asked, signal }, (view) => h('div', { class: 'case-review-board' },
    filters(view, asked, go),
    h('p', { class: 'case-review-board-caption' }, `${view.cases.length} case${view.cases.length === 1 ? '' : 's'},`
      + ' soonest deadline first.'),
    boardTable(view.cases, caseLink)));
}
