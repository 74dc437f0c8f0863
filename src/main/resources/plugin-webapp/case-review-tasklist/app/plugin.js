/*
 * "My referrals" in Tasklist's top bar: the signed-in person's own referrals, each with its reference, the
 * child's pseudonym, the day it arrived and where it stands in words. A referrer has no task on the case once
 * it is referred, so without this they could not see what became of it. Read only; everything is shown as
 * text, never as markup.
 *
 * "Recommendations" beside it: the partnership's recommendations tracker (recommendations.js, shared with
 * Cockpit), for the review group, the partners and agencies' leads (their own agency's); the link shows only
 * for people the server lets in.
 *
 * Tasklist imports this file as an ES module and registers each definition of the default export; the data
 * comes from this application's JAX-RS resource under `${api.tasklistApi}/plugin/case-review-tasklist/`.
 */

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

function trackerBase(api) {
  return `${api.tasklistApi}/plugin/case-review-tasklist/${api.engine}/recommendations`;
}

function openTracker(api) {
  let panel = document.querySelector('.case-review-tracker-panel');
  if (panel) {
    panel.remove();
    return;
  }
  panel = element('div', 'case-review-tracker-panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Recommendations');
  const close = element('button', 'btn btn-default btn-sm case-review-tracker-close', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => panel.remove());
  const body = element('div');
  panel.append(close, element('h4', null, 'Recommendations of every review'), body);
  document.body.appendChild(panel);
  const show = query => showRecommendations(body, {
    base: trackerBase(api), headers: { 'X-XSRF-TOKEN': api.CSRFToken }, query, go: show
  });
  show(new URLSearchParams());
}

export default [
  {
    id: 'case-review-my-referrals',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: (node, { api }) => {
      const link = element('a', 'case-review-my-referrals');
      link.href = '';
      link.appendChild(element('span', 'glyphicon glyphicon-inbox'));
      link.appendChild(document.createTextNode(' My referrals'));
      link.addEventListener('click', event => {
        event.preventDefault();
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
      });
      node.appendChild(link);
    }
  },
  {
    id: 'case-review-recommendations',
    pluginPoint: 'tasklist.navbar.action',
    priority: 20,
    render: (node, { api }) => {
      fetch(`${trackerBase(api)}/access`, {
        credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
      }).then(response => {
        if (!response.ok) {
          return;
        }
        const link = element('a', 'case-review-recommendations');
        link.href = '';
        link.appendChild(element('span', 'glyphicon glyphicon-list-alt'));
        link.appendChild(document.createTextNode(' Recommendations'));
        link.addEventListener('click', event => {
          event.preventDefault();
          openTracker(api);
        });
        node.appendChild(link);
      }, () => {});
    }
  }
];
