package dev.moneytrail.schemas.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsFileTest {

  @TempDir Path tmp;

  @Test
  void writesOneJsonObjectPerRejectWithAllFiveKeysAndTheRawLineIntact() throws IOException {
    Path path = tmp.resolve("out/rejects.jsonl");
    String raw = "{\"amount\":\"1e3\", \"note\":\"tab\there\"}";
    try (RejectsFile file = RejectsFile.open(path)) {
      file.reject(new Reject("transactions.jsonl", 7, "amount", "uses exponent notation", raw));
      file.reject(new Reject("transactions.jsonl", 9, null, "malformed JSON: x", "{"));
      assertEquals(2, file.count());
    }
    List<String> lines = Files.readAllLines(path);
    assertEquals("{\"file\":\"transactions.jsonl\",\"line\":7,\"field\":\"amount\","
        + "\"reason\":\"uses exponent notation\",\"raw\":\"{\\\"amount\\\":\\\"1e3\\\", "
        + "\\\"note\\\":\\\"tab\\there\\\"}\"}", lines.get(0));
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertTrue(second.has("field") && second.get("field").isNull());
    assertEquals(raw, new ObjectMapper().readTree(lines.get(0)).get("raw").textValue());
  }

  @Test
  void collectsRejectsFromAReadWithoutStoppingIt() throws IOException {
    Path dir = tmp.resolve("set");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("accounts.jsonl"), InterchangeJsonTest.ACCOUNT + "\n");
    Files.writeString(dir.resolve("transactions.jsonl"), "{\n" + InterchangeJsonTest.TRANSACTION
        + "\n[]\n");
    Path path = tmp.resolve("rejects.jsonl");
    int[] accepted = {0};
    try (RejectsFile file = RejectsFile.open(path)) {
      InterchangeReader reader = InterchangeReader.open(dir, file);
      reader.readAccounts(a -> { });
      reader.readTransactions(t -> accepted[0]++);
    }
    assertEquals(1, accepted[0]);
    assertEquals(2, Files.readAllLines(path).size());
  }
}
