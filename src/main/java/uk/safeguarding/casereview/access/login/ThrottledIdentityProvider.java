package uk.safeguarding.casereview.access.login;

import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import uk.safeguarding.casereview.access.directory.DirectoryPasswords;

/**
 * Camunda's own user store, with every password check (webapp login, HTTP Basic, the current password asked
 * for when changing one's own) counted by the {@link LoginThrottle} instead of Camunda's lock. Camunda locks
 * an account for good after ten wrong passwords, the only administrator's included, and while its shorter
 * locks last it refuses the right password too, so anyone hammering a user name keeps that person out.
 * With a directory, whose passwords count is decided by {@link DirectoryPasswords}.
 */
public class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;
  private final DirectoryPasswords directory;

  ThrottledIdentityProvider(LoginThrottle throttle, DirectoryPasswords directory) {
    this.throttle = throttle;
    this.directory = directory;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = ClientAddress.current();
    if (throttle.waitBefore(userId, address).isPresent()) {
      return false;
    }
    boolean right = directory.check(userId, password).orElseGet(() -> {
      UserEntity user = userId == null ? null : findUserById(userId);
      return user != null && password != null && matchPassword(password, user);
    });
    if (right) {
      throttle.succeeded(userId, address);
    } else {
      throttle.failed(userId, address);
    }
    return right;
  }

  /** Opens the provider for the engine's commands, in place of Camunda's {@code DbIdentityServiceProvider}. */
  public record Factory(LoginThrottle throttle, DirectoryPasswords directory) implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      // the engine registers this factory for reading and, being writable, for managing users in Admin too
      return WritableIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new ThrottledIdentityProvider(throttle, directory);
    }
  }
}
