package uk.safeguarding.casereview.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;

/**
 * The outbox for administrators and the business unit: {@code GET /api/mail-outbox?status=FAILED} lists mail,
 * {@code POST /api/mail-outbox/{id}/retry} gives a failed mail a fresh set of attempts. HTTP Basic against
 * Camunda identity, as {@code /engine-rest}.
 */
@RestController
@RequestMapping("/api/mail-outbox")
public class MailOutboxController {

  static final Set<String> ALLOWED_GROUPS = Set.of(Groups.ADMINISTRATORS, Groups.BUSINESS_UNIT);
  private static final int PAGE = 200;

  private final MailOutbox outbox;
  private final IdentityService identityService;

  public MailOutboxController(MailOutbox outbox, IdentityService identityService) {
    this.outbox = outbox;
    this.identityService = identityService;
  }

  @GetMapping
  public ResponseEntity<?> list(@RequestParam(required = false) String status) {
    if (!allowed()) {
      return forbidden();
    }
    if (status == null) {
      return ResponseEntity.ok(Map.of("counts", outbox.counts(),
          "failed", outbox.list(Status.FAILED, PAGE), "pending", outbox.list(Status.PENDING, PAGE)));
    }
    Status wanted;
    try {
      wanted = Status.valueOf(status.toUpperCase());
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequestException", "message",
          "status must be one of " + List.of(Status.values()) + ", not '" + status + "'"));
    }
    return ResponseEntity.ok(outbox.list(wanted, PAGE));
  }

  @PostMapping("/{id}/retry")
  public ResponseEntity<?> retry(@PathVariable long id) {
    if (!allowed()) {
      return forbidden();
    }
    if (outbox.find(id).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("type", "NotFound", "message",
          "No mail " + id + " in the outbox"));
    }
    if (!outbox.retry(id)) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("type", "Conflict", "message",
          "Mail " + id + " has not failed; only failed mail can be retried"));
    }
    return ResponseEntity.ok(outbox.find(id).orElseThrow());
  }

  private boolean allowed() {
    return Groups.memberOfAny(identityService.getCurrentAuthentication(), ALLOWED_GROUPS);
  }

  private static ResponseEntity<?> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("type", "AuthorizationException", "message",
        "Only administrators and the business unit may see the mail outbox"));
  }
}
