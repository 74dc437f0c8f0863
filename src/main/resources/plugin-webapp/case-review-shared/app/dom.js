/*
 * Building the page without markup, for every view of our plugins in Tasklist and Cockpit. Served by both
 * plugins as app/dom.js (SharedPluginAssets).
 */

/** Builds an element. Children that are strings become text nodes, so no server data is ever parsed as HTML. */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

export function build(element, attributes = {}, children = []) {
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child))));
  return element;
}

/** "2038-06-01" as people in England write it: 01/06/2038. */
export function ukDay(isoDay) {
  if (!isoDay) {
    return '';
  }
  const [year, month, day] = String(isoDay).split('-');
  return `${day}/${month}/${year}`;
}
