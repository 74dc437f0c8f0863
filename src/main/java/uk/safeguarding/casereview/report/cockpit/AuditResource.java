package uk.safeguarding.casereview.report.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import uk.safeguarding.casereview.access.AccessTable;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.report.CaseRecord;
import uk.safeguarding.casereview.report.CaseSummary;
import uk.safeguarding.casereview.report.DiagramView;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.report.Timeliness;
import uk.safeguarding.casereview.report.TimelinessReport;

/**
 * The plugin's REST resources: read only (GET), for the groups that may read case history. Everyone else
 * gets 403, whatever Cockpit lets them see; the queries then run as the person asking, so the engine's own
 * history rights apply too.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource extends AbstractCockpitPluginResource {

  static final int DEFAULT_RESULTS = 50;

  public AuditResource(String engineName) {
    super(engineName);
  }

  /** Whether the person may use the plugin: the page shows its menu entry only on 200. */
  @GET
  @Path("access")
  public Map<String, Object> access() {
    return Map.of("user", requireReader().getUserId());
  }

  @GET
  @Path("cases")
  public List<CaseSummary> cases(@QueryParam("search") String search, @QueryParam("maxResults") String maxResults) {
    requireReader();
    return AuditServices.get().search().search(search, count("maxResults", maxResults));
  }

  @GET
  @Path("cases/{reference}")
  public CaseRecord caseRecord(@PathParam("reference") String reference) {
    requireReader();
    return AuditServices.get().history().of(reference).orElseThrow(() -> new InvalidRequestException(
        Response.Status.NOT_FOUND, "No case with the reference " + reference));
  }

  @GET
  @Path("processes/{processInstanceId}/diagram")
  public DiagramView diagram(@PathParam("processInstanceId") String processInstanceId) {
    requireReader();
    return AuditServices.get().history().diagram(processInstanceId).orElseThrow(() -> new InvalidRequestException(
        Response.Status.NOT_FOUND, "No process " + processInstanceId));
  }

  @GET
  @Path("timeliness")
  public TimelinessReport timeliness(@QueryParam("year") String year) {
    requireReader();
    return report(year);
  }

  @GET
  @Path("timeliness.csv")
  @Produces("text/csv")
  public Response timelinessCsv(@QueryParam("year") String year) {
    requireReader();
    TimelinessReport report = report(year);
    return Response.ok(AuditServices.get().csv().write(report), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"timeliness-" + report.year() + ".csv\"")
        .build();
  }

  /** The report of the year asked for; only a year that is not one of ours is the asker's mistake (400). */
  private TimelinessReport report(String year) {
    Timeliness timeliness = AuditServices.get().timeliness();
    ReportingYear reportingYear;
    try {
      reportingYear = timeliness.year(year);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, e.getMessage());
    }
    return timeliness.reportFor(reportingYear);
  }

  private Authentication requireReader() {
    Authentication authentication = getCurrentAuthentication();
    if (!Groups.memberOfAny(authentication, AccessTable.CASE_HISTORY_READERS)) {
      throw new InvalidRequestException(Response.Status.FORBIDDEN, "Case history and the timeliness report are"
          + " for auditors, the business unit and administrators");
    }
    return authentication;
  }

  private static int count(String name, String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_RESULTS;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new InvalidRequestException(Response.Status.BAD_REQUEST, name + " must be a whole number of at least 1"
        + " (was \"" + value + "\")");
  }
}
