package uk.safeguarding.casereview.config;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import uk.safeguarding.casereview.access.Groups;

/**
 * Everything a partnership configures under {@code casereview.*}. Bound and validated at start-up: a bad or
 * missing value stops the application with a message that names the key (Spring Boot's failure report).
 * Rules that span several keys are checked in {@link #validate(Object, Errors)}.
 */
@Validated
@ConfigurationProperties(prefix = "casereview")
public class CaseReviewProperties implements Validator {

  /** E.g. "Exampleshire Safeguarding Children Partnership"; shown in mail and forms. */
  @NotBlank
  private String partnershipName;

  /** The local name of the review group: "Case Review Committee", "Critical Incident Group", ... */
  @NotBlank
  private String reviewGroupName;

  /** Where people reach the application; links in mail point here. */
  @NotBlank
  @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?", message = "must be an http(s) URL such as https://casereview.example.org")
  private String publicUrl;

  /** Case references look like CR-2026-0001. */
  @NotBlank
  @Pattern(regexp = "[A-Z]{2,6}", message = "must be 2 to 6 capital letters")
  private String caseReferencePrefix = "CR";

  /** Dates people type are local dates in this zone; deadlines fall due at the end of the working day here. */
  @NotNull
  private ZoneId timeZone = ZoneId.of("Europe/London");

  @NotEmpty
  @Valid
  private List<Agency> agencies = new ArrayList<>();

  /** Neighbouring areas' partnerships and their mailboxes, shown to the LA notifier who tells them. */
  @NotNull
  @Valid
  private List<OtherArea> otherAreas = new ArrayList<>();

  /** What reviews are about, for the annual report: the review group tags each review with some of these. */
  @NotEmpty
  @Valid
  private List<LearningTheme> learningThemes = new ArrayList<>();

  @NotNull
  @Valid
  private Timescales timescales = new Timescales();

  @NotNull
  @Valid
  private Targets targets;

  @NotNull
  @Valid
  private Retention retention = new Retention();

  @NotNull
  @Valid
  private TasklistSettings tasklist = new TasklistSettings();

  @NotNull
  @Valid
  private CalendarSettings calendar = new CalendarSettings();

  @NotNull
  @Valid
  private ReportingSettings reporting = new ReportingSettings();

  @Override
  public boolean supports(Class<?> type) {
    return CaseReviewProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    CaseReviewProperties properties = (CaseReviewProperties) target;
    properties.rejectDuplicateAgencies(errors);
    properties.rejectDuplicateThemes(errors);
    properties.rejectReminderNotBeforeDeadline(errors);
    properties.rejectUnknownHolidayRegion(errors);
  }

  private void rejectUnknownHolidayRegion(Errors errors) {
    String country = calendar.getHolidayCountry();
    String region = calendar.getHolidayRegion();
    if (country == null || region == null) {
      return;
    }
    HolidayManager manager;
    try {
      manager = HolidayManager.getInstance(ManagerParameters.create(country));
    } catch (RuntimeException e) {
      errors.rejectValue("calendar.holidayCountry", "unknown", "is not a country jollyday knows (e.g. gb)");
      return;
    }
    if (!manager.getCalendarHierarchy().getChildren().containsKey(region)) {
      errors.rejectValue("calendar.holidayRegion", "unknown", "is not a region of '" + country + "'; one of "
          + manager.getCalendarHierarchy().getChildren().keySet() + " (England and Wales: eng)");
    }
  }

  private void rejectDuplicateAgencies(Errors errors) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> groups = new HashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      Integer earlierId = agency.getId() == null ? null : ids.putIfAbsent(agency.getId(), i);
      if (earlierId != null) {
        errors.rejectValue("agencies[" + i + "].id", "duplicate",
            "repeats the id of casereview.agencies[" + earlierId + "]");
      }
      String group = agency.getGroup();
      if (group == null) {
        continue;
      }
      Integer earlierGroup = groups.putIfAbsent(group, i);
      if (earlierGroup != null) {
        errors.rejectValue("agencies[" + i + "].group", "duplicate",
            "repeats the group of casereview.agencies[" + earlierGroup + "]");
      }
      // an agency group named like a role would hand that role's rights to the agency, or the reverse
      if (Groups.ROLE_GROUPS.contains(group)) {
        errors.rejectValue("agencies[" + i + "].group", "reserved",
            "'" + group + "' is a role group; give the agency a group of its own, e.g. agency-" + agency.getId());
      }
    }
  }

  private void rejectDuplicateThemes(Errors errors) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < learningThemes.size(); i++) {
      String id = learningThemes.get(i).id();
      Integer earlier = id == null ? null : ids.putIfAbsent(id, i);
      if (earlier != null) {
        errors.rejectValue("learningThemes[" + i + "].id", "duplicate",
            "repeats the id of casereview.learning-themes[" + earlier + "]");
      }
    }
  }

  private void rejectReminderNotBeforeDeadline(Errors errors) {
    int lead = timescales.getReminderLeadWorkingDays();
    int shortest = Math.min(timescales.getPanelNotificationWorkingDays(),
        Math.min(timescales.getAgencySummaryWorkingDays(), timescales.getChronologyWorkingDays()));
    if (lead >= shortest) {
      errors.rejectValue("timescales.reminderLeadWorkingDays", "tooLong",
          "must be shorter than the shortest working-day deadline it reminds of (" + shortest + ")");
    }
    if (timescales.getRapidReviewReminderWorkingDays() >= timescales.getRapidReviewWorkingDays()) {
      errors.rejectValue("timescales.rapidReviewReminderWorkingDays", "tooLate",
          "must be before the rapid review is due (casereview.timescales.rapid-review-working-days = "
              + timescales.getRapidReviewWorkingDays() + ")");
    }
  }

  public Agency agency(String id) {
    return agencies.stream().filter(agency -> agency.getId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No agency '" + id + "' in casereview.agencies"));
  }

  public Targets getTargets() {
    return targets;
  }

  public void setTargets(Targets targets) {
    this.targets = targets;
  }

  public String getPartnershipName() {
    return partnershipName;
  }

  public void setPartnershipName(String partnershipName) {
    this.partnershipName = partnershipName;
  }

  public String getReviewGroupName() {
    return reviewGroupName;
  }

  public void setReviewGroupName(String reviewGroupName) {
    this.reviewGroupName = reviewGroupName;
  }

  /** The public URL without a trailing slash, ready for paths to be added. */
  public String publicBaseUrl() {
    return publicUrl.replaceAll("/+$", "");
  }

  public String getPublicUrl() {
    return publicUrl;
  }

  public void setPublicUrl(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String getCaseReferencePrefix() {
    return caseReferencePrefix;
  }

  public void setCaseReferencePrefix(String caseReferencePrefix) {
    this.caseReferencePrefix = caseReferencePrefix;
  }

  public ZoneId getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  public List<Agency> getAgencies() {
    return agencies;
  }

  public void setAgencies(List<Agency> agencies) {
    this.agencies = agencies;
  }

  public List<OtherArea> getOtherAreas() {
    return otherAreas;
  }

  public void setOtherAreas(List<OtherArea> otherAreas) {
    this.otherAreas = otherAreas;
  }

  public Timescales getTimescales() {
    return timescales;
  }

  public void setTimescales(Timescales timescales) {
    this.timescales = timescales;
  }

  public Retention getRetention() {
    return retention;
  }

  public void setRetention(Retention retention) {
    this.retention = retention;
  }

  public List<LearningTheme> getLearningThemes() {
    return learningThemes;
  }

  public void setLearningThemes(List<LearningTheme> learningThemes) {
    this.learningThemes = learningThemes;
  }

  public ReportingSettings getReporting() {
    return reporting;
  }

  public void setReporting(ReportingSettings reporting) {
    this.reporting = reporting;
  }

  public CalendarSettings getCalendar() {
    return calendar;
  }

  public void setCalendar(CalendarSettings calendar) {
    this.calendar = calendar;
  }

  public TasklistSettings getTasklist() {
    return tasklist;
  }

  public void setTasklist(TasklistSettings tasklist) {
    this.tasklist = tasklist;
  }
}
