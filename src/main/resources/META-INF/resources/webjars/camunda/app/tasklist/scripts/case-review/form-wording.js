// Puts form-js's own English into words a committee member understands, and adds what its fields lack.
//
// form-js 1.8.7 writes "Field must match pattern ^https://[^\s<>"'`\\]+$." and "Field must have maximum length
// of 1000." and offers no way to change that text from a form. Its messages are rewritten here in place
// (the text node's data, so that form-js's renderer still owns the node and updates it when the problem
// changes); a pattern's message comes from the field's custom property "patternMessage", which the server
// uses too. Text fields with a limit show how many characters are used, and dynamic lists say what they add
// ("Add another recommendation") and number their entries; a link in a table can be opened. Inputs say what
// they take, so that a phone or tablet offers the right keyboard and nobody's link or email is "corrected":
// form-js draws every text field as plain text.
import {onEveryForm} from './form-decorator.js';
import {components, schemaOf} from './form-schema.js';
import {number, patternMessages, wordingOf} from './form-words.js';

const limits = new Map();
const kinds = new Map();

/** What a text field takes, from its validation: an email address, a link, or a code such as a version. */
function kindOf(validate) {
  if (validate.validationType === 'email') {
    return {inputmode: 'email', spellcheck: 'false', autocapitalize: 'off'};
  }
  if (validate.pattern && validate.pattern.startsWith('^https://')) {
    return {inputmode: 'url', spellcheck: 'false', autocapitalize: 'off'};
  }
  if (validate.pattern && validate.pattern.startsWith('^[A-Za-z0-9]')) {
    return {spellcheck: 'false', autocapitalize: 'off'};
  }
  return null;
}

onEveryForm('form wording', scope => {
  // Tasklist learns the form's address only after the form directive is set up
  scope.$watch('asynchronousFormKey.key', key => key && schemaOf(scope).then(schema => {
    components(schema).forEach(({component}) => {
      const validate = component.validate || {};
      const message = component.properties && component.properties.patternMessage;
      if (validate.pattern && message) {
        patternMessages.set(validate.pattern, message);
      }
      if (validate.maxLength && component.id) {
        limits.set(component.id, validate.maxLength);
      }
      if (kindOf(validate) && component.id) {
        kinds.set(component.id, kindOf(validate));
      }
    });
    tidy(document);
  }));
});

/** The component id in an input's id ("…-Field_Summary", or "…-Field_Summary_2" in a list). */
function componentOf(input) {
  const match = /^fjs-form-[^-]+-(.+?)(_\d+)*$/.exec(input.id || '');
  return match ? match[1] : undefined;
}

const limitOf = input => limits.get(componentOf(input));

function describeInput(input) {
  Object.entries(kinds.get(componentOf(input)) || {}).forEach(([name, value]) => {
    if (input.getAttribute(name) !== value) {
      input.setAttribute(name, value);
    }
  });
}

function reword(item) {
  const text = item.firstChild;
  const field = item.closest('.fjs-form-field');
  if (!text || text.nodeType !== Node.TEXT_NODE || !field) {
    return;
  }
  const plain = wordingOf(text.data, field);
  if (plain && plain !== text.data) {
    text.data = plain;
  }
}

/** "123 of 1,000 characters" under a text field with a limit, kept up to date as the person types. */
function countCharacters(input) {
  const limit = limitOf(input);
  const field = input.closest('.fjs-form-field');
  if (!limit || !field || field.querySelector('.case-review-count')) {
    return;
  }
  const count = document.createElement('div');
  count.className = 'case-review-count';
  count.id = input.id + '-count';
  const show = () => {
    count.textContent = `${number(input.value.length)} of ${number(limit)} characters`;
    count.classList.toggle('case-review-count-over', input.value.length > limit);
  };
  show();
  input.addEventListener('input', show);
  field.appendChild(count);
  input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + count.id).trim());
}

/** "Add another recommendation" instead of "Add new", and "Recommendation 2" above the second entry. */
function nameListParts(list) {
  const label = list.querySelector(':scope > .fjs-form-field-label');
  const item = label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
  if (!item) {
    return;
  }
  const add = list.querySelector(':scope .fjs-repeat-render-add');
  if (add) {
    const text = Array.from(add.childNodes).find(node => node.nodeType === Node.TEXT_NODE && /Add new/.test(node.data));
    if (text) {
      text.data = text.data.replace('Add new', 'Add another ' + item.toLowerCase());
    }
  }
  list.querySelectorAll(':scope .fjs-repeat-row-container, :scope .fjs-repeat-row-rows').forEach(row => {
    if (row.classList.contains('fjs-repeat-row-rows') && row.closest('.fjs-repeat-row-container')) {
      return;
    }
    const position = Array.from(row.parentNode.children).filter(sibling => sibling.className === row.className)
      .indexOf(row) + 1;
    row.setAttribute('data-case-review-entry', `${item} ${position}`);
  });
}

/**
 * form-js tables show a link as text. A cell holding only an https link opens it (in a new tab, without giving
 * the document store's page a handle on Tasklist), by mouse or keyboard.
 */
function openLinks(cell) {
  const url = cell.textContent.trim();
  if (!/^https:\/\/\S+$/.test(url)) {
    cell.removeAttribute('data-case-review-link');
    cell.removeAttribute('role');
    cell.removeAttribute('tabindex');
    return;
  }
  cell.setAttribute('data-case-review-link', url);
  cell.setAttribute('role', 'link');
  cell.setAttribute('tabindex', '0');
  if (!cell.caseReviewOpens) {
    cell.caseReviewOpens = true;
    const open = () => window.open(cell.getAttribute('data-case-review-link'), '_blank', 'noopener,noreferrer');
    cell.addEventListener('click', open);
    cell.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        open();
      }
    });
  }
}

function tidy(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(reword);
  root.querySelectorAll('.fjs-form textarea, .fjs-form input[type="text"]').forEach(input => {
    countCharacters(input);
    describeInput(input);
  });
  root.querySelectorAll('.fjs-form-field-dynamiclist').forEach(nameListParts);
  root.querySelectorAll('.fjs-table-td').forEach(openLinks);
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      tidy(document);
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
