package uk.safeguarding.casereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A process test: the whole application without a real web server (a mock servlet context), on an in-memory database, with the job
 * executor off so that tests decide when timers and async steps run (and move time with ClockUtil). All
 * process tests share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "casereview.demo-users=true",
    "casereview.mail.poll-interval=300ms",
    "camunda.bpm.deployment-resource-pattern=classpath*:processes/**/*.bpmn,classpath*:processes/**/*.dmn,"
        + "classpath*:forms/**/*.form,classpath*:test-processes/**/*.bpmn"})
public @interface ProcessEngineTest {
}
