package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.support.ProcessTestBase;

/** The form a submission is checked against: the one bound, and a newer version once deployed for "latest". */
class DeployedFormsTest extends ProcessTestBase {

  @Autowired DeployedForms forms;
  private final List<Deployment> deployments = new ArrayList<>();

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 16, 9, 0);
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  @Test
  void a_form_bound_to_its_deployment_stays_that_version_and_latest_follows_a_new_one() {
    Deployment first = deploy("firstField");
    assertThat(fieldsOf("deployment", first)).containsExactly("firstField");
    assertThat(fieldsOf("latest", first)).containsExactly("firstField");

    Deployment second = deploy("secondField");
    assertThat(fieldsOf("deployment", first)).containsExactly("firstField");
    assertThat(fieldsOf("deployment", second)).containsExactly("secondField");
    assertThat(fieldsOf("latest", first)).containsExactly("secondField");
  }

  private Deployment deploy(String field) {
    String form = """
        {"id": "deployed-forms-check", "type": "default", "components": [
          {"type": "textfield", "id": "F1", "key": "%s", "label": "A field"}]}
        """.formatted(field);
    Deployment deployment = engine.getRepositoryService().createDeployment()
        .addString("deployed-forms-check.form", form).deploy();
    deployments.add(deployment);
    return deployment;
  }

  private List<String> fieldsOf(String binding, Deployment deployment) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> forms.find("deployed-forms-check", binding, null, deployment.getId())).fields()
        .stream().map(FormField::key).toList();
  }
}
