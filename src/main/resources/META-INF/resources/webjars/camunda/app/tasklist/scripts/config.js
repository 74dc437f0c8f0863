// Tasklist settings of the case review engine (this file replaces the webjar's own config.js).
export default {
  // loaded by Tasklist from app/tasklist/<path>.js before it starts
  customScripts: ['scripts/case-review/form-completion', 'scripts/case-review/task-meta',
    'scripts/case-review/task-cards'],

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
