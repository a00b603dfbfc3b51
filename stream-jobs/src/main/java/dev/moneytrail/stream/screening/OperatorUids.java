package dev.moneytrail.stream.screening;

/** Stable operator uids: savepoints map state by these, so they never change once released. */
public final class OperatorUids {
  public static final String TRANSACTION_SOURCE = "transaction-source";
  public static final String ACCOUNT_SOURCE = "account-source";
  public static final String RULE_SOURCE = "rule-source";
  public static final String DECODE_TRANSACTIONS = "decode-transactions";
  public static final String DECODE_ACCOUNTS = "decode-accounts";
  public static final String DECODE_RULES = "decode-rules";
  public static final String EVENT_TIME = "event-time";
  public static final String ACCOUNT_SCREENING = "account-screening";
  public static final String FAN_IN_SCREENING = "fan-in-screening";
  public static final String ATTRIBUTE_SCREENING = "attribute-screening";
  public static final String ALERT_CONSOLIDATION = "alert-consolidation";
  public static final String CLUSTER_SCORING = "cluster-scoring";
  public static final String ALERT_SINK = "alert-sink";
  public static final String SHADOW_ALERT_CONSOLIDATION = "shadow-alert-consolidation";
  public static final String SHADOW_CLUSTER_SCORING = "shadow-cluster-scoring";
  public static final String SHADOW_ALERT_SINK = "shadow-alert-sink";
  public static final String DEAD_LETTER_SINK = "dead-letter-sink";
  public static final String RULE_AUDIT_SINK = "rule-audit-sink";

  private OperatorUids() {}
}
