package uk.safeguarding.casereview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The case review engine: Camunda 7 with Tasklist, Cockpit, Admin and the REST API in one application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseReviewApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseReviewApplication.class, args);
  }
}
