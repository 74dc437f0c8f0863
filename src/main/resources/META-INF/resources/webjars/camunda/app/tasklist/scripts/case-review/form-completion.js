// Keeps a task form's Complete button and a start form's Start button usable in Tasklist 7.24.
//
// Tasklist greys Complete out while the Camunda Form reports errors, and it counts the keys of form-js's
// error map. form-js leaves keys behind that hold no error: an empty array for a field in a dynamic list (the
// recommendations of a review) once it has been typed into, and the old error of a field the form has since
// hidden (choosing "Amber" after trying "Complete" without evidence). Complete then stays grey although the
// form is valid, and people are stuck. Pressing Complete always validates the whole form again and shows
// each error in place, so the button only has to be disabled while a completion runs or the task is gone.
// The start dialog greys Start out from the same count, which it hears through on-form-validation; it is
// told the form is valid, so Start too is disabled only while the request runs, and pressing it validates.
import {onEveryForm} from './form-decorator.js';

onEveryForm('form completion', scope => {
  const reportValidity = scope.onFormValidation;
  scope.onFormValidation = function() {
    return reportValidity(false);
  };
  scope.disableCompleteButton = function() {
    return scope.taskRemoved || scope.completeInProgress || !!(scope.options && scope.options.disableCompleteButton);
  };
});

// no plugin of its own: this module only adjusts Tasklist
export default [];
