package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A learning theme (neglect, domestic abuse, information sharing, ...). Its id is what a review is tagged
 * with and stays the same for the years the annual report counts; its name is what people read.
 */
public record LearningTheme(
    @NotBlank @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String id,
    @NotBlank String name) {
}
