// Every date field of a Camunda Form is typed and shown as dd/mm/yyyy, with Monday first, whatever the
// browser's language; the value the form saves stays ISO (yyyy-mm-dd).
//
// Why here: form-js 1.8.7 (inside Tasklist 7.24) creates each date field's flatpickr with a dateFormat it
// derives from the browser's locale (Intl.DateTimeFormat('default')) and with flatpickr's built-in English,
// whose week starts on Sunday. An en-US browser therefore read a typed 03/11/2026 as 11 March, and flatpickr
// rolls impossible text over (31/02 becomes 3 March, 11/24 a day in 2027) or silently clears it. form-js
// gives no option for any of this, but every date field is a flatpickr instance, and flatpickr runs the
// plugins of flatpickr.defaultConfig on each instance after the instance's own options. One plugin there
// sets the format, the week and the reading of typed text for every date field, in task forms and in the
// start dialog alike, without copying or patching form-js's code.
import {onEveryForm} from './form-decorator.js';
const FORMAT = 'd/m/Y'; // flatpickr's tokens for dd/mm/yyyy
const EXAMPLE = 'Type the day, then the month, then the year: dd/mm/yyyy, for example 03/11/2026.';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const REFUSED = 'data-uk-date-refused';

function ukText(date) {
  const two = n => String(n).padStart(2, '0');
  return two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear();
}

// Reads typed text as day/month/year (or an unambiguous ISO yyyy-mm-dd) and never moves an impossible day
// or month to another date: it answers {date} or {problem} in plain words.
export function readUkDate(text) {
  const typed = String(text).trim();
  let parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const iso = !!parts;
  let day, month, year;
  if (iso) {
    [year, month, day] = parts.slice(1).map(Number);
  } else if ((parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(typed))) {
    [day, month, year] = parts.slice(1).map(Number);
    if (parts[3].length !== 4) {
      return {problem: 'write the year in full, for example 2026.'};
    }
  } else {
    return {problem: 'it is not written as a day, a month and a year.'};
  }
  if (month < 1 || month > 12) {
    const swapped = !iso && day >= 1 && day <= 12 ? ' (the day comes first, then the month)' : '';
    return {problem: 'there is no month ' + month + swapped + '.'};
  }
  const days = new Date(year, month, 0).getDate();
  if (day < 1) {
    return {problem: 'there is no day 0.'};
  }
  if (day > days) {
    return {problem: MONTHS[month - 1] + ' ' + year + ' has ' + days + ' days.'};
  }
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // a year below 100 would otherwise become 19xx
  return {date};
}

function startOfDay(date) {
  return date && new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

// a date the field itself does not take (form-js sets 01/01/1900, or today for "no past dates")
function outOfRange(fp, date) {
  const min = startOfDay(fp.config.minDate);
  const max = startOfDay(fp.config.maxDate);
  if (min && date < min) {
    return 'the earliest date this field takes is ' + ukText(min) + '.';
  }
  if (max && date > max) {
    return 'the latest date this field takes is ' + ukText(max) + '.';
  }
  return null;
}

// The refusal sits under the field, next to form-js's own messages; the typed text stays so it can be put
// right, and nothing reaches the form's value.
function refuse(fp, typed, problem) {
  const input = fp._input;
  const group = input.closest('.fjs-input-group') || input;
  let message = group.parentNode.querySelector('.uk-date-refusal');
  if (!message) {
    message = document.createElement('div');
    message.className = 'uk-date-refusal fjs-form-field-error';
    message.id = input.id + '-uk-date-refusal';
    message.setAttribute('role', 'alert');
    group.after(message);
  }
  // textContent: what a person typed is never markup
  message.textContent = '"' + typed + '" is not a date: ' + problem + ' ' + EXAMPLE;
  input.setAttribute(REFUSED, '');
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-errormessage', message.id);
}

function accept(fp) {
  const input = fp._input;
  if (!input.hasAttribute(REFUSED)) {
    return;
  }
  const group = input.closest('.fjs-input-group') || input;
  const message = group.parentNode.querySelector('.uk-date-refusal');
  if (message) {
    message.remove();
  }
  input.removeAttribute(REFUSED);
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-errormessage');
}

function strictParse(text) {
  return readUkDate(text).date; // undefined tells flatpickr it is no date
}

function ukDates(flatpickr) {
  return function ukDatesPlugin(fp) {
    const locale = typeof fp.config.locale === 'object' ? fp.config.locale : flatpickr.l10ns[fp.config.locale];
    fp.config.locale = Object.assign({}, locale, {firstDayOfWeek: 1});
    fp.config.dateFormat = FORMAT;
    fp.config.parseDate = strictParse;
    return {
      onReady() {
        fp._input.placeholder = 'dd/mm/yyyy';
        // flatpickr reads typed text through setDate (Enter, leaving the field, clicking elsewhere)
        const setDate = fp.setDate;
        fp.setDate = function(date, triggerChange) {
          if (typeof date === 'string' && date.trim() !== '') {
            const reading = readUkDate(date);
            const problem = reading.problem || outOfRange(fp, reading.date);
            if (problem) {
              refuse(fp, date.trim(), problem);
              return undefined;
            }
            accept(fp);
            return setDate.call(fp, reading.date, triggerChange);
          }
          accept(fp);
          return setDate.apply(fp, arguments);
        };
      }
    };
  };
}

function install(flatpickr) {
  if (!flatpickr || flatpickr.caseReviewUkDates) {
    return;
  }
  flatpickr.caseReviewUkDates = true;
  const plugins = (flatpickr.defaultConfig && flatpickr.defaultConfig.plugins) || [];
  flatpickr.defaultConfig = Object.assign({}, flatpickr.defaultConfig, {plugins: plugins.concat(ukDates(flatpickr))});
}

// Tasklist's bundle defines window.flatpickr when it first loads form-js, which may be after this script.
if (window.flatpickr) {
  install(window.flatpickr);
} else {
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => loaded,
    set(value) {
      loaded = value;
      install(value);
    }
  });
}

// A refused date keeps Complete and Start from sending the form: the saved value would otherwise be the
// field's earlier value (or none) while the page shows the refused text. "camForm submission prevented" is
// the answer Tasklist takes silently; the refusal beside the field says what to put right.
onEveryForm('date refusals', (scope, root) => {
  let handler = scope.completionHandler;
  const guarded = function(done) {
    const refused = root.querySelector('[' + REFUSED + ']');
    if (!refused) {
      return handler.apply(this, arguments);
    }
    // scrolled to, not focused: focus opens the calendar over the refusal
    refused.scrollIntoView({block: 'center'});
    return done(new Error('camForm submission prevented'));
  };
  Object.defineProperty(scope, 'completionHandler', {
    configurable: true,
    get: () => guarded,
    set: fn => (handler = fn)
  });
});

export default [];
