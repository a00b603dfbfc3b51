package dev.moneytrail.stream.screening;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.stream.state.AccountState;
import dev.moneytrail.stream.state.AttributeSighting;
import dev.moneytrail.stream.state.AttributeState;
import dev.moneytrail.stream.state.ClusterState;
import dev.moneytrail.stream.state.CounterpartyFlow;
import dev.moneytrail.stream.state.EmployerPayrollState;
import dev.moneytrail.stream.state.FanInState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the job, declared once. Names are part of savepoint
 * compatibility: never rename one that has been released.
 */
public final class ScreeningState {

  public static final ValueStateDescriptor<AccountState> ACCOUNT =
      new ValueStateDescriptor<>("account-state", new AvroTypeInfo<>(AccountState.class));

  /**
   * The pay runs and payees of an account that makes salary debits (B6 employer level). Apart from
   * {@link #ACCOUNT}: only employers carry it, and AccountState's schema stays as it is.
   */
  public static final ValueStateDescriptor<EmployerPayrollState> EMPLOYER_PAYROLL =
      new ValueStateDescriptor<>("employer-payroll-state", new AvroTypeInfo<>(EmployerPayrollState.class));

  public static final ValueStateDescriptor<FanInState> FAN_IN =
      new ValueStateDescriptor<>("fan-in-state", new AvroTypeInfo<>(FanInState.class));

  /**
   * An account's transactions and account events waiting for the watermark: the two arrive on
   * different topics, and screened in arrival order a payment could overtake the KYC change that
   * came before it (a restore reads the two backlogs at different speeds).
   */
  public static final ListStateDescriptor<ScreeningEvent> ACCOUNT_PENDING =
      new ListStateDescriptor<>("account-pending", TypeInformation.of(ScreeningEvent.class));

  /** Flows waiting for the watermark before the fan-in features take them, in event-time order. */
  public static final ListStateDescriptor<CounterpartyFlow> FAN_IN_PENDING =
      new ListStateDescriptor<>("fan-in-pending", new AvroTypeInfo<>(CounterpartyFlow.class));

  /** Sightings waiting for the watermark, likewise. */
  public static final ListStateDescriptor<AttributeSighting> ATTRIBUTE_PENDING =
      new ListStateDescriptor<>("attribute-pending", new AvroTypeInfo<>(AttributeSighting.class));

  public static final ValueStateDescriptor<AttributeState> ATTRIBUTE =
      new ValueStateDescriptor<>("attribute-state", new AvroTypeInfo<>(AttributeState.class));

  /** Hits waiting for the watermark before consolidation takes them, in event-time order. */
  public static final ListStateDescriptor<ScoredHit> CONSOLIDATION_PENDING =
      new ListStateDescriptor<>("consolidation-pending", TypeInformation.of(ScoredHit.class));

  /**
   * Conditional hits (H3) of a subject and typology waiting for their predicate high: the latest
   * per rule, each until its own window has passed (ADR 0006). Never sent while held.
   */
  public static final ListStateDescriptor<ScoredHit> CONSOLIDATION_HELD =
      new ListStateDescriptor<>("consolidation-held", TypeInformation.of(ScoredHit.class));

  public static final ValueStateDescriptor<Alert> OPEN_ALERT =
      new ValueStateDescriptor<>("open-alert", new AvroTypeInfo<>(Alert.class));

  /**
   * An entity cluster's member alerts by alert id, each as last sent (with the cluster fields).
   * Members leave when their evidence leaves the referral window: that event-time clean-up is the
   * state's time to live, so that a replay keeps and drops exactly what the live job did.
   */
  public static final MapStateDescriptor<String, Alert> CLUSTER_MEMBERS =
      new MapStateDescriptor<>("cluster-members", Types.STRING, new AvroTypeInfo<>(Alert.class));

  /** An entity cluster's id, last verdict and clean-up timer; cleared with its last member. */
  public static final ValueStateDescriptor<ClusterState> CLUSTER =
      new ValueStateDescriptor<>("cluster-state", new AvroTypeInfo<>(ClusterState.class));

  /** Alerts waiting for the watermark before cluster scoring takes them, in event-time order. */
  public static final ListStateDescriptor<Alert> CLUSTER_PENDING =
      new ListStateDescriptor<>("cluster-pending", new AvroTypeInfo<>(Alert.class));

  /** The event time at which a key's clean-up timer is set, so at most one is pending. */
  public static final ValueStateDescriptor<Long> CLEANUP_AT =
      new ValueStateDescriptor<>("cleanup-at", Types.LONG);

  /** Broadcast: accepted rule packages by id@version#hash; which screens an event is decided by its time. */
  public static final MapStateDescriptor<String, RulePackage> RULES =
      new MapStateDescriptor<>("rule-packages", Types.STRING, new AvroTypeInfo<>(RulePackage.class));

  public static final OutputTag<CounterpartyFlow> COUNTERPARTY_FLOWS =
      new OutputTag<>("counterparty-flows", new AvroTypeInfo<>(CounterpartyFlow.class));

  public static final OutputTag<AttributeSighting> ATTRIBUTE_SIGHTINGS =
      new OutputTag<>("attribute-sightings", new AvroTypeInfo<>(AttributeSighting.class));

  /** The job's rule governance verdicts: packages refused (with the reason) and activated. */
  public static final OutputTag<RuleAuditEvent> RULE_AUDIT =
      new OutputTag<>("rule-audit", new AvroTypeInfo<>(RuleAuditEvent.class));

  /**
   * Hits of a challenger running in shadow beside the champion: consolidated apart into shadow
   * alerts, never into the alerts analysts review.
   */
  public static final OutputTag<ScoredHit> SHADOW_HITS =
      new OutputTag<>("shadow-hits", TypeInformation.of(ScoredHit.class));

  private ScreeningState() {}
}
