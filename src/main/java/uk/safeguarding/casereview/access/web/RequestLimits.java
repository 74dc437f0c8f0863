package uk.safeguarding.casereview.access.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code casereview.requests.*}: the largest request bodies the REST API and the webapps' API accept. A form
 * submission is a few kilobytes; only an administrator's deployment from Camunda Modeler (multipart) is
 * bigger.
 */
@Validated
@ConfigurationProperties(prefix = "casereview.requests")
public class RequestLimits {

  @NotNull
  private DataSize maxBodySize = DataSize.ofKilobytes(256);

  /** Multipart bodies: diagrams and forms deployed from Camunda Modeler. */
  @NotNull
  private DataSize maxUploadSize = DataSize.ofMegabytes(10);

  /** How deeply JSON may nest; Camunda's own bodies and Tasklist's nest a few levels. */
  @Min(4) @Max(500)
  private int maxJsonDepth = 32;

  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  public DataSize getMaxUploadSize() {
    return maxUploadSize;
  }

  public void setMaxUploadSize(DataSize maxUploadSize) {
    this.maxUploadSize = maxUploadSize;
  }

  public int getMaxJsonDepth() {
    return maxJsonDepth;
  }

  public void setMaxJsonDepth(int maxJsonDepth) {
    this.maxJsonDepth = maxJsonDepth;
  }
}
