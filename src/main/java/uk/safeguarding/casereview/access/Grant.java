package uk.safeguarding.casereview.access;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One row of the access table: a group may do these things to this resource (id or {@code *}). */
public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {

  public Grant forGroup(String otherGroup) {
    return new Grant(otherGroup, resource, resourceId, permissions);
  }
}
