package uk.safeguarding.casereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test application's annotation: the test classes configured with it share one running application, which
 * {@link OneApplicationAtATime} otherwise closes after each class. For classes whose data cannot get in each
 * other's way (each works on cases of its own and looks at nothing else).
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SharedApplication {
}
