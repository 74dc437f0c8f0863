package uk.safeguarding.casereview.form;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Gives every start event and user task that shows a Camunda Form ({@code camunda:formRef}) a server-side
 * check of what the form submits, so no diagram can forget it. The check runs before the element's own
 * listeners.
 */
@Component
public class FormValidationParseListener extends AbstractBpmnParseListener {

  private final FormSubmissionValidator validator;
  private final DeployedForms forms;

  public FormValidationParseListener(FormSubmissionValidator validator, DeployedForms forms) {
    this.validator = validator;
    this.forms = forms;
  }

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    if (scope instanceof ProcessDefinitionEntity process) {
      String name = process.getName() != null ? process.getName() : process.getKey();
      addCheck(startEventElement, startEventActivity, ExecutionListener.EVENTNAME_START, name);
    }
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    String name = userTaskElement.attribute("name") != null ? userTaskElement.attribute("name") : activity.getId();
    addCheck(userTaskElement, activity, ExecutionListener.EVENTNAME_END, name);
  }

  private void addCheck(Element element, ActivityImpl activity, String event, String formName) {
    String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formKey == null || formKey.contains("${") || formKey.contains("#{")) {
      // no Camunda Form, or one chosen at run time; nothing to resolve at parse time
      return;
    }
    String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
    if (binding == null) {
      binding = DefaultFormHandler.FORM_REF_BINDING_LATEST;
    }
    String version = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion");
    Integer pinned = version != null && version.matches("\\d+") ? Integer.valueOf(version) : null;
    activity.addListener(event, new FormSubmissionCheck(validator, forms, formKey, binding, pinned, formName), 0);
  }
}
