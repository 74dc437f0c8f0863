package uk.safeguarding.casereview.review.referral;

/**
 * One of the referrer's own referrals as the referrer sees it: the reference, the pseudonym they gave, the day
 * it arrived and where it stands in words. Nothing else of the case: what the group decided and why is not
 * the referrer's to read.
 */
public record MyReferral(String caseReference, String childPseudonym, String submittedOn, String state) {
}
