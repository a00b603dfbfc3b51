package dev.moneytrail.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per metrics.* value and per naming value (nameOverride, fullnameOverride, commonLabels). */
class MetricsAndNamingValuesTest {

  private static Chart.Rendered valid(Map<String, ?> sets) {
    Chart.Rendered r = Chart.render(sets);
    ManifestValidator.assertValid(r.objects());
    return r;
  }

  @Test
  void rendersPrometheusReporterOnThePortWhenMetricsFlinkPortIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.flinkPort", 9300));
    assertEquals("9300", r.flinkConf("metrics.reporter.prom.port"));
    assertEquals("org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
        r.flinkConf("metrics.reporter.prom.factory.class"));
    ObjectNode f = r.flinkDeployment();
    assertEquals(9300, f.at("/spec/podTemplate/spec/containers/0/ports/0/containerPort").asInt());
    assertEquals("9300", f.at("/spec/podTemplate/metadata/annotations/prometheus.io~1port").asText());
  }

  @Test
  void rendersConsoleScrapePathWhenMetricsConsolePathIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.consolePath", "/metrics", "metrics.podMonitor.enabled", true));
    assertEquals("/metrics", r.consoleDeployment().at("/spec/template/metadata/annotations/prometheus.io~1path").asText());
    assertEquals("/metrics", r.get("PodMonitor", "screening-console").at("/spec/podMetricsEndpoints/0/path").asText());
    // The console has no metrics endpoint yet: by default it is neither annotated nor monitored.
    Chart.Rendered defaults = valid(Map.of("metrics.podMonitor.enabled", true));
    assertTrue(defaults.consoleDeployment().at("/spec/template/metadata/annotations").isMissingNode());
    assertTrue(defaults.find("PodMonitor", "screening-console").isEmpty());
  }

  @Test
  void rendersNoScrapeAnnotationsWhenMetricsScrapeAnnotationsIsFalse() {
    Chart.Rendered r = valid(Map.of("metrics.scrapeAnnotations", false, "metrics.consolePath", "/metrics"));
    assertTrue(r.flinkDeployment().at("/spec/podTemplate/metadata/annotations").isMissingNode());
    assertTrue(r.consoleDeployment().at("/spec/template/metadata/annotations").isMissingNode());
    assertEquals("true", Chart.renderDefaults().flinkDeployment()
        .at("/spec/podTemplate/metadata/annotations/prometheus.io~1scrape").asText());
  }

  @Test
  void rendersPodMonitorsWhenMetricsPodMonitorEnabledIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.podMonitor.enabled", true, "metrics.consolePath", "/metrics"));
    JsonNode flink = r.get("PodMonitor", "screening-job");
    assertEquals("screening-job", flink.at("/spec/selector/matchLabels/app").asText());
    assertEquals("metrics", flink.at("/spec/podMetricsEndpoints/0/port").asText());
    assertEquals("console", r.get("PodMonitor", "screening-console")
        .at("/spec/selector/matchLabels/app.kubernetes.io~1component").asText());
    assertTrue(Chart.renderDefaults().ofKind("PodMonitor").isEmpty());
  }

  @Test
  void rendersScrapeIntervalWhenMetricsPodMonitorIntervalIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.podMonitor.enabled", true, "metrics.podMonitor.interval", "15s"));
    assertEquals("15s", r.get("PodMonitor", "screening-job").at("/spec/podMetricsEndpoints/0/interval").asText());
  }

  @Test
  void rendersPodMonitorLabelsWhenMetricsPodMonitorLabelsIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.podMonitor.enabled", true,
        "metrics.podMonitor.labels.release", "kube-prometheus-stack"));
    assertEquals("kube-prometheus-stack", r.get("PodMonitor", "screening-job").at("/metadata/labels/release").asText());
  }

  @Test
  void rendersDashboardConfigMapWhenMetricsDashboardEnabledIsSet() throws Exception {
    Chart.Rendered r = valid(Map.of("metrics.dashboard.enabled", true));
    JsonNode dashboard = Chart.YAML.readTree(r.get("ConfigMap", "screening-dashboard").at("/data/screening.json").asText());
    assertEquals("moneytrail-screening", dashboard.path("uid").asText());
    String panels = dashboard.path("panels").toString();
    for (String metric : new String[] {"screening_events_in", "pendingRecords", "screening_deadletters",
        "screening_alerts", "screening_rule_hits", "screening_rule_evaluation"}) {
      assertTrue(panels.contains(metric), "dashboard has no panel on " + metric);
    }
    assertTrue(Chart.renderDefaults().ofKind("ConfigMap").isEmpty());
  }

  @Test
  void rendersDashboardLabelsWhenMetricsDashboardLabelsIsSet() {
    Chart.Rendered r = valid(Map.of("metrics.dashboard.enabled", true, "metrics.dashboard.labels.team", "fiu"));
    ObjectNode cm = r.get("ConfigMap", "screening-dashboard");
    assertEquals("fiu", cm.at("/metadata/labels/team").asText());
    assertEquals("1", cm.at("/metadata/labels/grafana_dashboard").asText());
  }

  @Test
  void rendersResourceNamesWhenNameOverrideIsSet() {
    Chart.Rendered r = Chart.render("nameOverride", "aml");
    assertTrue(r.find("FlinkDeployment", "screening-aml-job").isPresent());
    assertEquals("aml", r.get("Deployment", "screening-aml-console").at("/metadata/labels/app.kubernetes.io~1name").asText());
  }

  @Test
  void rendersResourceNamesWhenFullnameOverrideIsSet() {
    Chart.Rendered r = Chart.render("fullnameOverride", "fiu");
    assertTrue(r.find("FlinkDeployment", "fiu-job").isPresent());
    assertTrue(r.find("Service", "fiu-console").isPresent());
  }

  @Test
  void rendersLabelsOnEveryObjectWhenCommonLabelsIsSet() {
    Chart.Rendered r = valid(Map.of("commonLabels.cost-centre", "fiu", "metrics.podMonitor.enabled", true,
        "metrics.dashboard.enabled", true));
    for (ObjectNode o : r.objects()) {
      assertEquals("fiu", o.at("/metadata/labels/cost-centre").asText(), o.at("/metadata/name").asText());
    }
  }
}
