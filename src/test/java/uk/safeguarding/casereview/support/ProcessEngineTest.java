package uk.safeguarding.casereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the whole application without a real web server (a mock servlet context), on an in-memory database, with the job
 * executor off so that tests decide when timers and async steps run (and move time with ClockUtil). All
 * process tests share one cached context. Each test class records which elements of which diagrams it ran
 * (camunda-process-test-coverage, reports in target/process-test-coverage); {@code ProcessCoverageGateTest}
 * adds them up per process.
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
@Import(ProcessEngineCoverageConfiguration.class)
@SharedApplication
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessEngineTest {
}
