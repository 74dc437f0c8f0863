/*
 * "My referrals" in Tasklist's top bar: the signed-in person's own referrals, each with its reference, the
 * child's pseudonym, the day it arrived and where it stands in words. A referrer has no task on the case once
 * it is referred, so without this they could not see what became of it. Read only; everything is shown as
 * text, never as markup.
 *
 * "Case board" and "Recommendations" beside it: the partnership's views (board.js, recommendations.js, shared
 * with Cockpit), the board for the review group and partners, the tracker for them and agencies' leads (their
 * own agency's); each link shows only for people the server lets in.
 *
 * Tasklist imports this file as an ES module and registers each definition of the default export; the data
 * comes from this application's JAX-RS resource under `${api.tasklistApi}/plugin/case-review-tasklist/`.
 */

import { showBoard } from './board.js';
import { showRecommendations } from './recommendations.js';

const COLUMNS = [
  ['caseReference', 'Reference'],
  ['childPseudonym', 'Child (pseudonym)'],
  ['submittedOn', 'Referred on'],
  ['state', 'Where it stands']
];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function ukDate(isoDay) {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day))
    .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

async function load(api) {
  const response = await fetch(`${api.tasklistApi}/plugin/case-review-tasklist/${api.engine}/my-referrals`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    throw new Error(`Your referrals could not be loaded (${response.status}).`);
  }
  return response.json();
}

function table(referrals) {
  const result = element('table', 'table table-condensed');
  const head = result.createTHead().insertRow();
  COLUMNS.forEach(([, label]) => head.appendChild(element('th', null, label)));
  const body = result.createTBody();
  referrals.forEach(referral => {
    const row = body.insertRow();
    COLUMNS.forEach(([key]) => {
      row.insertCell().textContent = key === 'submittedOn' ? ukDate(referral[key]) : referral[key];
    });
  });
  return result;
}

async function fill(panel, api) {
  panel.replaceChildren(element('h4', null, 'My referrals'), element('p', 'text-muted', 'Loading…'));
  try {
    const referrals = await load(api);
    panel.lastChild.replaceWith(referrals.length
      ? table(referrals)
      : element('p', null, 'You have not made any referrals.'));
  } catch (failure) {
    panel.lastChild.replaceWith(element('p', 'text-danger', failure.message));
  }
  const close = element('button', 'btn btn-default btn-sm', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => panel.remove());
  panel.appendChild(close);
}

function partnership(api) {
  return `${api.tasklistApi}/plugin/case-review-tasklist/${api.engine}/partnership`;
}

/** A case's reference, linked to its history in Cockpit for the people who may read it there. */
function caseLinkFor(access) {
  return reference => {
    if (!access.caseHistory) {
      return reference;
    }
    const link = element('a', 'case-review-case-link', reference);
    link.href = `../../cockpit/default/#/case-reviews/${encodeURIComponent(reference)}`;
    return link;
  };
}

/** A view over the task list, opened and closed from its link in the top bar. */
function togglePanel(title, view, api, access) {
  const open = document.querySelector('.case-review-partnership-panel');
  const same = open && open.getAttribute('aria-label') === title;
  open?.remove();
  if (same) {
    return;
  }
  const panel = element('div', 'case-review-partnership-panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  const close = element('button', 'btn btn-default btn-sm case-review-panel-close', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => panel.remove());
  const body = element('div');
  panel.append(close, element('h4', null, title), body);
  document.body.appendChild(panel);
  // a change of filter cancels the answer still on its way, so a slower older one never draws over it
  let requests = null;
  const show = query => {
    requests?.abort();
    requests = new AbortController();
    return view(body, {
      base: `${partnership(api)}/${view === showBoard ? 'board' : 'recommendations'}`,
      headers: { 'X-XSRF-TOKEN': api.CSRFToken }, query, go: show, caseLink: caseLinkFor(access),
      signal: requests.signal
    });
  };
  show(new URLSearchParams());
}

function navLink(className, icon, text, onClick) {
  const link = element('a', className);
  link.href = '';
  link.appendChild(element('span', `glyphicon ${icon}`));
  link.appendChild(document.createTextNode(` ${text}`));
  link.addEventListener('click', event => {
    event.preventDefault();
    onClick();
  });
  return link;
}

let accessAnswer = null;

/**
 * What the person may open: null when neither view is for them. Both links ask at once when the top bar is
 * drawn, so one answer serves both; it is forgotten soon after, as the next sign-in may be someone else's.
 */
function access(api) {
  if (!accessAnswer) {
    accessAnswer = fetch(`${partnership(api)}/access`, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    }).then(response => (response.ok ? response.json() : null), () => null);
    setTimeout(() => { accessAnswer = null; }, 5000);
  }
  return accessAnswer;
}

/** A link in the top bar (a plugin point item of its own), shown only when the server lets the person in. */
function partnershipLink(id, priority, icon, text, allowed, open) {
  return {
    id,
    pluginPoint: 'tasklist.navbar.action',
    priority,
    render: (node, { api }) => {
      access(api).then(answer => {
        if (answer && allowed(answer)) {
          node.appendChild(navLink(id, icon, text, () => open(api, answer)));
        }
      });
    }
  };
}

export default [
  {
    id: 'case-review-my-referrals',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: (node, { api }) => {
      node.appendChild(navLink('case-review-my-referrals', 'glyphicon-inbox', 'My referrals', () => {
        let panel = document.querySelector('.case-review-referrals');
        if (panel) {
          panel.remove();
          return;
        }
        panel = element('div', 'case-review-referrals');
        panel.setAttribute('role', 'dialog');
        panel.setAttribute('aria-label', 'My referrals');
        document.body.appendChild(panel);
        fill(panel, api);
      }));
    }
  },
  partnershipLink('case-review-board', 30, 'glyphicon-th-list', 'Case board', access => access.board,
    (api, answer) => togglePanel('Case board', showBoard, api, answer)),
  partnershipLink('case-review-recommendations', 20, 'glyphicon-list-alt', 'Recommendations', () => true,
    (api, answer) => togglePanel('Recommendations of every review', showRecommendations, api, answer))
];
