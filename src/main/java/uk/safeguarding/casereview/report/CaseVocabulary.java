package uk.safeguarding.casereview.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import uk.safeguarding.casereview.form.FormField;
import uk.safeguarding.casereview.form.FormSchema;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * What people read for a case's variables and the values they hold: the labels of the Camunda Forms deployed
 * with the case's processes (so a form an administrator edited and deployed again is read as it now is), the
 * names of the audited decisions, and the variables a step's output mapping copies from a form's field. A
 * variable that is on no form and is not one of the case's known facts is the engine's own (a multi-instance
 * counter such as nrOfInstances) and is not shown.
 */
final class CaseVocabulary {

  /** Every variable the case's own code names: the case's facts, whether or not a form shows them. */
  private static final Set<String> KNOWN_FACTS = constants(CaseVariables.class);
  /** An output mapping that copies a variable as it is: ${partnerAgreement}. */
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Far more than the forms of the few deployments a partnership keeps; only a runaway would reach it. */
  private static final int MAX_PARSED_FORMS = 5_000;
  private static final Map<String, FormSchema> PARSED_FORMS = new ConcurrentHashMap<>();
  private static final Pattern COPY = Pattern.compile("^\\s*\\$\\{\\s*(\\w+)\\s*}\\s*$");

  private final Map<String, FormField> fields;
  private final Map<String, String> anyOptionLabels;
  /** Step (activity id) → the fields of the form it shows, for a key that two forms label differently. */
  private final Map<String, Map<String, FormField>> stepForms;
  /** Variable → the label most of the forms that show it give it. */
  private final Map<String, String> labels = new HashMap<>();

  private CaseVocabulary(Map<String, FormField> fields, Map<String, String> anyOptionLabels,
                         Map<String, Map<String, FormField>> stepForms, Map<String, Map<String, Long>> labelCounts) {
    labelCounts.forEach((variable, counts) -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .ifPresent(most -> labels.put(variable, most.getKey())));
    this.fields = fields;
    this.anyOptionLabels = anyOptionLabels;
    this.stepForms = stepForms;
  }

  /** Reads the forms and diagrams of the given process definitions, as the person asking. */
  static CaseVocabulary read(RepositoryService repositoryService, Collection<String> processDefinitionIds,
                             Map<String, Object> facts) {
    Map<String, FormField> fields = new HashMap<>();
    Map<String, String> anyOptionLabels = new HashMap<>();
    Map<String, String> copies = new HashMap<>();
    Map<String, String> stepFormIds = new HashMap<>();
    Set<String> deployments = new LinkedHashSet<>();
    for (String definitionId : new LinkedHashSet<>(processDefinitionIds)) {
      deployments.add(repositoryService.getProcessDefinition(definitionId).getDeploymentId());
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitionId);
      copies.putAll(copiedVariables(model));
      model.getModelElementsByType(UserTask.class).stream().filter(task -> task.getCamundaFormRef() != null)
          .forEach(task -> stepFormIds.put(task.getId(), task.getCamundaFormRef()));
    }
    Map<String, Map<String, FormField>> formsById = new HashMap<>();
    Map<String, Map<String, Long>> labelCounts = new HashMap<>();
    for (String deployment : deployments) {
      for (String resource : repositoryService.getDeploymentResourceNames(deployment)) {
        if (resource.endsWith(".form")) {
          FormSchema form = read(repositoryService, deployment, resource);
          Map<String, FormField> byKey = formsById.computeIfAbsent(form.id(), id -> new HashMap<>());
          form.fields().forEach(field -> {
            byKey.putIfAbsent(field.key(), field);
            fields.putIfAbsent(field.key(), field);
            if (field.label() != null && !field.label().isBlank()) {
              labelCounts.computeIfAbsent(field.key(), key -> new LinkedHashMap<>())
                  .merge(field.label(), 1L, Long::sum);
            }
            field.optionLabels().forEach(anyOptionLabels::putIfAbsent);
          });
        }
      }
    }
    Map<String, Map<String, FormField>> stepForms = new HashMap<>();
    stepFormIds.forEach((step, formId) -> stepForms.put(step, formsById.getOrDefault(formId, Map.of())));
    copies.forEach((target, source) -> Optional.ofNullable(fields.get(source))
        .ifPresent(field -> fields.putIfAbsent(target, field)));
    // a field may offer options the case holds ({valuesKey}: [{label, value}]), e.g. the agencies
    fields.values().stream().flatMap(field -> Stream.concat(Stream.of(field), field.children().stream()))
        .map(FormField::valuesKey).filter(key -> key != null && facts.get(key) != null).distinct()
        .forEach(key -> offered(facts.get(key).toString()).forEach(anyOptionLabels::putIfAbsent));
    return new CaseVocabulary(fields, anyOptionLabels, stepForms, labelCounts);
  }

  private static Map<String, String> offered(String options) {
    Map<String, String> labels = new HashMap<>();
    try {
      JSON.readTree(options).forEach(option -> labels.put(option.path("value").asText(),
          option.path("label").asText(option.path("value").asText())));
    } catch (IOException notAList) {
      // not the list a form reads its options from: its values keep their codes
    }
    return labels;
  }

  /**
   * A deployed form, parsed once: deployed resources never change, and every case page needs every form of its
   * deployment. The person's right to read the deployment is still checked on every page (its resource names
   * are read as them).
   */
  private static FormSchema read(RepositoryService repositoryService, String deployment, String resource) {
    if (PARSED_FORMS.size() > MAX_PARSED_FORMS) {
      PARSED_FORMS.clear();
    }
    return PARSED_FORMS.computeIfAbsent(deployment + "/" + resource, key -> {
      try (InputStream form = repositoryService.getResourceAsStream(deployment, resource)) {
        return FormSchema.parse(form.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Target → source of the output mappings that copy a variable unchanged (a step's, or a called process's). */
  private static Map<String, String> copiedVariables(BpmnModelInstance model) {
    Map<String, String> copies = new HashMap<>();
    for (CamundaOutputParameter output : model.getModelElementsByType(CamundaOutputParameter.class)) {
      Matcher copy = COPY.matcher(output.getTextContent() == null ? "" : output.getTextContent());
      if (copy.matches()) {
        copies.put(output.getCamundaName(), copy.group(1));
      }
    }
    for (CamundaOut out : model.getModelElementsByType(CamundaOut.class)) {
      if (out.getCamundaSource() != null && out.getCamundaTarget() != null) {
        copies.put(out.getCamundaTarget(), out.getCamundaSource());
      }
    }
    return copies;
  }

  Optional<FormField> field(String variable) {
    return Optional.ofNullable(fields.get(variable));
  }

  /** Whether the variable is the case's data (shown), not the engine's own (hidden). */
  boolean shown(String variable) {
    return fields.containsKey(variable) || KNOWN_FACTS.contains(variable) || AuditedDecisions.named(variable);
  }

  /**
   * The name people read for a variable: the decision it records, the label of the form of the step that set
   * it (a key two forms label differently), the label most forms give it, or its name in words.
   */
  String label(String variable, String activityId) {
    Optional<FormField> onTheStep = Optional.ofNullable(activityId).map(stepForms::get)
        .map(form -> form.get(variable));
    return AuditedDecisions.of(variable).map(AuditedDecisions.Kind::label)
        .or(() -> onTheStep.map(FormField::label).filter(label -> !label.isBlank()))
        .or(() -> Optional.ofNullable(labels.get(variable)))
        .orElseGet(() -> words(variable));
  }

  /** The label of a value a variable holds: its own form's option, else any form's option with that value. */
  Optional<String> optionLabel(String variable, String value) {
    Optional<FormField> field = field(variable);
    if (field.isPresent() && !field.get().optionLabels().isEmpty()) {
      return Optional.ofNullable(field.get().optionLabels().get(value));
    }
    return Optional.ofNullable(anyOptionLabels.get(value));
  }

  /** "panelSubmissionDate" → "Panel submission date". */
  static String words(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static Set<String> constants(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Field constant : type.getFields()) {
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
        try {
          names.add((String) constant.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Set.copyOf(names);
  }
}
