// Tasklist settings of the case review engine (this file replaces the webjar's own config.js).
import {brand} from '../../case-review/branding.js';

// "Create task" makes a standalone task outside any case, which the server refuses to everyone but
// administrators: the plugin is left out (read from <base> when Tasklist starts, after this file), not hidden.
document.querySelector('base').setAttribute('cam-exclude-plugins', 'tasklist.navbar.action:create-task-action');

export default {
  // the partnership's name in the header and title (see ../../case-review/branding.js)
  app: await brand('tasklist', 'Tasklist'),
  // Camunda's first-visit box points at a welcome page this application does not have
  disableWelcomeMessage: true,

  // loaded by Tasklist from app/tasklist/<path>.js before it starts
  customScripts: [
    'scripts/case-review/form-completion',
    'scripts/case-review/task-meta',
    'scripts/case-review/form-feedback',
    'scripts/case-review/form-wording',
    'scripts/case-review/form-drafts',
    'scripts/case-review/uk-dates',
    'scripts/case-review/task-cards'
  ],

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
