package uk.safeguarding.casereview.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/** Reads a JSON list variable (as Spin stores it) for assertions. */
public final class JsonAssert {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonAssert() {
  }

  public static List<Map<String, Object>> records(Object jsonVariable) {
    try {
      return JSON.readValue(jsonVariable.toString(), new TypeReference<List<Map<String, Object>>>() { });
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not a JSON list of records: " + jsonVariable, e);
    }
  }

  /** A JSON list of text, such as a checklist's choices. */
  public static List<String> strings(Object jsonVariable) {
    try {
      return JSON.readValue(jsonVariable.toString(), new TypeReference<List<String>>() { });
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not a JSON list of text: " + jsonVariable, e);
    }
  }

  public static ListAssert<Map<String, Object>> assertRecords(Object jsonVariable) {
    return Assertions.assertThat(records(jsonVariable));
  }
}
