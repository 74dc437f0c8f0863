package uk.safeguarding.casereview.form;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RefusedFormMapper} with the engine's REST API at /engine-rest. */
@Configuration(proxyBeanMethods = false)
public class RestFormRefusals {

  @Bean
  ResourceConfigCustomizer refusedFormsAreBadRequests() {
    return config -> config.register(RefusedFormMapper.class);
  }
}
