/*
 * What the partnership's views (the case board, the recommendations tracker) share, in Tasklist and Cockpit:
 * their styles, the request, the filters' selects and how a refusal is shown.
 */

import { h } from './dom.js';

export function styles() {
  if (!document.querySelector('link.case-review-partnership-styles')) {
    document.head.appendChild(h('link', {
      class: 'case-review-partnership-styles', rel: 'stylesheet', href: new URL('./partnership.css', import.meta.url)
    }));
  }
}

/** Only the filters the view knows, non-empty: what goes into the request, the address and the downloads. */
export function filterQuery(query, names) {
  const kept = new URLSearchParams();
  names.forEach((name) => query.get(name) && kept.set(name, query.get(name)));
  return kept;
}

export async function load(base, headers, query, signal) {
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

/** A labelled select of [value, text] options with "All" first; prefix keeps two views' ids apart. */
export function select(prefix, name, label, options, value) {
  const id = `${prefix}-${name}`;
  return h('div', { class: 'form-group' },
    h('label', { for: id }, label), ' ',
    h('select', { id, name, class: `form-control input-sm ${prefix}-${name}` },
      h('option', { value: '' }, 'All'),
      options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text))));
}

/** The form of selects; a change sends every chosen value to go(). */
export function filterForm(className, go, ...fields) {
  const form = h('form', { class: `form-inline case-review-filters ${className}`, onsubmit: (e) => e.preventDefault() });
  form.addEventListener('change', () => {
    const next = new URLSearchParams();
    form.querySelectorAll('select').forEach((field) => field.value && next.set(field.name, field.value));
    go(next);
  });
  form.append(...fields);
  return form;
}

/** Loads the view into place and draws it, or says why not (a 403 as a warning: it is not for this person). */
export async function show(place, { base, headers = {}, query, signal }, draw) {
  styles();
  place.replaceChildren(h('p', { class: 'case-review-quiet case-review-loading' }, 'Loading…'));
  try {
    place.replaceChildren(draw(await load(base, headers, query, signal)));
  } catch (failure) {
    if (failure.name === 'AbortError') {
      return;
    }
    place.replaceChildren(h('div', { class: `alert ${failure.status === 403 ? 'alert-warning' : 'alert-danger'}`
      + ' case-review-view-error' }, failure.message));
  }
}
