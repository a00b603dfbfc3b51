package dev.moneytrail.stream.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moneytrail.embedded.EmbeddedKafka;
import dev.moneytrail.schemas.RuleAuditAction;
import dev.moneytrail.schemas.RuleAuditEvent;
import dev.moneytrail.schemas.RulePackage;
import dev.moneytrail.schemas.codec.AvroCodec;
import dev.moneytrail.schemas.topics.Topics;
import dev.moneytrail.stream.io.CommittedTopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `rules deploy` against a real broker: what reaches the rules topic, the audit topic and the audit file. */
class RulesDeployIT {

  private static EmbeddedKafka kafka;

  @TempDir
  Path tmp;

  @BeforeAll
  static void broker() {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(Topics.all(), 1);
  }

  @AfterAll
  static void stop() {
    kafka.close();
  }

  private int deploy(Path dir, String approver, Path auditFile) {
    return new CommandLine(new RulesDeployCommand()).execute(dir.toString(), "--approved-by", approver,
        "--kafka", kafka.bootstrapServers(), "--audit-file", auditFile.toString(),
        "--effective-from", "2026-06-01T00:00:00Z");
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> List<T> read(String topic, Class<T> type) throws Exception {
    AvroCodec<T> codec = AvroCodec.of(type);
    List<T> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : CommittedTopicReader.records(kafka.clientProperties(), topic, Duration.ofSeconds(30)).records()) {
      out.add(codec.decode(r.value()));
    }
    return out;
  }

  @Test
  void publishesAnApprovedPackageAndRefusesSelfApprovalWithBothAudited() throws Exception {
    Path dir = PackageDirs.copyOfCore(tmp.resolve("core"));
    PackageDirs.set(dir, "manifest.properties", "version", "1.1.0");
    PackageDirs.set(dir, "manifest.properties", "author", "Ana Analyst");
    PackageDirs.set(dir, "parameters.properties", "LT-STRUCTURED-CASH.min.count", "4");
    Path auditFile = tmp.resolve("audit.jsonl");

    assertEquals(1, deploy(dir, "ana analyst", auditFile), "self-approval must fail");
    assertEquals(0, deploy(dir, "Sam Supervisor", auditFile));

    List<RulePackage> published = read(Topics.RULES.name(), RulePackage.class);
    assertEquals(1, published.size(), "only the approved attempt is published");
    assertEquals("1.1.0", published.get(0).getVersion());
    assertEquals("Sam Supervisor", published.get(0).getApprovedBy());
    assertEquals("4", published.get(0).getParameters().get("LT-STRUCTURED-CASH.min.count"));

    List<RuleAuditEvent> audit = read(Topics.AUDIT.name(), RuleAuditEvent.class);
    assertEquals(List.of(RuleAuditAction.DEPLOY_REFUSED, RuleAuditAction.DEPLOYED),
        audit.stream().map(RuleAuditEvent::getAction).toList());
    List<String> lines = Files.readAllLines(auditFile);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"DEPLOYED\""), lines.get(1));
  }
}
