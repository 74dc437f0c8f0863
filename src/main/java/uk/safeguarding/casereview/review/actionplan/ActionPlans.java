package uk.safeguarding.casereview.review.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.notification.MailKind;
import uk.safeguarding.casereview.notification.Notify;
import uk.safeguarding.casereview.review.Agencies;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * The action plan as the diagrams use it: whether a review left recommendations, one branch per
 * recommendation with that recommendation's fields, and the plan's state ({@code actionPlan}: one record per
 * recommendation with its RAG status, when it was last updated and when it was closed) that the review group's
 * closure summary and the auditors read.
 */
@Component("actionPlans")
public class ActionPlans {

  /** The states of a recommendation in the plan ({@code status}), as the partnership's tracker shows them. */
  public static final String OPEN = "open";
  public static final String AWAITING_VERIFICATION = "awaiting-verification";
  public static final String RETURNED = "returned";
  public static final String CLOSED = "closed";
  public static final String NOT_STARTED = "not-started";
  static final String COMPLETE = "complete";
  static final String OVERDUE = "A recommendation of the action plan is overdue";

  private final Agencies agencies;
  private final CaseClock clock;
  private final Deadlines deadlines;
  private final Notify notify;

  public ActionPlans(Agencies agencies, CaseClock clock, Deadlines deadlines, Notify notify) {
    this.agencies = agencies;
    this.clock = clock;
    this.deadlines = deadlines;
    this.notify = notify;
  }

  /** Whether the review left anything to do. */
  public boolean any(VariableScope scope) {
    return !JsonVariables.records(scope, CaseVariables.RECOMMENDATIONS).isEmpty();
  }

  /** 0, 1, ... one per recommendation: the collection the plan's branches run over. */
  public List<Integer> indexes(VariableScope scope) {
    return IntStream.range(0, JsonVariables.records(scope, CaseVariables.RECOMMENDATIONS).size()).boxed().toList();
  }

  /** A field of the recommendation this branch follows, e.g. {@code ${actionPlans.field(execution, 'dueOn')}}. */
  public Object field(VariableScope scope, String name) {
    return recommendation(scope).get(name);
  }

  /** The group of the agency that owns this branch's recommendation: its tasks and reminders go there. */
  public String owningAgencyGroup(VariableScope scope) {
    return agencies.groupOf(String.valueOf(field(scope, CaseVariables.OWNING_AGENCY)));
  }

  public String owningAgencyName(VariableScope scope) {
    return agencies.nameOf(String.valueOf(field(scope, CaseVariables.OWNING_AGENCY)));
  }

  /**
   * A recommendation past its due date: the owning agency is told it is overdue, and it is escalated to the
   * business manager and the recommendation's strategic lead.
   */
  public void overdue(DelegateExecution execution) {
    Date due = deadlines.endOfDateIn(execution, CaseVariables.ACTION_DUE_ON);
    notify.toGroupsDue(execution, MailKind.OVERDUE.id(), owningAgencyGroup(execution), OVERDUE, due);
    notify.toGroupsDue(execution, MailKind.ESCALATION.id(),
        "business-manager," + field(execution, CaseVariables.STRATEGIC_LEAD), OVERDUE, due);
  }

  /** The plan's state at its start: every recommendation open, not yet started. */
  public void open(DelegateExecution execution) {
    List<Map<String, Object>> recommendations = JsonVariables.records(execution, CaseVariables.RECOMMENDATIONS);
    List<Map<String, Object>> plan = new ArrayList<>();
    for (int i = 0; i < recommendations.size(); i++) {
      Map<String, Object> recommendation = recommendations.get(i);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("number", i + 1);
      record.put(CaseVariables.RECOMMENDATION, recommendation.get(CaseVariables.RECOMMENDATION));
      record.put(CaseVariables.OWNING_AGENCY, recommendation.get(CaseVariables.OWNING_AGENCY));
      record.put(CaseVariables.OWNING_AGENCY_NAME,
          agencies.nameOf(String.valueOf(recommendation.get(CaseVariables.OWNING_AGENCY))));
      record.put(CaseVariables.STRATEGIC_LEAD, recommendation.get(CaseVariables.STRATEGIC_LEAD));
      record.put(CaseVariables.DUE_ON, recommendation.get(CaseVariables.DUE_ON));
      record.put(CaseVariables.RAG_STATUS, NOT_STARTED);
      record.put("status", OPEN);
      plan.add(record);
    }
    JsonVariables.set(execution, CaseVariables.ACTION_PLAN, plan);
  }

  /**
   * The owner's latest update: its RAG status, date and evidence link; a recommendation reported complete
   * waits for the review group to verify its evidence.
   */
  public void progress(DelegateExecution execution) {
    Object rag = execution.getVariable(CaseVariables.RAG_STATUS);
    Object evidence = execution.getVariable(CaseVariables.EVIDENCE_LINK);
    update(execution, record -> {
      record.put(CaseVariables.RAG_STATUS, rag);
      record.put("lastUpdateOn", clock.today().toString());
      record.put("status", COMPLETE.equals(rag) ? AWAITING_VERIFICATION : OPEN);
      if (evidence != null) {
        record.put(CaseVariables.EVIDENCE_LINK, evidence);
      }
    });
  }

  /** The review group returned the evidence: open again until the owner reports once more. */
  public void returned(DelegateExecution execution) {
    update(execution, record -> {
      record.put("status", RETURNED);
      record.put("returnedOn", clock.today().toString());
    });
  }

  /** The review group closed the recommendation: when, and whether that was by its due date. */
  public void closed(DelegateExecution execution) {
    LocalDate today = clock.today();
    LocalDate due = CaseDates.required(execution, CaseVariables.ACTION_DUE_ON);
    update(execution, record -> {
      record.put("status", CLOSED);
      record.put("closedOn", today.toString());
      record.put("onTime", !today.isAfter(due));
      record.put("onTimeLabel", today.isAfter(due) ? "No, late" : "Yes");
    });
  }

  private void update(DelegateExecution execution, Consumer<Map<String, Object>> change) {
    int number = index(execution) + 1;
    DelegateExecution plan = execution.getProcessInstance();
    List<Map<String, Object>> records = new ArrayList<>();
    for (Map<String, Object> record : JsonVariables.records(plan, CaseVariables.ACTION_PLAN)) {
      Map<String, Object> copy = new LinkedHashMap<>(record);
      if (Integer.valueOf(number).equals(asInteger(copy.get("number")))) {
        change.accept(copy);
      }
      records.add(copy);
    }
    plan.setVariableLocal(CaseVariables.ACTION_PLAN, JsonVariables.jsonValue(records));
  }

  private Map<String, Object> recommendation(VariableScope scope) {
    List<Map<String, Object>> recommendations = JsonVariables.records(scope, CaseVariables.RECOMMENDATIONS);
    int index = index(scope);
    if (index < 0 || index >= recommendations.size()) {
      throw new ProcessEngineException("The action plan has no recommendation " + (index + 1));
    }
    return recommendations.get(index);
  }

  private static int index(VariableScope scope) {
    Integer index = asInteger(scope.getVariable(CaseVariables.RECOMMENDATION_INDEX));
    if (index == null) {
      throw new ProcessEngineException("No '" + CaseVariables.RECOMMENDATION_INDEX + "' in this branch of the plan");
    }
    return index;
  }

  private static Integer asInteger(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }
}
