// Shows why a form was not accepted where the person is looking, in plain words, and nothing else.
//
// Tasklist 7.24 puts a refusal in a notification at the top of the page: in the start dialog it appears behind
// the dialog while the person is at the Start button, on a task it covers Save and Complete, old ones stack up,
// and they read "Cannot instantiate process definition serious-incident:1:…" or, when form-js itself found a
// missing answer, only "An error happened while submitting the task form". Here the answer goes into one box
// directly above the buttons, listing each problem as a link to its field, and each field the server refused
// shows its problem beside it. Every new try clears what the last one showed.
import {isTaskForm, onEveryForm} from './form-decorator.js';
import {fieldElement, schemaOf} from './form-schema.js';
import {wordingOf} from './form-words.js';

const SUBMISSION_PREVENTED = 'camForm submission prevented';

onEveryForm('form feedback', (scope, root) => {
  const tasklistAnswer = scope.onFormCompletionCallback;
  scope.onFormCompletionCallback = function(err, result) {
    const box = feedbackBox(root);
    clear(root, box);
    if (!err) {
      return tasklistAnswer(err, result);
    }
    show(scope, root, box, err);
    if (!isTaskForm(scope)) {
      // the start dialog then only ends its request (and shows no notification of its own)
      return tasklistAnswer({message: SUBMISSION_PREVENTED});
    }
  };
});

/** The box just above the form's buttons (the start dialog's Start button is right below the form). */
function feedbackBox(root) {
  let box = root.querySelector('.case-review-feedback');
  if (!box) {
    box = document.createElement('div');
    box.className = 'case-review-feedback alert alert-danger';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    const actions = root.querySelector('.form-actions');
    (actions ? actions.parentNode : root).insertBefore(box, actions);
  }
  return box;
}

function clear(root, box) {
  box.hidden = true;
  box.textContent = '';
  root.querySelectorAll('.case-review-field-error').forEach(error => error.remove());
  root.querySelectorAll('.case-review-invalid').forEach(field => {
    field.classList.remove('case-review-invalid');
    field.querySelectorAll('[aria-invalid="true"][data-case-review-invalid]').forEach(input => {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('data-case-review-invalid');
    });
  });
}

async function show(scope, root, box, err) {
  const answer = err && err.response && err.response.body;
  if (answer && answer.type === 'FormRefused' && answer.problems && answer.problems.length) {
    const schema = await schemaOf(scope);
    fill(box, 'This could not be saved. Please correct:', answer.problems.map(problem => ({
      text: problem.label + ' ' + problem.message,
      field: markField(fieldElement(root, schema, problem.field), capitalise(problem.message))
    })));
  } else if (err instanceof Error || (err && typeof err.message === 'string')) {
    fill(box, plain(err), []);
  } else {
    // form-js refused it in the browser and shows each problem beside its field already
    const fields = Array.from(root.querySelectorAll('.fjs-form-field.fjs-has-errors'));
    fill(box, 'Some answers need attention before this can be saved:', fields.map(field => ({
      text: labelOf(field) + ': ' + messageOf(field),
      field
    })));
  }
  box.hidden = false;
  // the button just pressed stays in view with the box right above it (the start dialog scrolls as a whole)
  box.scrollIntoView({block: 'nearest'});
  const button = Array.from(document.querySelectorAll("[ng-click='complete()'], [ng-click='startProcessInstance()']"))
    .find(candidate => candidate.offsetParent !== null);
  if (button) {
    button.scrollIntoView({block: 'nearest'});
  }
  box.focus({preventScroll: true});
}

/** The message of an error that is not a form refusal (a lost connection, a collision, a refusal), as plain text. */
function plain(err) {
  const message = (err.message || '').replace(/^Cannot [a-z ]+ [\w:.-]+: /i, '');
  return message || 'This could not be saved. Please try again; if it keeps happening, tell the business unit.';
}

function fill(box, heading, problems) {
  const title = document.createElement('p');
  title.className = 'case-review-feedback-title';
  title.textContent = heading;
  box.appendChild(title);
  if (!problems.length) {
    return;
  }
  const list = document.createElement('ul');
  problems.forEach(problem => {
    const item = document.createElement('li');
    if (problem.field) {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = problem.text;
      link.addEventListener('click', event => {
        event.preventDefault();
        const input = problem.field.querySelector('input, textarea, select, button');
        problem.field.scrollIntoView({block: 'center'});
        if (input) {
          input.focus({preventScroll: true});
        }
      });
      item.appendChild(link);
    } else {
      item.textContent = problem.text;
    }
    list.appendChild(item);
  });
  box.appendChild(list);
}

/** Shows the server's problem beside the field, and ties it to the field's input for screen readers. */
function markField(field, message) {
  if (!field) {
    return null;
  }
  const error = document.createElement('div');
  error.className = 'case-review-field-error';
  error.id = 'case-review-error-' + Math.random().toString(36).slice(2);
  error.textContent = message;
  field.appendChild(error);
  field.classList.add('case-review-invalid');
  const input = field.querySelector('input, textarea, select');
  if (input && !input.hasAttribute('aria-invalid')) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('data-case-review-invalid', '');
    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + error.id).trim());
  }
  return field;
}

/** The field's message as people read it, even if form-wording.js has not rewritten it on the page yet. */
function messageOf(field) {
  const message = field.querySelector('.fjs-form-field-error li') || field.querySelector('.fjs-form-field-error');
  const text = message.textContent.trim();
  return wordingOf(text, field) || text;
}

function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : 'A field';
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?)]$/.test(text) ? '' : '.');
}

export default [];
