package uk.safeguarding.casereview.review.referral.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import uk.safeguarding.casereview.review.referral.MyReferral;

/**
 * GET my-referrals: the signed-in person's own referrals, read only. There is no parameter to name another
 * person or another case: who is asking decides what is answered.
 */
@Produces(MediaType.APPLICATION_JSON)
public class MyReferralsResource extends AbstractTasklistPluginResource {

  public MyReferralsResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("my-referrals")
  public List<MyReferral> myReferrals() {
    Authentication authentication = getProcessEngine().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new InvalidRequestException(Response.Status.UNAUTHORIZED, "Sign in to see your referrals");
    }
    return ReferralServices.get().of(authentication.getUserId());
  }
}
