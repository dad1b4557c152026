package io.importexport.emulator.admin;

import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.InvalidJobIdException;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard in a real browser (Debian's headless Chromium, driven by its chromedriver): jobs made with the AWS SDK
 * appear, a click advances one and GetStatus sees it, a refused move is shown as refused, the clock, faults and reset work,
 * requests appear as clients make them, and markup in a manifest or an account name stays text. Its screenshot is the
 * one in docs/control-plane.md ({@code target/dashboard.png}, copied to docs/dashboard.png).
 */
@Timeout(180)
class DashboardIT {
    private static final String TOKEN = "dashboard-token-0123456789";
    private static final String HOSTILE_ACCOUNT = "<img src=x onerror=\"window.pwned='account'\">";
    private static final String HOSTILE_KEY = "AKIAHOSTILE000000001";
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static ImportExportEmulator emulator;
    private static WebDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void start() throws Exception {
        emulator = ImportExportEmulator.builder().with(EmulatorOptions.ADMIN_TOKEN, TOKEN).with(EmulatorOptions.CLOCK, START)
                .with(EmulatorOptions.SEED, 7L).start();
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1500,1150", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(driver, options);
        // the page redraws what changed every second: an element read in between is gone, so read again
        waiting = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    /** Each test starts from an empty emulator and a browser tab that knows no token. */
    @BeforeEach
    void forgetEverything() {
        emulator.admin().reset();
        browser.get(emulator.endpoint() + "/_emulator/ui");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void showsTheJobsTheirJourneyAndTheTrafficAndDrivesThemThroughTheControlPlane() throws Exception {
        emulator.admin().setCredentials(List.of(new Credential(HOSTILE_KEY, "secret", null, HOSTILE_ACCOUNT)));
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        String plain = create(client, Manifests.s3Import());
        String export = create(client, Manifests.s3Export());
        String hostileManifest = "# <script>window.pwned='manifest'</script><img src=x onerror=\"window.pwned='img'\">\n"
                + Manifests.s3Import().replace(Manifests.ACCESS_KEY, HOSTILE_KEY);
        String hostile = create(JavaSdk.client(emulator.endpoint(), HOSTILE_KEY), hostileManifest);
        client.getShippingLabel(new GetShippingLabelRequest().withJobIds(plain));

        browser.navigate().refresh();
        waiting.until(page -> page.findElement(By.id("token-panel")).isDisplayed());
        browser.findElement(By.id("token-input")).sendKeys(TOKEN);
        browser.findElement(By.id("token-submit")).click();
        waiting.until(page -> rows().size() == 3);
        assertThat(browser.findElement(By.id("token-panel")).isDisplayed()).isFalse();

        // filters: by account (the hostile name is an option and a cell, as text), by type, by state
        new Select(browser.findElement(By.id("filter-account"))).selectByVisibleText(HOSTILE_ACCOUNT);
        waiting.until(page -> rows().size() == 1 && rows().get(0).findElements(By.tagName("td")).get(1).getText().equals(HOSTILE_ACCOUNT));
        new Select(browser.findElement(By.id("filter-account"))).selectByValue("");
        new Select(browser.findElement(By.id("filter-type"))).selectByVisibleText("Export");
        waiting.until(page -> rows().size() == 1 && rows().get(0).getAttribute("data-job-id").equals(export));
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");
        waiting.until(page -> rows().size() == 3);

        // markup in a manifest stays text
        clickRow(hostile);
        waiting.until(page -> page.findElement(By.id("detail-title")).getText().equals(hostile));
        waiting.until(page -> page.findElement(By.id("detail-manifest")).getText().startsWith("# <script>window.pwned='manifest'</script>"));
        assertThat(browser.findElements(By.cssSelector("img, #detail-manifest script, #jobs script"))).isEmpty();

        // the journey: created, then one click advances it, and GetStatus sees it
        clickRow(plain);
        waiting.until(page -> page.findElement(By.id("detail-title")).getText().equals(plain));
        waiting.until(page -> "Created".equals(stage("current")) && page.findElements(By.cssSelector("#detail-documents a")).stream()
                .map(WebElement::getText).toList().equals(List.of("SIGNATURE", "shipping-label-" + plain + ".pdf")));
        for (WebElement link : browser.findElements(By.cssSelector("#detail-documents a"))) {
            RestAssured.given().baseUri(emulator.endpoint()).header("Authorization", "Bearer " + TOKEN).get(link.getAttribute("href"))
                    .then().statusCode(200);
        }
        browser.findElement(By.id("advance")).click();
        waiting.until(page -> "Device received".equals(stage("current")));
        assertThat(client.getStatus(new GetStatusRequest().withJobId(plain)).getLocationCode()).isEqualTo("AtAWS");
        waiting.until(page -> page.findElement(By.cssSelector("#lifecycle li.done")).getText().equals("Created\n2026-03-02 09:00:00")
                && page.findElement(By.cssSelector("#lifecycle li.current time")).getText().equals("2026-03-02 09:00:00"));

        // an illegal move is shown as refused, and changes nothing
        new Select(browser.findElement(By.id("state-select"))).selectByVisibleText("Success");
        browser.findElement(By.id("set-state")).click();
        waiting.until(page -> page.findElement(By.id("action-result")).getText().startsWith("Refused:"));
        assertThat(client.getStatus(new GetStatusRequest().withJobId(plain)).getProgressCode()).isEqualTo("Pending");
        new Select(browser.findElement(By.id("state-select"))).selectByVisibleText("InProgress");
        browser.findElement(By.id("set-state")).click();
        waiting.until(page -> "Loading".equals(stage("current")));
        new Select(browser.findElement(By.id("state-select"))).selectByVisibleText("DeviceError");
        browser.findElement(By.id("set-state")).click();
        waiting.until(page -> page.findElement(By.cssSelector("#lifecycle li.failed")).getText().startsWith("DeviceError"));

        // the clock
        browser.findElement(By.id("clock-advance-input")).clear();
        browser.findElement(By.id("clock-advance-input")).sendKeys("P2D");
        browser.findElement(By.id("clock-advance")).click();
        waiting.until(page -> page.findElement(By.id("clock-now")).getText().equals("2026-03-04T09:00:00Z"));
        assertThat(emulator.admin().now()).isEqualTo(START.plus(Duration.ofDays(2)));

        // requests appear as a client makes them, failures marked
        assertThatThrownBy(() -> client.getStatus(new GetStatusRequest().withJobId("ZZZZZ"))).isInstanceOf(InvalidJobIdException.class);
        waiting.until(page -> page.findElements(By.cssSelector("#requests tr.failed")).stream()
                .anyMatch(failed -> failed.getText().contains("GetStatus") && failed.getText().contains("InvalidJobIdException")));

        // faults: added and cleared from the page
        browser.findElement(By.id("fault-operation")).sendKeys("ListJobs");
        browser.findElement(By.id("fault-error-code")).sendKeys("ThrottlingException");
        browser.findElement(By.id("fault-add")).click();
        waiting.until(page -> page.findElement(By.id("faults")).getText().contains("ListJobs: 400 ThrottlingException"));
        assertThat(emulator.admin().faults()).hasSize(1);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dashboard.png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.findElement(By.id("faults-clear")).click();
        waiting.until(page -> page.findElement(By.id("faults")).getText().equals("none"));
        assertThat(emulator.admin().faults()).isEmpty();

        // nothing the page showed ran as script, and reset empties the emulator
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        browser.findElement(By.id("reset")).click();
        waiting.until(page -> rows().isEmpty());
        assertThat(emulator.admin().jobs(null)).isEmpty();
    }

    @Test
    void aPageLeftOpenChangesNothing() throws Exception {
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        create(client, Manifests.s3Import());
        List<JobView> before = emulator.admin().jobs(null);
        Instant clock = emulator.admin().now();
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('importexport-emulator-admin-token', arguments[0])", TOKEN);
        browser.navigate().refresh();
        waiting.until(page -> rows().size() == before.size());
        clickRow(before.get(0).jobId());
        WebElement selected = browser.findElement(By.cssSelector("#jobs tr.selected"));
        Thread.sleep(3500); // three refreshes of everything the page shows
        assertThat(emulator.admin().jobs(null)).isEqualTo(before);
        assertThat(emulator.admin().now()).isEqualTo(clock);
        // nor is what it shows rebuilt when nothing changed: a row rebuilt under the pointer would swallow a click
        assertThat(selected.getAttribute("data-job-id")).isEqualTo(before.get(0).jobId());
    }

    @Test
    void theStaticFilesHoldNoDataAndForbidAnyOtherScript() {
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/ui").then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/ui/app.js").then().statusCode(200).contentType("text/javascript");
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/ui/secrets.txt").then().statusCode(404);
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/jobs").then().statusCode(401);
    }

    private static String create(AmazonImportExport client, String manifest) {
        return client.createJob(new CreateJobRequest().withJobType(manifest.contains("operations:") ? "Export" : "Import")
                .withManifest(manifest).withValidateOnly(false)).getJobId();
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#jobs tr"));
    }

    /** Clicks a job's row, found again if a refresh rebuilt the table between finding it and clicking it. */
    private static void clickRow(String jobId) {
        waiting.until(page -> {
            page.findElement(By.cssSelector("#jobs tr[data-job-id='" + jobId + "']")).click();
            return true;
        });
    }

    /** The name of the lifecycle stage with this class, or null. */
    private static String stage(String className) {
        return browser.findElements(By.cssSelector("#lifecycle li." + className)).stream().findFirst()
                .map(item -> item.getAttribute("data-stage")).orElse(null);
    }
}
