package dev.moneytrail.console.store;

/** Where an alert is in review. Closed states end the workflow; REFERRED needs two people. */
public enum Status {
  NEW, IN_REVIEW, ESCALATED, REFERRAL_PENDING, REFERRED, CLOSED_FALSE_POSITIVE, CLOSED_INCONCLUSIVE;

  public boolean open() {
    return this == NEW || this == IN_REVIEW || this == ESCALATED;
  }
}
