package uk.safeguarding.casereview.support;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.BootstrapWith;

/**
 * Runs test classes in {@link Order} order, as {@link ClassOrderer.OrderAnnotation} does; among classes of the
 * same order, first those that start applications of their own, then the others grouped by the annotations
 * that configure their application, so that a JVM running them all starts each application once
 * ({@link OneApplicationAtATime}) and none is open while a test starts its own.
 */
public class SameApplicationTogether implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparingInt(SameApplicationTogether::order)
        .thenComparing(SameApplicationTogether::application));
  }

  private static int order(ClassDescriptor descriptor) {
    return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
  }

  /** Empty for a class outside Spring's test context; otherwise its annotations, with their settings. */
  private static String application(ClassDescriptor descriptor) {
    Class<?> testClass = descriptor.getTestClass();
    if (!AnnotatedElementUtils.hasAnnotation(testClass, BootstrapWith.class)) {
      return "";
    }
    return Arrays.stream(testClass.getAnnotations()).map(Annotation::toString)
        .filter(annotation -> !annotation.startsWith("@org.junit.")).sorted()
        .collect(Collectors.joining(" ", testClass.getSuperclass().getName() + " ", ""));
  }
}
