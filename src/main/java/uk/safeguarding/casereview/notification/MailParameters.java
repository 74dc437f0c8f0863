package uk.safeguarding.casereview.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a mail may say about a case, and nothing more: the case reference, the child's pseudonym, the
 * task or step, its due date and a link to Tasklist. No narrative, no dates of birth, no addresses: mail
 * leaves the partnership's systems, so it carries only what lets a person find the work in Tasklist.
 *
 * @param subject the task's name, or the step a mailbox is told about ("The safeguarding partners have been
 *                told"); always text from the diagram, never from the case's data
 * @param sections for the weekly digest only: lines of several cases, each again only a reference, a pseudonym,
 *                 a step and a date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailParameters(String partnershipName, String caseReference, String childPseudonym, String subject,
                             LocalDate dueDate, String link, List<Section> sections) {

  /** A mail about one case. */
  public MailParameters(String partnershipName, String caseReference, String childPseudonym, String subject,
                        LocalDate dueDate, String link) {
    this(partnershipName, caseReference, childPseudonym, subject, dueDate, link, null);
  }

  /** A heading of the digest and its lines. */
  public record Section(String title, List<Line> lines) {
  }

  /** One line of the digest: a case, a step of it and that step's date, written as people read dates. */
  public record Line(String caseReference, String childPseudonym, String step, String date) {
  }
}
