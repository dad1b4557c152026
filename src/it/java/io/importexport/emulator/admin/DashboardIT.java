package io.importexport.emulator.admin;

import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.InvalidJobIdException;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.CreateJobLoad;
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
 * requests appear as clients make them, and markup in a manifest or an account name stays text. With 10,000 jobs it
 * pages, searches and polls only for what changed; it fits a wide window and a 400-pixel one; refusals stay in sight
 * and a reset asks first. Its screenshot is the
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

        // nothing the page showed ran as script
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void resetAsksFirstAndForgetsEverythingOnlyWhenConfirmed() throws Exception {
        create(JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY), Manifests.s3Import());
        openWithToken();
        waiting.until(page -> rows().size() == 1);
        browser.findElement(By.id("reset")).click();
        waiting.until(page -> page.findElement(By.id("reset-confirm")).isDisplayed());
        assertThat(browser.findElement(By.id("reset-confirm")).getText()).contains("Forget every account's jobs");
        browser.findElement(By.id("reset-no")).click();
        Thread.sleep(1500);
        assertThat(emulator.admin().jobs(null)).hasSize(1);
        assertThat(rows()).hasSize(1);
        browser.findElement(By.id("reset")).click();
        waiting.until(page -> page.findElement(By.id("reset-yes")).isDisplayed());
        browser.findElement(By.id("reset-yes")).click();
        waiting.until(page -> rows().isEmpty());
        assertThat(emulator.admin().jobs(null)).isEmpty();
    }

    @Test
    void aRefusalStaysInSightUntilTheNextAction() throws Exception {
        openWithToken();
        browser.findElement(By.id("clock-advance-input")).clear();
        browser.findElement(By.id("clock-advance-input")).sendKeys("one week");
        browser.findElement(By.id("clock-advance")).click();
        waiting.until(page -> page.findElement(By.id("action-status")).getText().startsWith("Refused:"));
        Thread.sleep(3500); // three refreshes
        assertThat(browser.findElement(By.id("action-status")).getText()).contains("Refused:", "ISO 8601 duration");
        browser.findElement(By.id("fault-operation")).sendKeys("ListJobs"); // neither an error nor a delay
        browser.findElement(By.id("fault-add")).click();
        waiting.until(page -> page.findElement(By.id("action-status")).getText().contains("errorCode"));
        Thread.sleep(2500);
        assertThat(browser.findElement(By.id("action-status")).getText()).startsWith("Refused:");
        browser.findElement(By.id("clock-advance-input")).clear();
        browser.findElement(By.id("clock-advance-input")).sendKeys("P1D");
        browser.findElement(By.id("clock-advance")).click();
        waiting.until(page -> page.findElement(By.id("action-status")).getText().equals("Done"));
        assertThat(browser.findElement(By.id("clock-now")).getText()).as("to the second").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void tenThousandJobsArePagedSearchedAndPolledOnlyForWhatChanged() throws Exception {
        try (CreateJobLoad load = CreateJobLoad.start(emulator.endpoint(), 4)) {
            assertThat(load.awaitAcknowledged(10_000, Duration.ofSeconds(120))).isTrue();
        }
        List<JobView> jobs = emulator.admin().jobs(null);
        openWithToken();
        waiting.until(page -> rows().size() == 50);
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("1–50 of " + jobs.size());
        assertThat(rows().get(0).getAttribute("data-job-id")).as("newest first").isEqualTo(jobs.get(0).jobId());

        // the page polls, but an unchanged page comes back as a bodiless 304
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("performance.clearResourceTimings()");
        Thread.sleep(3200);
        List<?> polled = (List<?>) script.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(entry => entry.name.includes('/_emulator/')).map(entry => [entry.name, entry.responseStatus, entry.encodedBodySize])");
        List<?> jobPolls = polled.stream().filter(entry -> ((List<?>) entry).get(0).toString().contains("/_emulator/jobs?")).toList();
        assertThat(jobPolls).as("about one poll of the jobs a second").hasSizeBetween(2, 5)
                .allSatisfy(entry -> assertThat(((List<?>) entry).subList(1, 3)).isEqualTo(List.of(304L, 0L)));
        assertThat(polled).as("what the page asks for in three seconds").hasSizeLessThanOrEqualTo(4 * 5);

        // the next page, then a job far down it opens its detail in sight
        browser.findElement(By.id("page-next")).click();
        waiting.until(page -> page.findElement(By.id("page-info")).getText().equals("51–100 of " + jobs.size()));
        String farDown = jobs.get(99).jobId();
        waiting.until(page -> rows().get(49).getAttribute("data-job-id").equals(farDown));
        clickRow(farDown);
        waiting.until(page -> page.findElement(By.id("detail-title")).getText().equals(farDown));
        assertThat(inSight("job-detail")).isTrue();

        // search by (part of) a job id, in any case
        String wanted = jobs.get(7_777).jobId();
        browser.findElement(By.id("job-search")).sendKeys(wanted.toLowerCase());
        waiting.until(page -> rows().size() == 1 && rows().get(0).getAttribute("data-job-id").equals(wanted));
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("1–1 of 1");
    }

    @Test
    void fitsAWideWindowAndA400PixelOne() throws Exception {
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        String jobId = create(client, Manifests.s3Import().replace("Maria Garcia", "Maria Garcia " + "and a very long name ".repeat(8)));
        emulator.admin().moveJob(jobId, io.importexport.emulator.domain.job.Transition.AtAWS, 0);
        try {
            for (int width : new int[] {1400, 400}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                openWithToken();
                waiting.until(page -> rows().size() == 1);
                clickRow(jobId);
                waiting.until(page -> page.findElements(By.cssSelector("#lifecycle li")).size() == 5);
                JavascriptExecutor script = (JavascriptExecutor) browser;
                assertThat((Long) script.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).as("page scroll at %d", width)
                        .isLessThanOrEqualTo(0L);
                assertThat((List<?>) script.executeScript("return [...document.querySelectorAll('section, .table-scroll')]"
                        + ".filter(card => card.scrollWidth > card.clientWidth + 1).map(card => card.className + card.id + ' ' + card.scrollWidth + '>' + card.clientWidth)"))
                        .as("cards whose content overflows at %d", width).isEmpty();
                assertThat((List<?>) script.executeScript("const items = [...document.querySelectorAll('#lifecycle li')];"
                        + "const boxes = items.map(item => item.getBoundingClientRect());"
                        + "return items.filter((item, i) => boxes.some((b, j) => i !== j && boxes[i].right > b.left && b.right > boxes[i].left"
                        + " && boxes[i].bottom > b.top && b.bottom > boxes[i].top)).map(item => item.dataset.stage)"))
                        .as("stages over another at %d", width).isEmpty();
                assertThat(inSight("job-detail")).as("the detail in sight at %d", width).isTrue();
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1150));
        }
    }

    /** Opens the dashboard with the admin token already given. */
    private static void openWithToken() {
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('importexport-emulator-admin-token', arguments[0])", TOKEN);
        browser.navigate().refresh();
    }

    /** Whether the element's top is within the window (to the pixel: scrolling to it may leave a fraction above). */
    private static boolean inSight(String id) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const box = document.getElementById(arguments[0]).getBoundingClientRect(); return box.top >= -1 && box.top < window.innerHeight", id);
    }

    @Test
    void aPageLeftOpenChangesNothing() throws Exception {
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        create(client, Manifests.s3Import());
        List<JobView> before = emulator.admin().jobs(null);
        Instant clock = emulator.admin().now();
        openWithToken();
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
