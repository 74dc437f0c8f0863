package uk.safeguarding.casereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as the whole-case tests run it ({@link WholeCaseTest}), one for all of them: mail leaves at
 * once, and the job executor looks for due timers often, as the clock jumps weeks at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebIntegrationTest
@SharedApplication
@TestPropertySource(properties = {"casereview.mail.poll-interval=200ms",
    "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500"})
public @interface WholeCaseApplication {
}
