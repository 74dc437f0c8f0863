/*
 * Case reviews in Cockpit: a read-only view for auditors of every case, the path it took and how timely it was.
 *
 * Cockpit imports this file as an ES module and registers each definition of the default export
 * (Camunda's webapps/frontend/ui/common/scripts/services/plugins/addPlugins.js): render(container, {api}) draws
 * into a detached <div>, unmount() is called when Angular destroys the view. The data comes from this
 * application's JAX-RS resources under `${api.cockpitApi}/plugin/case-review/${api.engine}`.
 *
 * The case board and recommendations tabs are the views committee members see in Tasklist (board.js and
 * recommendations.js, shared).
 *
 * The state of a page (tab, search text, reporting year) lives in the hash, e.g. #/case-reviews?tab=timeliness,
 * so the browser's back button and bookmarks work; changing it makes Cockpit's router render the page again.
 */

import { h, build } from './dom.js';
import { showBoard } from './board.js';
import { showRecommendations } from './recommendations.js';

const ROUTE = '#/case-reviews';
const NO_ACCESS = 'You do not have access to case reviews.';
const MAX_RESULTS = 50;

const SVG = 'http://www.w3.org/2000/svg';
const BPMN = {
  model: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  di: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  dd: 'http://www.omg.org/spec/DD/20100524/DI'
};

const CASE_STATES = {
  ACTIVE: ['Active', 'label-info'],
  SUSPENDED: ['Suspended', 'label-warning'],
  COMPLETED: ['Completed', 'label-success'],
  INTERNALLY_TERMINATED: ['Ended', 'label-success'],
  EXTERNALLY_TERMINATED: ['Cancelled', 'label-default']
};
const STATUSES = {
  met: ['met', 'label-success'],
  missed: ['missed', 'label-danger'],
  overdue: ['overdue', 'label-warning'],
  open: ['open', 'label-default']
};

// ---------------------------------------------------------------------------------------------------------------
// DOM, formatting and HTTP helpers

function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG, tag), attributes, children);
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** "2027-01-18" is a calendar date and is shown as it is; anything else is an instant shown in UK time. */
function formatWhen(value) {
  if (!value) {
    return '';
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    return `${date[3]}/${date[2]}/${date[1]}`;
  }
  // Java writes offsets as "+0000", which Date.parse does not accept everywhere
  const instant = new Date(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(instant.getTime())) {
    return String(value);
  }
  const part = Object.fromEntries(LONDON.formatToParts(instant).map(({ type, value: text }) => [type, text]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric'
});

/** A deadline's day in words, as in a letter: "3 November 2026" (a due time is always the end of a day). */
function formatDay(value) {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  const instant = date ? new Date(Date.UTC(date[1], date[2] - 1, date[3], 12))
    : new Date(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(instant.getTime()) ? String(value || '') : LONDON_DAY.format(instant);
}

/** A date or time that does not wrap in a table cell. */
function when(value) {
  return value ? h('span', { class: 'case-review-when' }, formatWhen(value)) : null;
}

function label([text, style], raw) {
  return h('span', { class: `label ${style}`, 'data-value': raw }, text);
}

function caseState(state) {
  return label(CASE_STATES[state] || [state || '', 'label-default'], state);
}

/** Values can be long JSON: the cell shows the start, the tooltip the whole value. */
function value(text) {
  return text === null || text === undefined
    ? h('span', { class: 'case-review-value text-muted' }, '(none)')
    : h('span', { class: 'case-review-value', title: text }, text);
}

/** An operation such as "Create" carries no values: its cell stays empty rather than "(none) → (none)". */
function change(row) {
  if ((row.oldValue === null || row.oldValue === undefined) && (row.newValue === null || row.newValue === undefined)) {
    return null;
  }
  return [value(row.oldValue), h('span', { class: 'case-review-arrow' }, ' → '), value(row.newValue)];
}

function caseLink(reference) {
  return h('a', { class: 'case-review-case-link', href: `${ROUTE}/${encodeURIComponent(reference)}` }, reference);
}

/** A read-only table; each column is [heading, row => cell content]. */
function table(className, columns, rows, rowClass = () => null) {
  if (!rows || rows.length === 0) {
    return h('p', { class: `case-review-none text-muted ${className}-none` }, 'None.');
  }
  return h('div', { class: 'case-review-table-box' },
    h('table', { class: `table table-striped table-condensed ${className}` },
      h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', {}, heading)))),
      h('tbody', {}, rows.map((row) => h('tr', { class: rowClass(row) },
        columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

function hashQuery() {
  const hash = window.location.hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The plugin's resources; the session cookie authenticates, the header satisfies Camunda's CSRF filter. */
function client(api, signal) {
  const base = `${api.cockpitApi}/plugin/case-review/${api.engine}`;
  const headers = { 'X-XSRF-TOKEN': api.CSRFToken };
  async function get(path) {
    const response = await fetch(base + path, {
      credentials: 'same-origin',
      signal,
      headers: { Accept: 'application/json', ...headers }
    });
    if (!response.ok) {
      throw new HttpError(response.status, await errorMessage(response));
    }
    return response.json();
  }
  return { base, get, headers, signal };
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.message) {
      return body.message;
    }
  } catch {
    // not JSON: fall back to the status
  }
  return `The server answered ${response.status} ${response.statusText}`.trim();
}

/** Shows "Loading…" in place, then what draw makes of the answer, or what went wrong. */
async function fill(root, place, request, draw) {
  place.replaceChildren(h('p', { class: 'case-review-loading text-muted' }, 'Loading…'));
  try {
    const content = draw(await request);
    place.replaceChildren(...[content].flat(Infinity));
  } catch (error) {
    showFailure(root, place, error);
  }
}

/** A 403 anywhere means the whole page is not for this user; other failures stay where the answer would have gone. */
function showFailure(root, place, error) {
  if (error.name === 'AbortError') {
    return;
  }
  if (!(error instanceof HttpError)) {
    console.error(error); // a fault in this page or the network, not an answer from the server
  }
  if (error.status === 403) {
    root.replaceChildren(h('div', { class: 'alert alert-warning case-review-no-access' }, NO_ACCESS));
  } else {
    place.replaceChildren(h('div', { class: 'alert alert-danger case-review-error' }, error.message));
  }
}

/** Each definition shows one view at a time; unmount stops its requests, so late answers draw nothing. */
function definition(id, pluginPoint, priority, properties, show, extra = {}) {
  let requests = null;
  return {
    id, pluginPoint, priority, properties, ...extra,
    render(container, { api }) {
      requests?.abort();
      requests = new AbortController();
      show(container, client(api, requests.signal));
    },
    unmount() {
      requests?.abort();
      requests = null;
    }
  };
}

/** Cockpit's .ctn-view is the scrolling area of a page. */
function page(container, ...content) {
  const root = h('div', { class: 'ctn-view container-fluid case-review' }, ...content);
  container.replaceChildren(root);
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// Navigation: the link in Cockpit's top bar, only for people the server lets in

function showNavigation(container, server) {
  server.get('/access').then(
    () => container.replaceChildren(h('a', { class: 'case-review-nav-link', href: ROUTE }, 'Case reviews')),
    () => container.replaceChildren());
}

// ---------------------------------------------------------------------------------------------------------------
// Search page: "Find a case" and "Timeliness report"

function showSearchPage(container, server) {
  const query = hashQuery();
  const tab = ['timeliness', 'board', 'recommendations'].includes(query.get('tab')) ? query.get('tab') : 'find';
  const body = h('div', { class: 'case-review-tab-body' });
  const root = page(container, h('h1', { class: 'case-review-title' }, 'Case reviews'), tabs(tab), body);
  if (tab === 'timeliness') {
    showTimeliness(root, body, server, query.get('year'));
  } else if (tab === 'board' || tab === 'recommendations') {
    (tab === 'board' ? showBoard : showRecommendations)(body, {
      base: `${server.base}/partnership/${tab}`, headers: server.headers, signal: server.signal, query, caseLink,
      go: (filters) => { window.location.hash = `${ROUTE}?tab=${tab}${filters.toString() ? `&${filters}` : ''}`; }
    });
  } else {
    showFinder(root, body, server, query.get('search') || '');
  }
}

function tabs(current) {
  const tab = (id, title, href) => h('li', { class: id === current ? 'active' : null },
    h('a', { class: `case-review-tab case-review-tab-${id}`, href, 'aria-current': id === current ? 'page' : null }, title));
  return h('ul', { class: 'nav nav-tabs case-review-tabs' },
    tab('find', 'Find a case', ROUTE),
    tab('timeliness', 'Timeliness report', `${ROUTE}?tab=timeliness`),
    tab('board', 'Case board', `${ROUTE}?tab=board`),
    tab('recommendations', 'Recommendations', `${ROUTE}?tab=recommendations`));
}

function showFinder(root, body, server, search) {
  const input = h('input', {
    id: 'case-review-search-input', class: 'form-control case-review-search-input', type: 'search', value: search,
    placeholder: 'e.g. CR-2027-0001 or Child Scarlet', autocomplete: 'off'
  });
  const results = h('div', { class: 'case-review-results' });
  const submit = (event) => {
    event.preventDefault();
    const text = input.value.trim();
    const target = text ? `${ROUTE}?search=${encodeURIComponent(text)}` : ROUTE;
    if (window.location.hash === target) {
      showFinder(root, body, server, text); // the same hash would not make the router render again
    } else {
      window.location.hash = target;
    }
  };
  body.replaceChildren(
    h('form', { class: 'form-inline case-review-search', role: 'search', onsubmit: submit },
      h('label', { for: 'case-review-search-input' }, 'Case reference or pseudonym'), ' ', input, ' ',
      h('button', { class: 'btn btn-primary case-review-search-button', type: 'submit' }, 'Search')),
    results);
  const request = server.get(`/cases?search=${encodeURIComponent(search)}&maxResults=${MAX_RESULTS}`);
  fill(root, results, request, (cases) => [resultsCaption(search, cases.length), table('case-review-cases', [
    ['Reference', (c) => caseLink(c.reference)], ['Pseudonym', (c) => c.pseudonym], ['What', (c) => c.processName],
    ['Started', (c) => when(c.startTime)], ['Ended', (c) => when(c.endTime)], ['State', (c) => caseState(c.state)]
  ], cases)]);
}

function resultsCaption(search, count) {
  const what = search ? `Cases matching “${search}”` : 'The most recent cases';
  const more = count >= MAX_RESULTS ? ` (the first ${MAX_RESULTS}: make the search narrower to see others)` : '';
  return h('p', { class: 'case-review-caption text-muted' }, what + more);
}

function showTimeliness(root, body, server, year) {
  const request = server.get(year ? `/timeliness?year=${encodeURIComponent(year)}` : '/timeliness');
  fill(root, body, request, (report) => [
    reportControls(report, server),
    h('h2', { class: 'case-review-subtitle' }, 'Deadlines met'),
    timelinessChart(report.measures || []),
    h('h2', { class: 'case-review-subtitle' }, 'Every deadline'),
    table('case-review-report', [
      ['Case', (row) => caseLink(row.reference)],
      ['Pseudonym', (row) => row.pseudonym],
      ['Measure', (row) => row.measureLabel],
      ['About', (row) => row.subject],
      ['Start', (row) => when(row.start)],
      ['Due', (row) => when(row.due)],
      ['Done', (row) => when(row.done)],
      ['Working days', (row) => row.workingDays],
      ['Status', (row) => label(STATUSES[row.status] || [row.status, 'label-default'], row.status)]
    ], report.rows, (row) => `case-review-status-${row.status}`)
  ]);
}

function reportControls(report, server) {
  const select = h('select', {
    id: 'case-review-year', class: 'form-control case-review-year',
    onchange: () => { window.location.hash = `${ROUTE}?tab=timeliness&year=${encodeURIComponent(select.value)}`; }
  }, (report.years || []).map((year) => h('option', { value: year, selected: year === report.year }, year)));
  const csv = `${server.base}/timeliness.csv?year=${encodeURIComponent(report.year)}`;
  return h('div', { class: 'form-inline case-review-report-controls' },
    h('label', { for: 'case-review-year' }, 'Reporting year'), ' ', select,
    h('span', { class: 'case-review-period text-muted' }, `${formatWhen(report.from)} to ${formatWhen(report.to)}`),
    h('a', { class: 'btn btn-default case-review-csv', href: csv, download: `timeliness-${report.year}.csv` },
      'Download CSV'));
}

/** One bar per measure: the share met of the deadlines already decided (met or missed), then what is pending. */
function timelinessChart(measures) {
  const width = 800;
  const barWidth = 420;
  const rowHeight = 56;
  const rows = measures.map((measure, index) => {
    const top = index * rowHeight;
    const decided = measure.met + measure.missed;
    const metWidth = decided ? (barWidth * measure.met) / decided : 0;
    const share = decided ? `met ${measure.met} of ${decided} (${Math.round((100 * measure.met) / decided)}%)`
      : 'none decided yet';
    const pending = `${measure.overdue} overdue · ${measure.open} open`;
    return svg('g', { class: 'case-review-measure', 'data-measure': measure.id },
      svg('title', {}, `${measure.label}: ${share}; ${pending}`),
      svg('text', { class: 'case-review-measure-label', x: 0, y: top + 16 }, measure.label),
      svg('rect', { class: 'case-review-bar-track', x: 0, y: top + 24, width: barWidth, height: 20, rx: 3 }),
      svg('rect', { class: 'case-review-bar-missed', x: metWidth, y: top + 24, width: decided ? barWidth - metWidth : 0,
        height: 20 }),
      svg('rect', { class: 'case-review-bar-met', x: 0, y: top + 24, width: metWidth, height: 20 }),
      svg('text', { class: 'case-review-measure-figures', x: barWidth + 14, y: top + 39 },
        svg('tspan', { class: 'case-review-measure-share' }, share),
        svg('tspan', { class: 'case-review-measure-pending', dx: 12 }, pending)));
  });
  if (rows.length === 0) {
    return h('p', { class: 'case-review-none text-muted' }, 'None.');
  }
  const height = measures.length * rowHeight;
  return svg('svg', {
    class: 'case-review-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-label': 'Share of deadlines met per measure'
  }, rows);
}

// ---------------------------------------------------------------------------------------------------------------
// Case page: every process of one case with its diagram, steps, decisions and changes

function showCasePage(container, server) {
  const reference = decodeURIComponent(window.location.hash.replace(/\?.*$/, '').slice(`${ROUTE}/`.length));
  const body = h('div', { class: 'case-review-case' });
  const root = page(container,
    h('p', { class: 'case-review-back' }, h('a', { href: ROUTE }, '← Case search')), body);
  const request = server.get(`/cases/${encodeURIComponent(reference)}`).catch((error) => {
    if (error.status === 404) {
      error.message = `There is no case with the reference “${reference}”.`;
    }
    throw error;
  });
  fill(root, body, request, (review) => [
    caseHeader(review),
    foldAll(body),
    (review.processes || []).map((process) => processSection(root, server, process, review.processes))
  ]);
}

function caseHeader(review) {
  return h('header', { class: 'case-review-case-header' },
    h('h1', { class: 'case-review-title' }, h('span', { class: 'case-review-reference' }, review.reference),
      ' ', h('small', { class: 'case-review-pseudonym' }, review.pseudonym)),
    caseSummary(review));
}

/** Where the case stands, open at the top of the page: what is open now, for whom, the next deadline, its links. */
function caseSummary(review) {
  const standing = review.standing || { stages: [], waitingFor: [] };
  const ended = Boolean(review.endTime);
  const list = (items, className) => (items && items.length
    ? h('ul', { class: `case-review-list ${className}` }, items.map((item) => h('li', {}, item))) : null);
  return fold('case-review-summary', [h('h2', { class: 'case-review-fold-title' }, 'Where the case stands')], [
    facts([
      ['State', caseState(review.state)],
      ['Now at', list(standing.stages, 'case-review-stages') || (ended ? 'Ended' : 'No step open')],
      ['Waiting for', list(standing.waitingFor, 'case-review-waiting-for')],
      ['Next deadline', deadline(standing)],
      ['Linked cases', linkedCases(review.linkedCases)],
      ['Started', when(review.startTime)],
      ['Ended', when(review.endTime) || '—']
    ], 'case-review-standing')
  ], true);
}

function deadline({ nextDeadline, overdue }) {
  if (!nextDeadline) {
    return null;
  }
  return h('span', { class: 'case-review-next-deadline' }, formatDay(nextDeadline),
    overdue ? [' ', label(['overdue', 'label-danger'], 'overdue')] : null);
}

/** Buttons that open or fold every section at once. */
function foldAll(body) {
  const every = (open) => () => body.querySelectorAll('details').forEach((details) => { details.open = open; });
  return h('div', { class: 'case-review-fold-all' },
    h('button', { type: 'button', class: 'btn btn-default btn-xs case-review-open-all', onclick: every(true) },
      'Open every section'), ' ',
    h('button', { type: 'button', class: 'btn btn-default btn-xs case-review-fold-every', onclick: every(false) },
      'Fold every section'));
}

/** A section that folds: <details>, so the keyboard and screen readers work it without any script. */
function fold(className, heading, content, open = false) {
  return h('details', { class: `case-review-fold ${className}`, open },
    h('summary', { class: 'case-review-fold-summary' }, heading), content);
}

function linkedCases(links) {
  if (!links || links.length === 0) {
    return null;
  }
  return h('ul', { class: 'case-review-linked-cases' },
    links.map((link) => h('li', {}, `${link.relation}: `, caseLink(link.reference))));
}

/** Term and value pairs; each pair is grouped so that a line never breaks between a term and its value. */
function facts(pairs, className = '') {
  return h('dl', { class: `case-review-facts ${className}` }, pairs.filter(([, content]) => content)
    .map(([term, content]) => h('div', { class: 'case-review-fact' }, h('dt', {}, term), h('dd', {}, content))));
}

/** How many processes up the case's first one is: a called process is indented under its caller. */
function depth(process, processes) {
  let level = 0;
  for (let parent = process; level < 3; level += 1) {
    const id = parent.parentProcessInstanceId;
    parent = processes.find((other) => other.processInstanceId === id);
    if (!parent) {
      break;
    }
  }
  return level;
}

/** One process of the case, folded: its name, state and dates in the fold's heading, the rest inside. */
function processSection(root, server, process, processes) {
  const parent = processes.find((other) => other.processInstanceId === process.parentProcessInstanceId);
  const diagram = h('div', { class: 'case-review-diagram' });
  fill(root, diagram, server.get(`/processes/${encodeURIComponent(process.processInstanceId)}/diagram`),
    (data) => diagramView(data, process.processName));
  const count = (rows) => ` (${(rows || []).length})`;
  const section = fold('case-review-process', [
    h('h2', { class: 'case-review-process-name case-review-fold-title' }, process.processName,
      process.label ? h('small', {}, ` ${process.label}`) : null),
    ' ', caseState(process.state),
    h('span', { class: 'case-review-fold-dates text-muted' }, process.endTime
      ? `${formatWhen(process.startTime)} to ${formatWhen(process.endTime)}` : `since ${formatWhen(process.startTime)}`)
  ], [
    facts([['Version', process.version], ['Started', when(process.startTime)],
      ['Ended', when(process.endTime) || '—'], ['Part of', parent ? parent.processName : null]]),
    diagram,
    fold('case-review-part case-review-part-timeline', h('h3', {}, 'Timeline', count(process.steps)),
      timeline(process.steps), true),
    fold('case-review-part case-review-part-decisions', h('h3', {}, 'Decisions', count(process.decisions)),
      decisions(process.decisions), true),
    fold('case-review-part case-review-part-changes',
      h('h3', {}, 'Changes to the case’s data', count(process.variableChanges)),
      variableChanges(process.variableChanges)),
    fold('case-review-part case-review-part-operations',
      h('h3', {}, 'Operations people performed', count(process.operations)), operations(process.operations))
  ]);
  section.setAttribute('data-process-instance-id', process.processInstanceId);
  section.setAttribute('data-process-key', process.processDefinitionKey);
  section.classList.add(`case-review-depth-${depth(process, processes)}`);
  return section;
}

/** Done late or in time; still open: overdue, or when it is due. */
function stepStatus(step) {
  const open = !step.endTime && !step.canceled;
  if (step.late === true) {
    return open ? label(['overdue', 'label-danger'], 'overdue') : label(['late', 'label-danger'], 'late');
  }
  if (step.late === false) {
    return open ? label([`open, due ${formatDay(step.due)}`, 'label-info'], 'open')
      : label(['on time', 'label-success'], 'on-time');
  }
  return null;
}

function timeline(steps) {
  return table('case-review-timeline', [
    ['Step', (s) => [s.name || s.activityId, s.canceled ? h('small', {}, ' (cancelled)') : null]],
    ['Started', (s) => when(s.startTime)],
    ['Ended', (s) => when(s.endTime)],
    ['Completed by', (s) => s.completedBy || (s.assignee ? `${s.assignee} (assignee)` : '')],
    ['Due', (s) => when(s.due)],
    ['In time?', stepStatus]
  ], steps, (s) => (s.canceled ? 'case-review-canceled' : null));
}

function decisions(rows) {
  return table('case-review-decisions', [
    ['Step', (d) => d.step], ['Decision', (d) => d.decision],
    ['Outcome', (d) => value(d.valueLabel ?? d.value)],
    ['Reason', (d) => d.reason], ['By', (d) => d.by], ['When', (d) => when(d.time)]
  ], rows);
}

/** A value as the server put it for people: text, or a dynamic list's entries with their fields' labels. */
function shown(content) {
  if (!content) {
    return value(null);
  }
  if (!content.entries) {
    return value(content.text);
  }
  if (content.entries.length === 0) {
    return h('span', { class: 'case-review-value text-muted' }, '(none)');
  }
  return h('ol', { class: 'case-review-entries' }, content.entries.map((entry) => h('li', {},
    h('dl', { class: 'case-review-entry' }, entry.map((field) => [h('dt', {}, field.label), h('dd', {}, field.value)])))));
}

function variableChanges(rows) {
  return table('case-review-changes', [
    ['When', (c) => when(c.time)], ['What', (c) => c.label || c.variable],
    ['Old → new', (c) => (c.oldShown ? [shown(c.oldShown), h('span', { class: 'case-review-arrow' }, ' → ')] : [])
      .concat(shown(c.newShown))],
    ['By', (c) => c.by], ['Step', (c) => c.step]
  ], rows);
}

/** Camunda's operation types and entities in words; anything newer is split into words as it is. */
const OPERATIONS = {
  Complete: 'Completed', Assign: 'Assigned', Claim: 'Claimed', SetOwner: 'Set the owner of', Delegate: 'Delegated',
  Resolve: 'Resolved', Create: 'Created', Update: 'Changed', Delete: 'Deleted', SetVariable: 'Set a variable of',
  ModifyVariable: 'Changed the variables of', RemoveVariable: 'Removed a variable of', Suspend: 'Suspended',
  Activate: 'Activated', SetJobRetries: 'Set the retries of', SetDueDate: 'Changed the due date of',
  AddIdentityLink: 'Added who may take', DeleteIdentityLink: 'Removed who may take', Migrate: 'Migrated',
  ModifyProcessInstance: 'Moved', RestartProcessInstance: 'Restarted', CreateIncident: 'Raised an incident on'
};
const ENTITIES = {
  Task: 'a task', ProcessInstance: 'the process', Variable: 'a variable', Job: 'a job', IdentityLink: 'a task',
  Attachment: 'an attachment', Incident: 'an incident', ProcessDefinition: 'the process definition'
};

/** "nrOfInstances" → "nr of instances": a camelCase code as words, for the rare one with no label. */
function words(code) {
  return String(code || '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function operationText(o) {
  const done = OPERATIONS[o.operation] || words(o.operation);
  const what = ENTITIES[o.entity] || words(o.entity);
  return `${done.charAt(0).toUpperCase()}${done.slice(1)} ${what}`;
}

/** Completing a task logs "delete: true" (the task is gone): nothing a person would call a change. */
function operationChange(o) {
  return o.operation === 'Complete' && o.property === 'delete' ? null : change(o);
}

/** Camunda's user operation log: completions and claims in Tasklist, edits and cancellations in Cockpit or REST. */
function operations(rows) {
  return table('case-review-operations', [
    ['When', (o) => when(o.time)], ['User', (o) => o.user], ['Operation', operationText],
    ['Property', (o) => (o.operation === 'Complete' && o.property === 'delete' ? null : words(o.property))],
    ['Old → new', operationChange], ['Annotation', (o) => o.annotation]
  ], rows);
}

// ---------------------------------------------------------------------------------------------------------------
// Diagram: the BPMN drawn from its diagram interchange, with the path the case took highlighted

let diagramCount = 0; // arrow markers need ids that are unique on a page that shows several diagrams
let textMeasure = null;

function diagramView({ xml, activities, flows }, processName) {
  const drawing = drawDiagram(xml, activities || {}, new Set(flows || []), processName);
  const box = h('div', { class: 'case-review-diagram-box' }, drawing);
  const button = h('button', {
    type: 'button', class: 'btn btn-default btn-xs case-review-diagram-size',
    onclick: () => {
      const full = box.classList.toggle('case-review-diagram-full');
      button.textContent = full ? 'Fit to width' : 'Full size';
    }
  }, 'Full size');
  drawing.addEventListener('click', () => button.click());
  const key = (style, text) => h('span', { class: `case-review-key case-review-key-${style}` }, text);
  return [h('div', { class: 'case-review-diagram-bar' }, button, ' ',
    key('passed', 'done'), key('active', 'in progress now'), key('taken', 'path taken'), key('idle', 'not reached')),
  box];
}

function drawDiagram(xml, activities, takenFlows, processName) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const plane = doc.getElementsByTagNameNS(BPMN.di, 'BPMNPlane')[0];
  if (doc.getElementsByTagName('parsererror').length || !plane) {
    throw new Error('The diagram of this process could not be read.');
  }
  const elements = new Map([...doc.getElementsByTagNameNS(BPMN.model, '*')]
    .filter((element) => element.hasAttribute('id')).map((element) => [element.getAttribute('id'), element]));
  // later layers paint over earlier ones: sub-processes under their content, boundary events over their task
  const layers = { containers: svg('g'), flows: svg('g'), shapes: svg('g'), attached: svg('g'), labels: svg('g') };
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const markers = `case-review-arrow-${++diagramCount}`;

  for (const shape of plane.getElementsByTagNameNS(BPMN.di, 'BPMNShape')) {
    const element = elements.get(shape.getAttribute('bpmnElement'));
    const box = bounds(shape);
    if (!element || !box) {
      continue;
    }
    const labelBox = bounds(child(shape, BPMN.di, 'BPMNLabel'));
    [box, labelBox].forEach((b) => include(extent, b));
    const kind = kindOf(element.localName);
    const layer = kind === 'subProcess' ? layers.containers
      : element.localName === 'boundaryEvent' ? layers.attached : layers.shapes;
    layer.append(drawShape(element, kind, box, activities[element.getAttribute('id')]));
    if (kind === 'event' || kind === 'gateway') {
      layers.labels.append(outsideLabel(element, box, labelBox));
    }
  }
  for (const edge of plane.getElementsByTagNameNS(BPMN.di, 'BPMNEdge')) {
    const element = elements.get(edge.getAttribute('bpmnElement'));
    const points = [...edge.getElementsByTagNameNS(BPMN.dd, 'waypoint')]
      .map((point) => ({ x: Number(point.getAttribute('x')), y: Number(point.getAttribute('y')) }));
    if (!element || points.length < 2) {
      continue;
    }
    const labelBox = bounds(child(edge, BPMN.di, 'BPMNLabel'));
    points.forEach((point) => include(extent, { ...point, width: 0, height: 0 }));
    include(extent, labelBox);
    layers.flows.append(drawFlow(element, points, takenFlows.has(element.getAttribute('id')), markers));
    if (labelBox && element.getAttribute('name')) {
      layers.labels.append(outsideLabel(element, null, labelBox));
    }
  }

  const margin = 20;
  const width = Math.ceil(extent.maxX - extent.minX + 2 * margin);
  const height = Math.ceil(extent.maxY - extent.minY + 2 * margin);
  return svg('svg', {
    class: 'case-review-diagram-svg', viewBox: `${extent.minX - margin} ${extent.minY - margin} ${width} ${height}`,
    width, height, role: 'img', 'aria-label': `Diagram of ${processName} with the path taken highlighted`
  }, arrowMarkers(markers), Object.values(layers));
}

function child(node, namespace, name) {
  return [...node.children].find((element) => element.namespaceURI === namespace && element.localName === name);
}

/** The dc:Bounds directly inside a shape or label (a shape's own, not its label's). */
function bounds(node) {
  const box = node && child(node, BPMN.dc, 'Bounds');
  return box && Object.fromEntries(['x', 'y', 'width', 'height'].map((name) => [name, Number(box.getAttribute(name))]));
}

function include(extent, box) {
  if (box) {
    extent.minX = Math.min(extent.minX, box.x);
    extent.minY = Math.min(extent.minY, box.y);
    extent.maxX = Math.max(extent.maxX, box.x + box.width);
    extent.maxY = Math.max(extent.maxY, box.y + box.height);
  }
}

const KINDS = [[/task$|^callActivity$/i, 'task'], [/^(subProcess|transaction)$/, 'subProcess'], [/Event$/, 'event'],
  [/Gateway$/, 'gateway']];

/** How an element is drawn, from its BPMN type (userTask, boundaryEvent, ...); anything else is a plain box. */
function kindOf(type) {
  return (KINDS.find(([pattern]) => pattern.test(type)) || [null, 'other'])[1];
}

function drawShape(element, kind, box, counts = { passed: 0, active: 0 }) {
  const classes = ['case-review-shape', `case-review-${kind}`, `case-review-type-${element.localName}`,
    counts.passed > 0 ? 'case-review-passed' : null, counts.active > 0 ? 'case-review-active' : null];
  const drawn = { task: drawTask, subProcess: drawSubProcess, event: drawEvent, gateway: drawGateway }[kind];
  return svg('g', {
    class: classes.filter(Boolean).join(' '), 'data-element-id': element.getAttribute('id'),
    'data-passed': counts.passed, 'data-active': counts.active
  },
  svg('title', {}, describe(element, counts)),
  drawn ? drawn(element, box) : svg('rect', { class: 'case-review-body', ...box }),
  kind === 'task' && counts.passed > 1 ? countBadge(box, counts.passed) : null);
}

function describe(element, { passed, active }) {
  const name = element.getAttribute('name') || element.localName;
  const done = passed === 1 ? 'done once' : passed > 1 ? `done ${passed} times` : null;
  const now = active ? 'in progress now' : null;
  return `${name}: ${[done, now].filter(Boolean).join(', ') || 'not reached'}`;
}

/** Steps that ran more than once (e.g. a rapid review sent back) show how often. */
function countBadge(box, passed) {
  const x = box.x + box.width - 4;
  const y = box.y + 4;
  return svg('g', { class: 'case-review-count' }, svg('circle', { cx: x, cy: y, r: 10 }),
    svg('text', { x, y: y + 4, 'text-anchor': 'middle' }, `${passed}×`));
}

function drawTask(element, box) {
  const lines = wrap(element.getAttribute('name'), box.width - 16, 12);
  return [
    svg('rect', { class: 'case-review-body', x: box.x, y: box.y, width: box.width, height: box.height, rx: 10 }),
    taskIcon(element.localName, box.x + 6, box.y + 6),
    textLines(lines, box.x + box.width / 2, box.y + box.height / 2 - (lines.length * 14) / 2, 14, 'middle'),
    bottomMarkers(element, box)
  ];
}

/** Small type symbols in the corner, as in Camunda Modeler: a person, a cog, a rule table. */
function taskIcon(type, x, y) {
  if (type === 'userTask') {
    return svg('g', { class: 'case-review-icon' }, svg('circle', { cx: x + 7, cy: y + 4, r: 3.5 }),
      svg('path', { d: `M ${x} ${y + 15} q 0 -7 7 -7 q 7 0 7 7 z` }));
  }
  if (type === 'serviceTask') {
    return svg('g', { class: 'case-review-icon case-review-icon-cog' },
      svg('circle', { cx: x + 7, cy: y + 7, r: 5.5 }), svg('circle', { cx: x + 7, cy: y + 7, r: 2 }));
  }
  if (type === 'businessRuleTask') {
    return svg('g', { class: 'case-review-icon case-review-icon-table' },
      svg('rect', { x, y: y + 1, width: 16, height: 12 }), svg('path', { d: `M ${x} ${y + 5} h 16 M ${x + 5} ${y + 5} v 8` }));
  }
  return null;
}

/**
 * Markers centred at the bottom of a task, side by side: three bars for multi-instance (upright for parallel
 * instances, lying down for one after another), a boxed "+" for a call activity (its steps are in another process).
 */
function bottomMarkers(element, box) {
  const loop = child(element, BPMN.model, 'multiInstanceLoopCharacteristics');
  const sequential = loop && loop.getAttribute('isSequential') === 'true';
  const bars = (x, y) => [0, 1, 2].map((i) => (sequential
    ? svg('rect', { x, y: y + 1 + i * 5, width: 12, height: 2 })
    : svg('rect', { x: x + 1 + i * 5, y, width: 2, height: 12 })));
  const plus = (x, y) => [svg('rect', { class: 'case-review-marker-box', x, y, width: 12, height: 12 }),
    svg('path', { class: 'case-review-marker-plus', d: `M ${x + 6} ${y + 3} v 6 M ${x + 3} ${y + 6} h 6` })];
  const draw = [loop ? bars : null, element.localName === 'callActivity' ? plus : null].filter(Boolean);
  const left = box.x + box.width / 2 - (draw.length * 18 - 6) / 2;
  return svg('g', { class: 'case-review-marker' }, draw.map((marker, i) => marker(left + i * 18, box.y + box.height - 17)));
}

function drawSubProcess(element, box) {
  const eventSubProcess = element.getAttribute('triggeredByEvent') === 'true';
  return [
    svg('rect', {
      class: `case-review-body${eventSubProcess ? ' case-review-dashed' : ''}`,
      x: box.x, y: box.y, width: box.width, height: box.height, rx: 10
    }),
    textLines(wrap(element.getAttribute('name'), box.width - 20, 12), box.x + 10, box.y + 6, 14, 'start')
  ];
}

function drawEvent(element, box) {
  const type = element.localName;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const r = box.width / 2;
  const nonInterrupting = element.getAttribute('cancelActivity') === 'false'
    || element.getAttribute('isInterrupting') === 'false';
  const style = type === 'startEvent' ? 'start' : type === 'endEvent' ? 'end' : 'intermediate';
  const dashed = nonInterrupting ? ' case-review-dashed' : '';
  const has = (definition) => child(element, BPMN.model, definition);
  return [
    svg('circle', { class: `case-review-body case-review-event-${style}${dashed}`, cx: x, cy: y, r }),
    style === 'intermediate' ? svg('circle', { class: `case-review-inner${dashed}`, cx: x, cy: y, r: r - 3 }) : null,
    has('timerEventDefinition') ? clock(x, y, r * 0.6) : null,
    has('terminateEventDefinition') ? svg('circle', { class: 'case-review-fill', cx: x, cy: y, r: r * 0.55 }) : null
  ];
}

function clock(x, y, r) {
  return svg('g', { class: 'case-review-clock' }, svg('circle', { cx: x, cy: y, r }),
    svg('path', { d: `M ${x} ${y - r * 0.75} L ${x} ${y} L ${x + r * 0.55} ${y + r * 0.3}` }));
}

function drawGateway(element, box) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const s = box.width / 5;
  const symbol = {
    exclusiveGateway: `M ${x - s} ${y - s} L ${x + s} ${y + s} M ${x + s} ${y - s} L ${x - s} ${y + s}`,
    parallelGateway: `M ${x} ${y - s * 1.3} V ${y + s * 1.3} M ${x - s * 1.3} ${y} H ${x + s * 1.3}`
  }[element.localName];
  return [
    svg('polygon', {
      class: 'case-review-body',
      points: `${x},${box.y} ${box.x + box.width},${y} ${x},${box.y + box.height} ${box.x},${y}`
    }),
    symbol ? svg('path', { class: 'case-review-symbol', d: symbol }) : null,
    element.localName === 'inclusiveGateway' ? svg('circle', { class: 'case-review-symbol', cx: x, cy: y, r: s * 1.2 }) : null
  ];
}

function drawFlow(element, points, taken, markers) {
  const association = element.localName === 'association';
  return svg('g', {
    class: `case-review-flow${taken ? ' case-review-taken' : ''}`, 'data-element-id': element.getAttribute('id')
  },
  svg('polyline', {
    class: association ? 'case-review-dashed' : null,
    points: points.map(({ x, y }) => `${x},${y}`).join(' '),
    'marker-end': association ? null : `url(#${markers}${taken ? '-taken' : ''})`
  }));
}

function arrowMarkers(id) {
  const marker = (markerId, size, style) => svg('marker', {
    id: markerId, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: size, markerHeight: size,
    markerUnits: 'userSpaceOnUse', orient: 'auto'
  }, svg('path', { class: style, d: 'M 0 0 L 10 5 L 0 10 z' }));
  return svg('defs', {}, marker(id, 10, 'case-review-arrowhead'),
    marker(`${id}-taken`, 13, 'case-review-arrowhead case-review-arrowhead-taken'));
}

/** Names of events, gateways and flows sit outside the shape: in the label bounds, or under the shape. */
function outsideLabel(element, box, labelBox) {
  const place = labelBox || { x: box.x - 30, y: box.y + box.height + 4, width: box.width + 60 };
  const lines = wrap(element.getAttribute('name'), Math.max(place.width + 4, 40), 11);
  return textLines(lines, place.x + place.width / 2, place.y, 13, 'middle', 'case-review-label');
}

function textLines(lines, x, top, lineHeight, anchor, className = 'case-review-text') {
  if (lines.length === 0) {
    return null;
  }
  return svg('text', { class: className, 'text-anchor': anchor },
    lines.map((line, i) => svg('tspan', { x, y: top + (i + 1) * lineHeight - 3 }, line)));
}

/** Breaks a name into lines that fit a width, measured with the font the stylesheet gives diagram text. */
function wrap(text, width, fontSize) {
  textMeasure ??= document.createElement('canvas').getContext('2d');
  textMeasure.font = `${fontSize}px Arial, Helvetica, sans-serif`;
  const lines = [];
  for (const word of (text || '').split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textMeasure.measureText(`${last} ${word}`).width <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

export default [
  definition('case-review-navigation', 'cockpit.navigation', 5, { label: 'Case reviews' }, showNavigation, {
    label: 'Case reviews',
    // the header calls this with the whole URL; the hash is everything after the first '#'
    checkActive: (url) => /^[^#]*#\/case-reviews(?:[/?]|$)/.test(url)
  }),
  definition('case-review-search', 'cockpit.route', 0, { path: '/case-reviews', label: 'Case reviews' },
    showSearchPage),
  definition('case-review-case', 'cockpit.route', 0, { path: '/case-reviews/:reference', label: 'Case review' },
    showCasePage)
];
