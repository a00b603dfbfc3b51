package dev.moneytrail.schemas.topics;

import dev.moneytrail.schemas.AccountEvent;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.DeadLetter;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.TransactionEvent;
import java.util.List;

/** The typed topic catalogue: the only place topic names appear. */
public final class Topics {

  /** Ledger entries from the bank core / money-transfer operator, keyed by account id. */
  public static final Topic<TransactionEvent> TRANSACTIONS =
      new Topic<>("screening.transactions.v1", "account_id", TransactionEvent.class);

  /** Account openings and changes of KYC details, keyed by account id. */
  public static final Topic<AccountEvent> ACCOUNTS =
      new Topic<>("screening.accounts.v1", "account_id", AccountEvent.class);

  /** Published rule packages, keyed by package id (compacted: the latest version wins). */
  public static final Topic<RulePackage> RULES =
      new Topic<>("screening.rules.v1", "package_id", RulePackage.class);

  /** Consolidated alerts, keyed by alert id (a later revision supersedes an earlier one). */
  public static final Topic<Alert> ALERTS =
      new Topic<>("screening.alerts.v1", "alert_id", Alert.class);

  /** Challenger-package alerts in shadow mode, keyed by alert id; never reviewed as live alerts. */
  public static final Topic<Alert> SHADOW_ALERTS =
      new Topic<>("screening.alerts.shadow.v1", "alert_id", Alert.class);

  /** Input records the job could not use, with origin and reason, keyed by source topic. */
  public static final Topic<DeadLetter> DEAD_LETTERS =
      new Topic<>("screening.deadletter.v1", "source_topic", DeadLetter.class);

  /** Append-only audit trail of rule governance (validate, deploy, refuse, activate, roll back), keyed by package id. */
  public static final Topic<RuleAuditEvent> AUDIT =
      new Topic<>("screening.audit.v1", "package_id", RuleAuditEvent.class);

  public static List<Topic<?>> all() {
    return List.of(TRANSACTIONS, ACCOUNTS, RULES, ALERTS, SHADOW_ALERTS, DEAD_LETTERS, AUDIT);
  }

  private Topics() {}
}
