package uk.safeguarding.casereview.report;

/** A request's query parameters by name, as the reports' filters read them; blank counts as not given. */
@FunctionalInterface
public interface QueryParameters {

  String raw(String name);

  default String get(String name) {
    String value = raw(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A value as an error message quotes it: short, whatever was sent. */
  static String quoted(String value) {
    return "\"" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "\"";
  }
}
