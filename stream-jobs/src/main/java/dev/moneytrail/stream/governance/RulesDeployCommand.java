package dev.moneytrail.stream.governance;

import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.RuleRole;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import dev.moneytrail.stream.replay.Commands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./screen rules deploy DIR --approved-by NAME}: validates a rule package, enforces
 * maker/checker, publishes it to the rules topic, and records the attempt in the audit trail
 * (topic and append-only file) whatever its outcome. Rollback is deploying the previous version.
 * With {@code --shadow} the package runs beside the champion as a challenger (alerts to the shadow
 * topic only); {@code --withdraw-shadow} stops it. Both go through the same checks and audit.
 */
@Command(name = "rules deploy", mixinStandardHelpOptions = true,
    description = "Validates a rule package, checks the approver is a second person, publishes it to the rules topic and audits the attempt.")
public final class RulesDeployCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Rule package directory (manifest.properties, parameters.properties, *.drl).")
  Path dir;

  @Option(names = "--approved-by", required = true, description = "The checker: must differ from the manifest's author.")
  String approvedBy;

  @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
  String bootstrap;

  @Option(names = "--effective-from", description = "Event time from which the package screens (ISO-8601 instant; default: now).")
  Instant effectiveFrom;

  @Option(names = "--shadow", description = "Run the package in shadow beside the champion: its alerts go to the shadow-alerts topic only.")
  boolean shadow;

  @Option(names = "--withdraw-shadow", description = "Stop running this package in shadow (from --effective-from, default now).")
  boolean withdrawShadow;

  @Option(names = "--audit-file", defaultValue = ".screen/rule-audit.jsonl", description = "Append-only local copy of the audit trail (default: ${DEFAULT-VALUE}).")
  Path auditFile;

  @Option(names = "--kafka-property", description = "Extra Kafka client property key=value (TLS/SASL for a real cluster).")
  java.util.Map<String, String> kafkaProperties = new java.util.HashMap<>();

  @Override
  public Integer call() throws Exception {
    if (shadow && withdrawShadow) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give at most one of --shadow and --withdraw-shadow");
    }
    RuleRole role = shadow ? RuleRole.SHADOW : withdrawShadow ? RuleRole.WITHDRAW_SHADOW : RuleRole.CHAMPION;
    Instant now = Instant.now();
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.putAll(kafkaProperties);
    RulePackage published = latestPublished(props, dir);
    RuleDeployment.Outcome outcome = RuleDeployment.prepare(dir, approvedBy,
        effectiveFrom == null ? now : effectiveFrom, now, published, role);
    RuleAuditEvent audit = outcome.audit();
    try (KafkaProducer<byte[], byte[]> producer = producer(props)) {
      if (outcome.approved()) {
        producer.send(new ProducerRecord<>(Topics.RULES.name(), key(rulesTopicKey(outcome.pkg())),
            AvroCodec.of(RulePackage.class).encode(outcome.pkg()))).get();
      }
      producer.send(new ProducerRecord<>(Topics.AUDIT.name(), key(audit.getPackageId()),
          AvroCodec.of(RuleAuditEvent.class).encode(audit))).get();
    }
    appendAudit(audit);
    System.out.println(audit.getAction() + (audit.getShadow() ? " (shadow) " : " ") + audit.getPackageId() + "@" + audit.getVersion()
        + " (" + audit.getContentHash() + ") by " + audit.getActor()
        + (audit.getApprovedBy() == null ? "" : ", approved by " + audit.getApprovedBy()) + ": " + audit.getDetail());
    System.out.println(audit.getDiffSummary());
    return outcome.approved() ? 0 : 1;
  }

  private void appendAudit(RuleAuditEvent audit) throws Exception {
    if (auditFile.getParent() != null) {
      Files.createDirectories(auditFile.getParent());
    }
    // Fields in a fixed order, so the file reads the same way line after line.
    java.util.Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("audit_id", audit.getAuditId());
    entry.put("at", audit.getAt().toString());
    entry.put("action", audit.getAction().name());
    entry.put("shadow", audit.getShadow());
    entry.put("package_id", audit.getPackageId());
    entry.put("version", audit.getVersion());
    entry.put("content_hash", audit.getContentHash());
    entry.put("actor", audit.getActor());
    entry.put("approved_by", audit.getApprovedBy() == null ? "" : audit.getApprovedBy());
    entry.put("detail", audit.getDetail());
    entry.put("diff_summary", audit.getDiffSummary());
    String line = new String(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(entry),
        StandardCharsets.UTF_8);
    Files.writeString(auditFile, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * The rules topic is compacted by key: the champion of a package id and its shadow entry are
   * kept under different keys, so deploying or withdrawing a challenger never compacts away the
   * champion the job must restart with.
   */
  static String rulesTopicKey(RulePackage pkg) {
    return pkg.getRole() == RuleRole.CHAMPION ? pkg.getPackageId() : pkg.getPackageId() + "/shadow";
  }

  /** The newest champion published under this directory's package id, for the diff; null if none. */
  private static RulePackage latestPublished(Properties base, Path dir) throws Exception {
    String id = dev.moneytrail.rules.engine.RulePackageDirectory.manifest(dir).packageId();
    Properties props = new Properties();
    props.putAll(base);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.remove(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, base.getProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
    RulePackage latest = null;
    AvroCodec<RulePackage> codec = AvroCodec.of(RulePackage.class);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      var partitions = consumer.partitionsFor(Topics.RULES.name(), Duration.ofSeconds(10)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          RulePackage p = codec.decode(r.value());
          if (p.getPackageId().equals(id) && p.getRole() == RuleRole.CHAMPION) {
            latest = p;
          }
        }
      }
    }
    return latest;
  }

  private static KafkaProducer<byte[], byte[]> producer(Properties base) {
    Properties props = new Properties();
    props.putAll(base);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return new KafkaProducer<>(props);
  }

  private static byte[] key(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static void main(String[] args) {
    Commands.run("rules deploy", new RulesDeployCommand(), args);
  }

}
