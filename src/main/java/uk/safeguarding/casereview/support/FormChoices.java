package uk.safeguarding.casereview.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Configured things as the choices of a form's checklist or select: {@code [{label, value}]}, in order. */
public final class FormChoices {

  private FormChoices() {
  }

  public static <T> List<Map<String, String>> of(List<T> items, Function<T, String> label,
                                                 Function<T, String> value) {
    return items.stream().map(item -> {
      Map<String, String> choice = new LinkedHashMap<>();
      choice.put("label", label.apply(item));
      choice.put("value", value.apply(item));
      return choice;
    }).toList();
  }
}
