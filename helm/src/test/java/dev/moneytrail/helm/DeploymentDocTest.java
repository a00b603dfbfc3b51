package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/deployment.md shows the chart rendered for the default values and for
 * ci/production-values.yaml between marker comments. This test fails when the chart changed and
 * the document did not; {@code mvn -pl helm test -Dhelm.docs.update=true} rewrites the blocks.
 */
class DeploymentDocTest {

  private static final Pattern BLOCK = Pattern.compile(
      "(<!-- rendered:(\\w+) -->\\n)(.*?)(<!-- /rendered:\\2 -->)", Pattern.DOTALL);

  @Test
  void deploymentDocShowsTheCurrentRenderOfDefaultAndProductionValues() throws IOException {
    Path doc = Path.of(System.getProperty("docs.dir", "../docs")).resolve("deployment.md");
    String current = Files.readString(doc);
    String expected = withRenders(current);
    if (Boolean.getBoolean("helm.docs.update")) {
      Files.writeString(doc, expected);
      current = expected;
    }
    assertEquals(expected, current,
        "docs/deployment.md is out of date: run mvn -o -pl helm test -Dhelm.docs.update=true");
  }

  static String withRenders(String doc) {
    Map<String, String> renders = Map.of(
        "default", Chart.template(Map.of()),
        "production", Chart.template(Map.of(), Chart.productionValues()));
    Matcher m = BLOCK.matcher(doc);
    StringBuilder out = new StringBuilder();
    int blocks = 0;
    while (m.find()) {
      String render = renders.get(m.group(2));
      if (render == null) {
        throw new AssertionError("unknown rendered block " + m.group(2));
      }
      blocks++;
      m.appendReplacement(out, Matcher.quoteReplacement(
          m.group(1) + "```yaml\n" + render.strip() + "\n```\n" + m.group(4)));
    }
    m.appendTail(out);
    if (blocks != renders.size()) {
      throw new AssertionError("docs/deployment.md must hold one rendered block per values set " + renders.keySet());
    }
    return out.toString();
  }
}
