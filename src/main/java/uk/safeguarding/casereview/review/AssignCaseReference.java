package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of a case's start event ({@code ${assignCaseReference}}): the new case reference becomes the
 * business key, which Tasklist and Cockpit show, and the {@code caseReference} variable, which forms show.
 */
@Component("assignCaseReference")
public class AssignCaseReference implements ExecutionListener {

  private final CaseReferences references;

  public AssignCaseReference(CaseReferences references) {
    this.references = references;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = references.next();
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CaseVariables.CASE_REFERENCE, reference);
  }
}
