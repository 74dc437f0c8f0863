package uk.safeguarding.casereview.review.notifiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.notifiableDeath;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.report.CaseLinks;
import uk.safeguarding.casereview.report.CaseRecord;
import uk.safeguarding.casereview.report.Measure;
import uk.safeguarding.casereview.report.Timeliness;
import uk.safeguarding.casereview.report.TimelinessRow;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * A notifiable death becomes a serious incident when abuse or neglect comes to be suspected: the serious
 * incident names the death's reference, takes its facts, does not notify the Secretary of State and Ofsted a
 * second time, and the two cases are linked both ways, whether the death's case is closed or still open.
 */
class NotifiableDeathBecomesSeriousIncidentTest extends ProcessTestBase {

  @Autowired CaseLinks caseLinks;
  @Autowired Timeliness timeliness;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2027, 1, 4, 9, 30);
  }

  private String recordDeath(String pseudonym, boolean closeIt) {
    Map<String, Object> start = notifiableDeath(pseudonym, "2027-01-04", "2027-01-02");
    start.put(CaseVariables.OTHER_AREA_CONNECTION, "lived-elsewhere");
    start.put(CaseVariables.OTHER_AREA, "Otherborough Council");
    String reference = cases.startByForm("notifier", ProcessKeys.NOTIFIABLE_DEATH, start).getBusinessKey();
    cases.runJobs();
    if (closeIt) {
      cases.complete("notifier", reference, "Task_NotifySecretaryOfStateAndOfsted", form(
          CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, "2027-01-04", CaseVariables.OFSTED_NOTIFIED_ON, "2027-01-04"));
      cases.complete("notifier", reference, "Task_TellOtherArea", form(CaseVariables.OTHER_AREA_TOLD_ON, "2027-01-04",
          CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough's business unit, by secure email"));
    }
    return reference;
  }

  /** The serious incident's start form when it names an earlier notifiable death: the rest is carried over. */
  private static Map<String, Object> suspicionArises(String deathReference, String awarenessDate) {
    return form(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, deathReference,
        CaseVariables.AWARENESS_DATE, awarenessDate,
        CaseVariables.ABUSE_OR_NEGLECT, "suspected",
        CaseVariables.NUMBER_OF_CHILDREN, 1,
        CaseVariables.INCIDENT_SUMMARY, "The post-mortem found injuries that raise a concern of abuse.");
  }

  private ProcessInstance startIncident(Map<String, Object> form) {
    return startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, form);
  }

  @Test
  void a_closed_notifiable_death_becomes_a_serious_incident_with_its_facts_and_a_link_each_way() {
    String death = recordDeath("Child Goshawk", true);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(death).count()).isZero();

    cases.at(LocalDateTime.of(2027, 2, 15, 10, 0));
    ProcessInstance incident = startIncident(suspicionArises(death, "2027-02-15"));
    String reference = incident.getBusinessKey();

    assertThat(reference).isNotEqualTo(death);
    assertThat(incident).isWaitingAt("Task_RecordPanelNotification").variables()
        .containsEntry(CaseVariables.CHILD_PSEUDONYM, "Child Goshawk")
        .containsEntry(CaseVariables.LOCAL_AUTHORITY_AREA, "Exampleshire Council")
        .containsEntry(CaseVariables.INCIDENT_DATE, "2027-01-02")
        .containsEntry(CaseVariables.INCIDENT_TYPE, "death")
        .containsEntry(CaseVariables.LOOKED_AFTER_STATUS, "looked-after")
        .containsEntry(CaseVariables.AWARENESS_DATE, "2027-02-15")
        .containsEntry(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, death);
    // the Secretary of State and Ofsted know of the death already; the Panel and the other area hear now
    assertThat(incident).hasPassed("EndEvent_PartnersAndRegulatorsTold")
        .hasNotPassed("CallActivity_RegulatorNotification");
    assertThat(cases.openTaskKeys(reference))
        .containsExactlyInAnyOrder("Task_RecordPanelNotification", "Task_TellOtherArea");

    assertThat(caseLinks.of(death, Map.of())).extracting(CaseRecord.LinkedCase::reference,
        CaseRecord.LinkedCase::relation).containsExactly(tuple(reference, "Became this serious incident"));
    assertThat(caseLinks.of(reference, Map.of(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, death)))
        .extracting(CaseRecord.LinkedCase::reference, CaseRecord.LinkedCase::relation)
        .containsExactly(tuple(death, "Began as this notifiable death"));

    // the death's case counts the Secretary of State and Ofsted and the other area; the incident its own steps
    assertThat(timeliness.rowsOf(death)).extracting(TimelinessRow::measure, TimelinessRow::status).containsExactly(
        tuple(Measure.REGULATORS_NOTIFIED.id(), TimelinessRow.Status.MET),
        tuple(Measure.OTHER_AREA_TOLD.id(), TimelinessRow.Status.MET));
    assertThat(timeliness.rowsOf(reference)).extracting(TimelinessRow::measure)
        .contains(Measure.PANEL_NOTIFICATION.id(), Measure.OTHER_AREA_TOLD.id())
        .doesNotContain(Measure.REGULATORS_NOTIFIED.id());
  }

  @Test
  void a_death_still_open_points_to_its_serious_incident_and_keeps_its_own_notification() {
    String death = recordDeath("Child Shoveler", false);
    String reference = startIncident(suspicionArises(death, "2027-01-04")).getBusinessKey();

    ProcessInstance deathCase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(death)
        .processDefinitionKey(ProcessKeys.NOTIFIABLE_DEATH).singleResult();
    assertThat(deathCase).variables().containsEntry(CaseVariables.SERIOUS_INCIDENT_REFERENCE, reference);
    assertThat(cases.openTaskKeys(death))
        .containsExactlyInAnyOrder("Task_NotifySecretaryOfStateAndOfsted", "Task_TellOtherArea");
    assertThat(cases.tasks(reference, "Task_NotifySecretaryOfStateAndOfsted")).isEmpty();
  }

  @Test
  void a_reference_that_is_no_notifiable_death_or_became_an_incident_already_is_refused_and_nothing_starts() {
    String death = recordDeath("Child Garganey", true);
    String other = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        uk.safeguarding.casereview.support.SeriousIncidentFixtures.startForm("Child Smew", "2027-01-04",
            "2027-01-03")).getBusinessKey();
    long before = historyService.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> startIncident(suspicionArises("CR-2027-9999", "2027-01-04")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(notifiableDeathReference) is not the case reference of a notifiable death"
            + " (CR-2027-9999)");
    assertThatThrownBy(() -> startIncident(suspicionArises(other, "2027-01-04")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("is not the case reference of a notifiable death");
    assertThatThrownBy(() -> startIncident(suspicionArises(death, "2027-01-01")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(awarenessDate) must not be before the date of death recorded in " + death
            + " (2 January 2027)");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);

    String incident = startIncident(suspicionArises(death, "2027-01-04")).getBusinessKey();
    assertThatThrownBy(() -> startIncident(suspicionArises(death, "2027-01-04")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("already became serious incident " + incident);
  }

  @Test
  void a_death_whose_case_ended_without_notifying_leaves_the_notification_to_the_serious_incident() {
    String death = recordDeath("Child Wheatear", false);
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(death)
        .processDefinitionKey(ProcessKeys.NOTIFIABLE_DEATH).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "recorded in error"));

    ProcessInstance incident = startIncident(suspicionArises(death, "2027-01-04"));

    assertThat(incident).isWaitingAt("CallActivity_RegulatorNotification");
    assertThat(cases.tasks(incident.getBusinessKey(), "Task_NotifySecretaryOfStateAndOfsted")).hasSize(1);
    assertThat(timeliness.rowsOf(incident.getBusinessKey())).extracting(TimelinessRow::measure)
        .contains(Measure.REGULATORS_NOTIFIED.id());
  }
}
