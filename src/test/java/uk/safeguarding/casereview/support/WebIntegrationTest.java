package uk.safeguarding.casereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application on a real Tomcat at a random port, with Tasklist, Cockpit, Admin and the REST API. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:web-${random.uuid};DB_CLOSE_DELAY=-1",
    "casereview.demo-users=true"})
public @interface WebIntegrationTest {
}
