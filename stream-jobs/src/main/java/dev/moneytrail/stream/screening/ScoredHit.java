package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.RuleHit;

/**
 * A rule hit on its way to alert consolidation: the subject it is about, the typology its rule
 * belongs to, and the package that produced it. A Flink POJO around the Avro RuleHit.
 */
public class ScoredHit {
  public String subjectAccountId;
  public String typology;
  public String rulePackage;
  public String description;
  public RuleHit hit;

  public ScoredHit() {}

  public ScoredHit(String subjectAccountId, String typology, String rulePackage, String description, RuleHit hit) {
    this.subjectAccountId = subjectAccountId;
    this.typology = typology;
    this.rulePackage = rulePackage;
    this.description = description;
    this.hit = hit;
  }

  /** Consolidation key: one open alert per subject and typology. */
  public String consolidationKey() {
    return subjectAccountId + "|" + typology;
  }
}
