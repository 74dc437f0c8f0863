// Tasklist offers nobody a control that the server will refuse.
//
// Statutory due dates are worked out by the process, tasks go to the groups the diagram names, and the
// server refuses (403) any change to a task's dates or groups from anyone but an administrator. Tasklist
// 7.24 offers those changes to everyone: the follow-up and due dates open a date picker on click or Enter,
// and the task's groups open "Add groups". Here the task header shows its due date and groups as text only.
// "Create task" (standalone tasks, outside any case) is hidden in user-styles.css.
const angular = window.angular;

if (angular) {
  angular.module('cam.tasklist.task').config([
    '$provide',
    function($provide) {
      $provide.decorator('camTasklistTaskMetaDirective', [
        '$delegate',
        function($delegate) {
          const directive = $delegate[0];
          directive.template = directive.template
            // the date fields stay, without the inline editor that turned them into date pickers
            .replace(/cam-widget-inline-field/g, 'data-case-review-read-only')
            .replace(/ng-keydown="openDatepicker\(\$event\)"/g, '')
            .replace(/tabindex="0"/g, '')
            .replace(/ng-click="editGroups\(\)"/g, '');
          return $delegate;
        }
      ]);
    }
  ]);
}

export default [];
