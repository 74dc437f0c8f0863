package uk.safeguarding.casereview.access.login;

/**
 * The address of the client whose request this thread serves, so that the engine's password check can
 * count wrong passwords per address. Set by {@link LoginThrottleFilter}; behind a proxy it is the address
 * the proxy reports (Tomcat's {@code RemoteIpValve}, {@code server.forward-headers-strategy=native}).
 */
public final class ClientAddress {

  /** Password checks made by the application itself, not for a request. */
  public static final String INTERNAL = "internal";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {
  }

  public static String current() {
    String address = CURRENT.get();
    return address == null ? INTERNAL : address;
  }

  static void set(String address) {
    CURRENT.set(address);
  }

  static void clear() {
    CURRENT.remove();
  }
}
