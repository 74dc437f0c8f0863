// Task cards in Tasklist 7.24: the soonest due first, and the new case's reference once a case is started.
//
// Tasklist sorts the list by creation date unless the address says otherwise, so the address is given the
// due-date order when it has none; choosing another order in the list's header still works. Every task has a
// due date (a statutory deadline or the partnership's target), so the order is the order of the work.
// After Start, Tasklist says only "process started"; the answer to the start holds the case's reference
// (its business key), which the person needs to find the case again and to quote it.
import {isTaskForm, onEveryForm} from './form-decorator.js';

const angular = window.angular;

const DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDate($location) {
  if ($location.path() === '/' && !$location.search().sorting) {
    $location.search('sorting', DUE_FIRST).replace();
  }
}

if (angular) {
  angular.module('cam.tasklist.task').run([
    '$location',
    '$rootScope',
    function($location, $rootScope) {
      sortByDueDate($location);
      $rootScope.$on('$locationChangeSuccess', function() {
        sortByDueDate($location);
      });
    }
  ]);
}

// the start dialog hands its form the callback that closes it; the answer to the start holds the reference
onEveryForm('reference after start', (scope, element, $injector) => {
  if (isTaskForm(scope)) {
    return;
  }
  const Notifications = $injector.get('Notifications');
  const callback = scope.onFormCompletionCallback;
  scope.onFormCompletionCallback = function(err, result) {
    if (!err && result && result.definitionId && result.businessKey) {
      // after the dialog has gone, as Tasklist's own "started": closing it clears earlier messages
      scope.$on('$destroy', function() {
        Notifications.addMessage({
          status: 'Case started',
          message: 'Its reference is ' + result.businessKey + '. Quote it to find the case again.',
          duration: 60000
        });
      });
    }
    return callback.apply(this, arguments);
  };
});

// no plugin of its own: this module only adjusts Tasklist
export default [];
