package uk.safeguarding.casereview.notification;

/** A mail ready for SMTP: subject, plain text and HTML alternatives. */
public record RenderedMail(String subject, String text, String html) {
}
