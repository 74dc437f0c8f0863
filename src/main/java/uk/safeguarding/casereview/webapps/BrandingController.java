package uk.safeguarding.casereview.webapps;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * The partnership's name for the webapps' headers, titles and login pages ({@code app/case-review/branding.js}
 * fetches it before each app starts). Public, because login pages need it. The browser puts it in as text,
 * never as markup.
 */
@RestController
public class BrandingController {

  public static final String PATH = "/case-review/branding.json";

  private final CaseReviewProperties properties;
  private final DirectoryProperties directory;

  public BrandingController(CaseReviewProperties properties, DirectoryProperties directory) {
    this.properties = properties;
    this.directory = directory;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> branding() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(Map.of("partnershipName", properties.getPartnershipName(),
            // signed in through the provider: sign-out goes there too, and there is no password form to show
            "directorySignIn", directory.kind() == DirectoryProperties.Kind.OIDC));
  }
}
