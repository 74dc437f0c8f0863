package uk.safeguarding.casereview.access.gate;

/**
 * The ways in that the gate guards, each with the part of the path its allow-list names. The engine's REST
 * API answers at {@code /engine-rest/...} for Camunda Modeler and scripts, and the same API at
 * {@code /camunda/api/engine/engine/{engine}/...} for Tasklist, Cockpit and Admin.
 */
public enum Api {
  /** Camunda's REST API, by either path: {@code /task/{id}/submit-form}. */
  ENGINE,
  /** The webapps' own APIs under {@code /camunda/api}: {@code /admin/auth/user/default/login/tasklist}. */
  WEBAPP,
  /** This application's own operator API: {@code /api/mail-outbox/42/retry}. */
  OWN
}
