// Keeps what a person typed into a form, and asks before answers are thrown away.
//
// Tasklist keeps a task form's draft only when "Save" is pressed; switching filter, opening another task or
// reloading lost everything typed since. Here the draft is saved (by Tasklist's own Save, into the same
// place Tasklist reads it back from) whenever the form is left with unsaved changes: another task or filter,
// a reload, the tab closed. Saving validates the form, so it is not done while the person is still typing.
// Tasklist keeps every start form's draft under one key, so a start form's draft is moved to a key of its
// own process, and put back just before Tasklist reads it when that process's start form opens again (after
// a reload Tasklist opens the same start form). Closing the start dialog with answers in it asks first, in
// the dialog: Tasklist's pages are sandboxed without modals, so the browser's own confirm() (and a warning
// before a reload) is not allowed. Drafts stay in this browser only until the form is sent or the person
// signs out: a shared computer must not keep one person's case notes for the next.
import {isTaskForm, onEveryForm} from './form-decorator.js';

const angular = window.angular;
const DRAFT_PREFIX = 'camunda-form:';
const START_PREFIX = 'case-review-start-form:';
const OWNER = 'case-review-drafts-owner';
// where Tasklist keeps (and reads) the draft of whichever start form is open
const START_DRAFT = DRAFT_PREFIX + 'undefined';
// after signing out, the form that goes away with the page is not kept
let signedOut = false;

onEveryForm('form drafts', (scope, root) => {
  if (isTaskForm(scope)) {
    keepDraft(scope, root);
  } else {
    keepStartDraft(scope, root);
  }
});

/** Runs once the form's own answers are known: true when it was sent, false when it was refused. */
function onSent(scope, sent) {
  const tasklistAnswer = scope.onFormCompletionCallback;
  scope.onFormCompletionCallback = function(err) {
    sent(!err);
    return tasklistAnswer.apply(this, arguments);
  };
}

/** form-js takes typed text in after a short pause, or at once when the field loses focus. */
function takeTypedText(root) {
  if (document.activeElement && root.contains(document.activeElement)) {
    document.activeElement.blur();
  }
}

function keepStartDraft(scope, root) {
  const process = scope.params && scope.params.processDefinitionKey;
  const ownDraft = START_PREFIX + process;
  // Tasklist reads the shared key when it draws the form, which happens after this: only this process's draft
  localStorage.removeItem(START_DRAFT);
  const kept = process && localStorage.getItem(ownDraft);
  if (kept) {
    localStorage.setItem(START_DRAFT, kept);
  }
  let finished = false;
  onSent(scope, sent => {
    finished = sent;
    if (sent) {
      localStorage.removeItem(ownDraft);
    }
  });
  const keep = () => {
    takeTypedText(root);
    if (process && !finished && !signedOut && scope.$dirty && !scope.completeInProgress) {
      try {
        scope.saveHandler();
        localStorage.setItem(ownDraft, localStorage.getItem(START_DRAFT));
      } catch (e) {
        // a form that cannot be read has nothing to keep
      }
    }
    localStorage.removeItem(START_DRAFT);
  };
  window.addEventListener('pagehide', keep);
  scope.$on('$destroy', () => window.removeEventListener('pagehide', keep));
  // once Tasklist has drawn the form from it, the shared key must not fill another process's start form
  scope.$watch('asynchronousFormKey.key', key => key && setTimeout(() => localStorage.removeItem(START_DRAFT), 0));
  if (kept) {
    showRestored(root, START_NOTE);
  }
  askBeforeDiscarding(scope, root, () => !!localStorage.getItem(ownDraft), () => localStorage.removeItem(ownDraft));
}

function keepDraft(scope, root) {
  // once the task is completed there is nothing left to keep
  let finished = false;
  onSent(scope, sent => {
    finished = sent;
  });
  const saveIfChanged = () => {
    takeTypedText(root);
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
    showRestored(root, localStorage.getItem(DRAFT_PREFIX + scope.params.taskId) && TASK_NOTE);
  });
}

const TASK_NOTE = 'Your unsaved answers to this task were kept and are shown below. They are saved to the '
  + 'case only when you press Complete.';
const START_NOTE = 'The answers you had typed into this form were kept and are shown below. Nothing is sent '
  + 'until you press Start.';

/** Tells the person that the answers they see are the draft they left, not what the case holds. */
function showRestored(root, text) {
  root.querySelectorAll('.case-review-draft-note').forEach(note => note.remove());
  if (!text) {
    return;
  }
  const note = document.createElement('p');
  note.className = 'case-review-draft-note';
  note.setAttribute('role', 'status');
  note.textContent = text;
  root.insertBefore(note, root.firstChild);
}

/**
 * Closing the start dialog (Close, Escape, a click beside it) with answers typed, or with a kept draft, asks
 * in the dialog; the kept draft goes only when the person says so.
 */
function askBeforeDiscarding(scope, root, draftKept, forgetDraft) {
  let discard = false;
  scope.$on('modal.closing', (event, reason, closed) => {
    // closed: the process was started; anything else is the person leaving the dialog
    if (closed || discard || !(scope.$dirty || draftKept())) {
      return;
    }
    event.preventDefault();
    const question = root.ownerDocument.querySelector('.case-review-discard') || discardQuestion(root, () => {
      discard = true;
      forgetDraft();
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
  Object.keys(localStorage).filter(key => key.startsWith(DRAFT_PREFIX) || key.startsWith(START_PREFIX))
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
