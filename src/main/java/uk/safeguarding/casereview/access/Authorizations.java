package uk.safeguarding.casereview.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Makes sure a group holds a grant: creates the authorization or adds the permissions it lacks. */
@Component
public class Authorizations {

  private final AuthorizationService authorizationService;

  public Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void ensureGranted(Grant grant) {
    ensureGranted(grant.group(), grant.resource(), grant.resourceId(), grant.permissions());
  }

  public void ensureGranted(String group, Resource resource, String resourceId, List<Permission> permissions) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
    Authorization authorization = existing.isEmpty()
        ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT)
        : existing.get(0);
    boolean changed = existing.isEmpty();
    if (changed) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
