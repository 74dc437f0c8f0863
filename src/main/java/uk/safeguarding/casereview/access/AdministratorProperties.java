package uk.safeguarding.casereview.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator account, kept a direct member of {@code camunda-admin} at every start. In production the
 * id and password come from {@code ADMIN_USER} and {@code ADMIN_PASSWORD} and a weak or missing password stops
 * start-up; the embedded default uses the demo account admin/admin.
 */
@Validated
@ConfigurationProperties(prefix = "casereview.administrator")
public class AdministratorProperties implements Validator {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}", message = "must be 2 to 64 letters, digits or . _ -")
  private String id;

  /** Sets the password when the account is created; later changes are made in Admin and are kept. */
  private String password;

  @NotBlank
  private String firstName = "Partnership";

  @NotBlank
  private String lastName = "Administrator";

  @Email
  private String email;

  /** On in production: the password must pass {@link StrongPassword}. */
  private boolean strongPasswordRequired = true;

  @Override
  public boolean supports(Class<?> type) {
    return AdministratorProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    AdministratorProperties administrator = (AdministratorProperties) target;
    if (administrator.password == null || administrator.password.isBlank()) {
      errors.rejectValue("password", "missing", "must be set (ADMIN_PASSWORD in production)");
      return;
    }
    if (administrator.strongPasswordRequired) {
      StrongPassword.weaknessOf(administrator.password, administrator.id, administrator.firstName,
              administrator.lastName)
          .ifPresent(weakness -> errors.rejectValue("password", "weak",
              "is too weak (ADMIN_PASSWORD): " + weakness));
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isStrongPasswordRequired() {
    return strongPasswordRequired;
  }

  public void setStrongPasswordRequired(boolean strongPasswordRequired) {
    this.strongPasswordRequired = strongPasswordRequired;
  }
}
