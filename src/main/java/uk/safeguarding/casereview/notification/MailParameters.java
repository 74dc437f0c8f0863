package uk.safeguarding.casereview.notification;

import java.time.LocalDate;

/**
 * Everything a mail may say about a case, and nothing more: the case reference, the child's pseudonym, the
 * task or step, its due date and a link to Tasklist. No narrative, no dates of birth, no addresses: mail
 * leaves the partnership's systems, so it carries only what lets a person find the work in Tasklist.
 *
 * @param subject the task's name, or the step a mailbox is told about ("The safeguarding partners have been
 *                told"); always text from the diagram, never from the case's data
 */
public record MailParameters(String partnershipName, String caseReference, String childPseudonym, String subject,
                             LocalDate dueDate, String link) {
}
