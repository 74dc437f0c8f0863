package uk.safeguarding.casereview.webapps;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Page modules both our plugins load (Tasklist's and Cockpit's): the case board, the recommendations tracker
 * and the helpers they build with. Each webapp serves only the files its plugin allows, from the plugin's own folder; these live
 * once, in plugin-webapp/case-review-shared, and each plugin's root resource allows and serves them as its own.
 */
public final class SharedPluginAssets {

  static final String FOLDER = "plugin-webapp/case-review-shared/";
  private static final List<String> FILES = List.of("app/dom.js", "app/views.js", "app/board.js",
      "app/recommendations.js", "app/partnership.css");

  private SharedPluginAssets() {
  }

  /** The webapp's own allowed assets with the shared ones added. */
  public static List<String> allowedWith(List<String> own) {
    List<String> all = new ArrayList<>(own);
    all.addAll(FILES);
    return all;
  }

  /** The shared file's content, or null when the name is not one of them (the plugin's own folder serves it). */
  public static InputStream open(String file) {
    return FILES.contains(file) ? SharedPluginAssets.class.getClassLoader().getResourceAsStream(FOLDER + file) : null;
  }
}
