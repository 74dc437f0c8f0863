// Keeps what a person typed into a form, and asks before a start form's answers are thrown away.
//
// Tasklist keeps a task form's draft only when "Save" is pressed; switching filter, opening another task or
// reloading lost everything typed since. Here the draft is saved (by Tasklist's own Save, into the same
// place Tasklist reads it back from) whenever the form is left with unsaved changes: another task or filter,
// a reload, the tab closed. Saving validates the form, so it is not done while the person is still typing.
// A start form has no task to keep a draft under, so closing the dialog with answers typed asks first, in
// the dialog: Tasklist's pages are sandboxed without modals, so the browser's own confirm() (and a warning
// before a reload) is not allowed. Drafts stay in this browser only until the form is sent or the
// person signs out: a shared computer must not keep one person's case notes for the next.
import {isTaskForm, onEveryForm} from './form-decorator.js';

const angular = window.angular;
const DRAFT_PREFIX = 'camunda-form:';
const OWNER = 'case-review-drafts-owner';
// Tasklist keeps every start form's draft under one key
const START_DRAFT = DRAFT_PREFIX + 'undefined';
// after signing out, the form that goes away with the page is not kept
let signedOut = false;

onEveryForm('form drafts', (scope, root) => {
  if (isTaskForm(scope)) {
    keepDraft(scope, root);
  } else {
    // Tasklist would fill every start form from one shared draft: another process's answers, or another
    // person's from before a session ran out
    localStorage.removeItem(START_DRAFT);
    askBeforeDiscarding(scope, root);
  }
});

function keepDraft(scope, root) {
  // once the task is completed there is nothing left to keep
  let finished = false;
  const tasklistAnswer = scope.onFormCompletionCallback;
  scope.onFormCompletionCallback = function(err, result) {
    finished = !err;
    return tasklistAnswer.apply(this, arguments);
  };
  const saveIfChanged = () => {
    // form-js takes typed text in after a short pause, or at once when the field loses focus
    if (document.activeElement && root.contains(document.activeElement)) {
      document.activeElement.blur();
    }
    if (!finished && !signedOut && scope.$dirty && !scope.completeInProgress && !(scope.options && scope.options.disableForm)) {
      try {
        scope.saveHandler();
      } catch (e) {
        // a form that can no longer be read (the task was completed elsewhere) has nothing to keep
      }
    }
  };
  window.addEventListener('pagehide', saveIfChanged);
  scope.$on('$destroy', () => {
    saveIfChanged();
    window.removeEventListener('pagehide', saveIfChanged);
  });
  // Tasklist shows the next task in the same form: the last one's answers are kept before it goes
  scope.$watch('tasklistForm', (now, before) => {
    if (now !== before) {
      saveIfChanged();
    }
    finished = false;
    showRestored(root, !!localStorage.getItem(DRAFT_PREFIX + scope.params.taskId));
  });
}

/** Tells the person that the answers they see are the draft they left, not what the case holds. */
function showRestored(root, restored) {
  root.querySelectorAll('.case-review-draft-note').forEach(note => note.remove());
  if (!restored) {
    return;
  }
  const note = document.createElement('p');
  note.className = 'case-review-draft-note';
  note.setAttribute('role', 'status');
  note.textContent = 'Your unsaved answers to this task were kept and are shown below. They are saved to the '
    + 'case only when you press Complete.';
  root.insertBefore(note, root.firstChild);
}

/** Closing the start dialog (Close, Escape, a click beside it) with answers typed asks, in the dialog. */
function askBeforeDiscarding(scope, root) {
  let discard = false;
  scope.$on('modal.closing', (event, reason, closed) => {
    // closed: the process was started; anything else is the person leaving the dialog
    if (closed || discard || !scope.$dirty) {
      return;
    }
    event.preventDefault();
    const question = root.ownerDocument.querySelector('.case-review-discard') || discardQuestion(root, () => {
      discard = true;
      // the form's scope is isolated: the dialog's $dismiss is on the scope that holds the form
      let dialog = scope.$parent;
      while (dialog && typeof dialog.$dismiss !== 'function') {
        dialog = dialog.$parent;
      }
      if (dialog) {
        dialog.$dismiss('discarded');
        dialog.$applyAsync();
      }
    });
    question.hidden = false;
    question.querySelector('button').focus();
  });
}

function discardQuestion(root, close) {
  const question = document.createElement('div');
  question.className = 'case-review-discard alert alert-warning';
  question.setAttribute('role', 'alertdialog');
  question.setAttribute('aria-label', 'Close this form?');
  const text = document.createElement('p');
  text.textContent = 'Close this form? What you have typed will be lost.';
  const keep = document.createElement('button');
  keep.type = 'button';
  keep.className = 'btn btn-default';
  keep.textContent = 'Keep editing';
  keep.addEventListener('click', () => {
    question.hidden = true;
  });
  const lose = document.createElement('button');
  lose.type = 'button';
  lose.className = 'btn btn-danger';
  lose.textContent = 'Close and lose what I typed';
  lose.addEventListener('click', close);
  question.append(text, keep, ' ', lose);
  const footer = root.closest('.modal-content') && root.closest('.modal-content').querySelector('.modal-footer');
  (footer || root).prepend(question);
  return question;
}

function forgetDrafts() {
  Object.keys(localStorage).filter(key => key.startsWith(DRAFT_PREFIX))
    .forEach(key => localStorage.removeItem(key));
}

if (angular) {
  // 'cam.tasklist' itself is only made after custom scripts have loaded; its form module exists already
  angular.module('cam.tasklist.form').run(['$rootScope', function($rootScope) {
    $rootScope.$on('authentication.logout.success', () => {
      signedOut = true;
      forgetDrafts();
      localStorage.removeItem(OWNER);
    });
    // Tasklist saves the open form when the next request finds nobody signed in, as it does after a sign-out:
    // that draft goes too, once Tasklist has written it
    $rootScope.$on('authentication.login.required', () => {
      if (signedOut) {
        setTimeout(forgetDrafts, 0);
      }
    });
    // someone else signing in on this browser (after a session ran out) does not get the last person's drafts
    $rootScope.$on('authentication.changed', (event, authentication) => {
      if (authentication && authentication.name) {
        signedOut = false;
        if (localStorage.getItem(OWNER) !== authentication.name) {
          forgetDrafts();
        }
        localStorage.setItem(OWNER, authentication.name);
      }
    });
  }]);
}

export default [];
