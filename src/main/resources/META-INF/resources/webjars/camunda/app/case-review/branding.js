// The partnership's name on every webapp (Tasklist, Cockpit, Admin, Welcome and their login pages), in place
// of Camunda's, and plain words for someone who opens an application their groups may not use. Each app's
// scripts/config.js imports this and awaits brand(...) before the app starts. The name comes from the
// server (casereview.partnership-name) and goes into the page as text only, never as markup.
// (Someone signed in who opens an application they may not use gets the server's RefusedAppPage.)

const BRANDING_URL = new URL('../../../case-review/branding.json', import.meta.url);

const STYLE = `
  .navbar-brand .brand-logo, .login-header .login-logo { display: none; }
  .login-header .case-review-partnership { font-size: 1.3em; font-weight: 600; margin-bottom: 0.3em; }
`;

async function settings() {
  try {
    const answer = await fetch(BRANDING_URL, {credentials: 'same-origin', cache: 'no-store'});
    if (answer.ok) {
      return await answer.json();
    }
  } catch (unreachable) {
    // the app still starts, with Camunda's own names
  }
  return {partnershipName: '', directorySignIn: false};
}

// Signed in through the partnership's provider: "Sign out" ends the session at the provider too (the server's
// /logout), and the password form Camunda shows after a sign-out or an expired session is never the way in, so
// the page reloads and the server sends the person to the provider.
function directorySignIn() {
  const item = document.querySelector('li.account li.logout');
  const old = item && item.querySelector('a');
  if (old && !old.dataset.caseReviewSignOut) {
    const replacement = old.cloneNode(true); // a clone carries none of Camunda's click handlers
    replacement.dataset.caseReviewSignOut = 'true';
    replacement.href = new URL('/logout', window.location.href).href;
    old.replaceWith(replacement);
  }
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.rel = 'noopener';
  return a;
}

// Camunda's footer says "Powered by Camunda Platform"; ours says what this is and keeps the licence
// notices one click away (Camunda's own third-party notices ship beside each app's bootstrap script).
function footer(cell, app) {
  cell.replaceChildren(
    document.createTextNode('Case review engine — built on '),
    link('https://camunda.org', 'Camunda 7'),
    document.createTextNode(' ('),
    link('https://www.apache.org/licenses/LICENSE-2.0', 'Apache License 2.0'),
    document.createTextNode('; '),
    link(`../../${app}/camunda-${app}-bootstrap.js.LICENSE.txt`, 'third-party notices'),
    document.createTextNode(')'));
  cell.classList.add('case-review-footer');
  // one line, as Camunda's own was: the footer lies over the page's bottom edge, where Tasklist's Complete
  // button can be, and only its links take clicks
  Object.assign(cell.style, {whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis',
    pointerEvents: 'none'});
  cell.querySelectorAll('a').forEach(a => (a.style.pointerEvents = 'auto'));
}

const APP_AT_END = / in (Tasklist|Cockpit|Admin)\.$/;

// A refused login (AppRefusals on the server) ends with the application the person may use: make it a link there.
function linkToApp(element) {
  const text = element.textContent.trim();
  const match = APP_AT_END.exec(text);
  if (!match || element.querySelector('a')) {
    return;
  }
  const href = window.location.pathname.replace(/\/app\/[^/]+\//, `/app/${match[1].toLowerCase()}/`);
  element.replaceChildren(document.createTextNode(text.slice(0, match.index) + ' in '),
    link(href, match[1]), document.createTextNode('.'));
}

function decorate(app, name, directory) {
  if (directory) {
    directorySignIn();
  }
  const cell = document.querySelector('[cam-widget-footer] .row > div:last-child');
  if (cell && !cell.classList.contains('case-review-footer')) {
    footer(cell, app);
  }
  if (document.querySelector('form[name="signinForm"]')) {
    document.querySelectorAll('.notifications .message').forEach(linkToApp);
  }
  const loginHeader = document.querySelector('.login-header');
  if (loginHeader && !loginHeader.querySelector('.case-review-partnership')) {
    const title = document.createElement('div');
    title.className = 'case-review-partnership';
    title.textContent = name;
    loginHeader.prepend(title);
  }
}

/**
 * The `app` setting of Camunda's config.js for `label` ("Tasklist", ...): the header and the page title read
 * "<partnership> — <label>". Also watches the page to put the name on the login page and our footer in.
 */
export async function brand(app, label) {
  const {partnershipName, directorySignIn: directory} = await settings();
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  if (directory && window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
  new MutationObserver(() => decorate(app, partnershipName, directory))
    .observe(document.documentElement, {childList: true, subtree: true});
  return partnershipName ? {vendor: partnershipName + ' —', name: label} : {name: label};
}
