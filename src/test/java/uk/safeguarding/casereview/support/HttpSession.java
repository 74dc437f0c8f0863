package uk.safeguarding.casereview.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a browser or Camunda Modeler sends: HTTP Basic for {@code /engine-rest}, or a webapp login with its
 * session cookie and CSRF token for {@code /camunda/api/...}. Talks to the application on loopback only.
 */
public final class HttpSession {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long a request may take before the client gives up. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A response as the test reads it. */
  public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String basicAuthorization;
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();

  private HttpSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static HttpSession anonymous(int port) {
    return new HttpSession("http://localhost:" + port);
  }

  public static HttpSession basic(int port, String user, String password) {
    HttpSession session = anonymous(port);
    session.basicAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return session;
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) as its login page does. */
  public static HttpSession webapp(int port, String app, String user, String password) {
    HttpSession session = anonymous(port);
    session.get("/camunda/app/" + app + "/default/");
    Response login = session.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password));
    if (login.status() != 200) {
      throw new IllegalStateException("Login of " + user + " to " + app + " failed: " + login.status());
    }
    // the login starts a new session with a new CSRF token: the app's next request fetches it, as here
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpSession withHeader(String name, String value) {
    extraHeaders.put(name, value);
    return this;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /**
   * Follows redirects as a browser does, to this application or another server (a sign-in provider), with
   * this session's cookies; the first answer that is not a redirect.
   */
  public Response follow(Response response) {
    Response current = response;
    for (int hops = 0; hops < 10 && current.status() >= 301 && current.status() <= 303; hops++) {
      String location = current.header("Location");
      URI next = URI.create(baseUrl + "/").resolve(location);
      current = send(HttpRequest.newBuilder(next).timeout(TIMEOUT).GET());
    }
    return current;
  }

  /** A file as a browser downloads it: the bytes as sent, with the status and headers. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response postJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  public Response putJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  /** Any method with a JSON body, as an attacker would send it. */
  public Response json(String method, String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  public Response postForm(String path, Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  /** A multipart form: text parts, then files as (part name → file name, content). */
  public Response postMultipart(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
    String boundary = "----casereview" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, file) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file.getValue());
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT).header("Accept", "application/json, text/plain, */*");
    if (basicAuthorization != null) {
      builder.header("Authorization", basicAuthorization);
    }
    String csrf = cookie("XSRF-TOKEN");
    if (csrf != null) {
      builder.header("X-XSRF-TOKEN", csrf);
    }
    extraHeaders.forEach(builder::setHeader);
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
