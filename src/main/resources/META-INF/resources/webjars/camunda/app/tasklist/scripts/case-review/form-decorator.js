// Runs a function on every Tasklist form (task form or start dialog) once Tasklist has set the form up.
//
// Tasklist 7.24 has no plugin point inside its forms, so each of our form scripts decorates the form directive
// (camTasklistForm): the function gets the form's scope (params, asynchronousFormKey, saveHandler, $dirty,
// onFormCompletionCallback) and its element, after Tasklist's own link ran.
const angular = window.angular;

export function onEveryForm(name, enhance) {
  if (!angular) {
    return;
  }
  angular.module('cam.tasklist.form').config([
    '$provide',
    function($provide) {
      $provide.decorator('camTasklistFormDirective', [
        '$delegate',
        '$injector',
        function($delegate, $injector) {
          const directive = $delegate[0];
          const compile = directive.compile;
          directive.compile = function() {
            const link = compile ? compile.apply(this, arguments) : null;
            return function(scope, element) {
              if (typeof link === 'function') {
                link.apply(this, arguments);
              } else if (link && link.post) {
                link.post.apply(this, arguments);
              }
              try {
                enhance(scope, element[0], $injector);
              } catch (e) {
                // a broken enhancement must never stop people from completing their work
                console.error('case review: ' + name, e); // eslint-disable-line
              }
            };
          };
          return $delegate;
        }
      ]);
    }
  ]);
}

/** Whether the form is a task's form; the start dialog's form has no task. */
export function isTaskForm(scope) {
  return !!(scope.params && scope.params.taskId);
}
