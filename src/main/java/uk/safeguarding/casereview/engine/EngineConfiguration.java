package uk.safeguarding.casereview.engine;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The engine configuration of the Camunda starter, with deployed resources named the same everywhere. */
@Configuration
public class EngineConfiguration {

  /**
   * Spring's auto-deployment names a resource by its absolute file path when run from a folder and by its
   * bare file name when run from the jar, so the same diagram looks changed between the two and Cockpit shows
   * machine paths. Here every resource is named by its place on the classpath: {@code processes/x.bpmn},
   * {@code forms/x.form}.
   */
  static class ClasspathNamedDeployment extends SpringProcessEngineConfiguration {

    @Override
    protected String getFileResourceName(Resource resource) {
      try {
        String url = resource.getURL().toString();
        for (String folder : List.of("/processes/", "/forms/")) {
          int at = url.lastIndexOf(folder);
          if (at >= 0) {
            return url.substring(at + 1);
          }
        }
      } catch (IOException e) {
        // fall back to the file name below
      }
      return resource.getFilename();
    }
  }

  @Bean
  public ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new ClasspathNamedDeployment());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }
}
