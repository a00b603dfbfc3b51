package dev.moneytrail.console;

import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.Severity;
import dev.moneytrail.schemas.testdata.Alerts;

/** Alerts shaped like the screening job's, for console tests. */
public final class Fixtures {

  public static final String CONTROLLER = "PT64841299174788096763918";
  public static final String WORKER_1 = "DE81200505503607963432";
  public static final String WORKER_2 = "DE45200505506638396467";
  public static final String WORKER_3 = "DE42200505506214050039";

  private Fixtures() {}

  /** A fan-in to a controller: subject is the controller, related accounts are the workers. */
  public static Alert fanIn(String alertId, int revision) {
    Alerts.Builder b = Alerts.about(CONTROLLER).alertId(alertId).revision(revision)
        .typology("controller-network").score(71.4)
        .window("2026-01-10T08:00:00Z", "2026-02-14T19:14:48Z")
        .createdAt("2026-02-14T19:14:48Z")
        .explanation("Account " + CONTROLLER + " collects wage shares from several workers.")
        .related(WORKER_1, WORKER_2)
        .txnIds("FT-1", "FT-2", "FT-3")
        .hit(Alerts.hit("LT-FANIN-CONTROLLER", 1).severity(Severity.HIGH)
            .source("indicators.md H1 LT-FANIN-CONTROLLER; FATF/APG 2018")
            .firedAt("2026-02-01T10:00:00Z").txnIds("FT-1", "FT-2").related(WORKER_1, WORKER_2)
            .feature("senders.after.payday", "2").feature("total.after.payday", "2030.0000")
            .parameter("LT-FANIN-CONTROLLER.window", "35d")
            .detail("2 customers each sent at least 30% of a wage to " + CONTROLLER + "."));
    if (revision >= 2) {
      b.related(WORKER_3).txnIds("FT-4")
          .hit(Alerts.hit("LT-FANIN-CONTROLLER", 1).severity(Severity.HIGH)
              .source("indicators.md H1 LT-FANIN-CONTROLLER; FATF/APG 2018")
              .firedAt("2026-02-14T19:14:48Z").txnIds("FT-3", "FT-4")
              .related(WORKER_1, WORKER_2, WORKER_3)
              .feature("senders.after.payday", "3").feature("total.after.payday", "3050.0000")
              .parameter("LT-FANIN-CONTROLLER.window", "35d")
              .detail("3 customers each sent at least 30% of a wage to " + CONTROLLER + "."));
    }
    Alert alert = b.build();
    if (revision >= 2) {
      alert.setClusterId("CL-1");
      alert.setClusterAccountId(CONTROLLER);
      alert.setClusterScore(9.0);
      alert.setReferral(true);
      alert.setClusterExplanation("Cluster anchored on account " + CONTROLLER + ": 9 points; referred.");
    }
    return alert;
  }

  /** A payroll funnel: the subject is the worker (a suspected victim), related is the controller. */
  public static Alert payrollFunnel(String alertId) {
    return Alerts.about("DE60200505508760128607").alertId(alertId).typology("wage-control")
        .score(42.9).window("2026-01-30T07:00:00Z", "2026-02-27T07:07:27Z")
        .createdAt("2026-02-27T07:07:27Z").severity(Severity.HIGH)
        .explanation("Most of each wage is forwarded to one third party.")
        .related("DE83200505501366215214").txnIds("FT-W1", "FT-W2", "FT-W3", "FT-W4")
        .hit(Alerts.hit("LT-PAYROLL-FUNNEL", 1).severity(Severity.HIGH)
            .source("indicators.md B1 LT-PAYROLL-FUNNEL")
            .firedAt("2026-02-27T07:07:27Z").txnIds("FT-W1", "FT-W2", "FT-W3", "FT-W4")
            .related("DE83200505501366215214")
            .feature("mean.share", "0.7612").feature("payers", "DE44200505503972301821")
            .parameter("LT-PAYROLL-FUNNEL.share.min", "0.60")
            .detail("At least 60% of the wage went to DE83200505501366215214 within 2d of payday."))
        .build();
  }
}
