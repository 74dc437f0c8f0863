// form-js 1.8.7's validation messages in words people understand (see form-wording.js for why and where).

/** Each pattern's message, from the "patternMessage" custom property of the fields of the forms shown. */
export const patternMessages = new Map();

export const number = value => Number(value).toLocaleString('en-GB');

/** form-js's message for a field in plain words, or null when it is already plain (or one of ours). */
export function wordingOf(message, field) {
  let match;
  if (message === 'Field is required.') {
    if (field.classList.contains('fjs-form-field-checkbox')) {
      return 'Please tick this box to confirm.';
    }
    if (field.classList.contains('fjs-form-field-datetime')) {
      return 'Please enter a date.';
    }
    if (/fjs-form-field-(radio|select|checklist|taglist)/.test(field.className)) {
      return 'Please choose an answer.';
    }
    return 'Please fill this in.';
  }
  if ((match = /^Field must match pattern (.*)\.$/.exec(message))) {
    return patternMessages.get(match[1])
      || (match[1].startsWith('^https://') ? 'Enter a link that starts with https:// and has no spaces.'
        : 'This is not in the form expected here.');
  }
  if ((match = /^Field must have maximum length of (\d+)\.$/.exec(message))) {
    return `Use ${number(match[1])} characters or fewer (you have used ${number(textOf(field).length)}).`;
  }
  if ((match = /^Field must have minimum length of (\d+)\.$/.exec(message))) {
    return `Use at least ${number(match[1])} characters.`;
  }
  if ((match = /^Field must have minimum value of (.+)\.$/.exec(message))) {
    return `Enter a number of ${match[1]} or more.`;
  }
  if ((match = /^Field must have maximum value of (.+)\.$/.exec(message))) {
    return `Enter a number of ${match[1]} or less.`;
  }
  if (message === 'Field must be a valid email.') {
    return 'Enter an email address, like name@example.org.';
  }
  if (/^Field must be a valid\s+international phone number/.test(message)) {
    return 'Enter a phone number with its country code, like +44 1632 960000.';
  }
  return null;
}

function textOf(field) {
  const input = field.querySelector('textarea, input[type="text"]');
  return input ? input.value : '';
}
