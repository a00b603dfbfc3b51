package dev.moneytrail.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moneytrail.console.auth.Role;
import dev.moneytrail.console.store.Database;
import dev.moneytrail.console.web.ConsoleServer;
import dev.moneytrail.schemas.Alert;
import dev.moneytrail.schemas.interchange.CollectingRejects;
import dev.moneytrail.schemas.interchange.InterchangeReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's chromium + chromium-driver, installed by .ci/run):
 * an analyst logs in, opens an alert from the queue, clicks through the network graph, claims
 * the alert, proposes a referral, and sees both actions in the audit trail. Screenshots land in
 * target/screenshots (docs/console.md uses them).
 */
class ConsoleBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static Database db;
  static ConsoleServer server;
  static WebDriver browser;
  static Path userDataDir;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void setUp() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is absent; install it with"
        + " `apt-get install -y chromium chromium-driver` (.ci/run does this)");
    assumeTrue(Files.isExecutable(DRIVER), "skipped: /usr/bin/chromedriver is absent; install"
        + " chromium-driver (.ci/run does this)");
    db = TestStores.freshDatabase();
    server = ConsoleServer.start("127.0.0.1", 0, db, false);
    TestStores.user(server.users(), "br-analyst", Role.ANALYST);
    // A replay's real output (simulator seed 7, core rules) so the screens show real alerts.
    Path file = Files.createTempFile("alerts", ".jsonl");
    try (var in = ConsoleBrowserIT.class.getResourceAsStream("/alerts/replay-seed7.jsonl")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    for (Alert a : InterchangeReader.readAlerts(file, new CollectingRejects())) {
      server.store().ingest(a, "file:replay-seed7.jsonl");
    }
    Files.delete(file);
    server.store().ingest(Fixtures.fanIn("BR-FANIN", 2), "test");

    userDataDir = Files.createTempDirectory("chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + userDataDir, "--window-size=1440,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1440, 1000));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void tearDown() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      db.close();
    }
    if (userDataDir != null) {
      try (var walk = Files.walk(userDataDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void anAnalystOpensAnAlertRecordsADispositionAndSeesItInTheAuditTrail() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get("http://127.0.0.1:" + server.port() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")))
        .sendKeys("br-analyst");
    browser.findElement(By.id("login-pass")).sendKeys("br-analyst-pw-123");
    browser.findElement(By.id("login-btn")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue-table tr.row")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#queue-table tr.row"));
    assertEquals(25, rows.size(), "first page of 29 alerts, 25 per page");
    assertTrue(browser.findElement(By.id("page-info")).getText().contains("29 alerts"));
    shot("console-queue.png");

    // Sort by score ascending and back: the server re-orders each time.
    browser.findElement(By.cssSelector("th[data-sort=score]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("th.sorted.asc[data-sort=score]")));
    assertTrue(!browser.findElement(By.cssSelector("#queue-table tr.row")).getDomAttribute("data-id")
        .equals("BR-FANIN"), "lowest score first");
    browser.findElement(By.cssSelector("th[data-sort=score]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("th.sorted[data-sort=score]:not(.asc)")));
    WebElement mine = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#queue-table tr.row:first-child[data-id='BR-FANIN'] a.alert-link")));
    mine.click();
    wait.until(ExpectedConditions.textToBe(By.id("alert-id"), "BR-FANIN"));
    // Tall window: the case file screenshot shows the whole page, graph included.
    browser.manage().window().setSize(new Dimension(1440, 1900));
    assertTrue(browser.findElement(By.id("explanation")).getText().contains(Fixtures.CONTROLLER));
    assertEquals("9 points · referral threshold met · anchor " + Fixtures.CONTROLLER,
        browser.findElement(By.id("cluster")).getText());
    assertTrue(browser.findElement(By.id("cluster-explanation")).getText().contains("9 points; referred."));
    assertTrue(browser.findElement(By.id("indicators")).getText().contains("LT-FANIN-CONTROLLER@1"));
    assertTrue(browser.findElement(By.id("indicators")).getText().contains("total.after.payday = 3050.0000"));
    assertEquals(2, browser.findElements(By.cssSelector("#timeline li")).size());

    // Click through the graph: a worker's node lists the alerts that name it.
    browser.findElement(By.cssSelector("#graph .node[data-id='" + Fixtures.WORKER_1 + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#node-alerts li a")));
    assertTrue(browser.findElement(By.id("node-panel")).getText().contains("suspected victim"));
    WebElement graphPanel = browser.findElement(By.id("graph")).findElement(By.xpath(".."));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", graphPanel);
    shotOf(graphPanel, "console-graph.png");

    browser.findElement(By.id("claim-btn")).click();
    wait.until(ExpectedConditions.textToBe(By.id("alert-assignee"), "br-analyst"));
    new Select(browser.findElement(By.id("disp-outcome"))).selectByValue("TRUE_POSITIVE");
    browser.findElement(By.id("disp-reason")).sendKeys(
        "Three workers forward wage shares to one foreign account within days of payday.");
    browser.findElement(By.id("disp-btn")).click();
    wait.until(ExpectedConditions.textToBe(By.id("alert-status"), "referral pending"));

    List<String> actions = new ArrayList<>();
    for (WebElement tr : browser.findElements(By.cssSelector("#audit-table tr.audit-row"))) {
      actions.add(tr.getDomAttribute("data-action"));
    }
    assertEquals(List.of("ALERT_RECEIVED", "CLAIMED", "REFERRAL_PROPOSED"), actions);
    assertTrue(browser.findElement(By.id("audit-table")).getText().contains("br-analyst"));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    shot("console-detail.png");

    // What the browser showed is what the store holds.
    JsonNode d = server.store().detail("BR-FANIN");
    assertEquals("REFERRAL_PENDING", d.path("status").asText());
    assertEquals("br-analyst", d.path("dispositions").get(0).path("decided_by").asText());
    assertEquals("PENDING", d.path("dispositions").get(0).path("review_state").asText());
  }

  private static void shot(String name) throws Exception {
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void shotOf(WebElement element, String name) throws Exception {
    Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
