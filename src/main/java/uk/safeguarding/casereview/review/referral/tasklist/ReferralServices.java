package uk.safeguarding.casereview.review.referral.tasklist;

import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.review.referral.MyReferrals;

/**
 * The referrals service, for the Tasklist plugin's REST resource. Tasklist creates that resource itself
 * (JAX-RS, outside Spring), so it finds the Spring bean here; the application holds exactly one.
 */
@Component
public class ReferralServices {

  private static volatile ReferralServices current;

  private final MyReferrals referrals;

  public ReferralServices(MyReferrals referrals) {
    this.referrals = referrals;
    current = this;
  }

  static MyReferrals get() {
    ReferralServices services = current;
    if (services == null) {
      throw new IllegalStateException("The referrals are not ready yet");
    }
    return services.referrals;
  }
}
