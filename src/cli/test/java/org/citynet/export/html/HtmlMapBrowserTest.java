package org.citynet.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citynet.cli.CitynetCommand;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * NAME.html in a real browser: Debian's Chromium, headless, driven by chromedriver, with every
 * network request sent to a closed port. The page comes from a whole run of the fixture network
 * {@code networks/html-map}, whose workbook is the reference for the numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlMapBrowserTest {
  private static final Path CITIES = Path.of("src/test/resources/networks/html-map/cities.csv");
  private static final Path LINKS = Path.of("src/test/resources/networks/html-map/links.csv");
  private static final String XSS = "<script>alert(1)</script>";

  private ChromeDriver browser;
  private Path page;
  private Path timedPage;
  private Path workbook;

  @BeforeAll
  void runTheFixtureAndStartChromium(@TempDir Path dir) {
    ExternalTools.require("chromium", "chromium");
    ExternalTools.require("/usr/bin/chromedriver", "chromium-driver");
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", CITIES.toString(),
              "--links", LINKS.toString(),
              "--out", dir.toString(),
              "--name", "study",
              "--dpi", "50"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    page = dir.resolve("study.html");
    String timed = "src/test/resources/networks/timed/";
    code =
        CitynetCommand.execute(
            new String[] {
              "--cities",
              timed + "cities.csv",
              "--links",
              timed + "links.csv",
              "--out",
              dir.resolve("timed").toString(),
              "--name",
              "timed",
              "--dpi",
              "50",
              "--periods",
              "2000-2004,2005-2009,2010-2014"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    timedPage = dir.resolve("timed").resolve("timed.html");
    workbook = dir.resolve("study.xlsx");

    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        // any request at all would go to a closed port and fail
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void openThePage() {
    open(page);
  }

  private void open(Path html) {
    // reading the logs empties them: each test sees only what its own page did
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.get(html.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> Boolean.TRUE.equals(script("return !!(window.citynet && citynet.ready)")));
  }

  @Test
  void searchedAndClickedCityShowsItsPartnersAndTheWorkbooksBetweenness() throws Exception {
    open("Quito");

    assertThat(text("#panel-name")).isEqualTo("Quito");
    assertThat(texts("#panel-partners button"))
        .containsExactly("Lima (PE)3", "Bogotá (CO)2", "Madrid (ES)1", "Quezon City (PH)1");
    WebElement betweenness =
        browser.findElement(By.cssSelector("#panel-measures td[data-column=betweenness]"));
    Map<String, String> shown = workbookCell("Quito", "betweenness");
    assertThat(Double.parseDouble(betweenness.getAttribute("data-value")))
        .isEqualTo(Double.parseDouble(shown.get("value")))
        .isPositive();
    assertThat(betweenness.getText()).isEqualTo(shown.get("text"));
    assertThat(text("#panel-role")).startsWith("Cluster ").contains(workbookText("Quito", "role"));
    // its four links drawn on top, and the city ringed
    assertThat(script("return document.querySelectorAll('.leaflet-highlight-pane canvas').length"))
        .isEqualTo(1L);
  }

  @Test
  void hoveringACityOnTheCanvasNamesItAndClickingOpensIt() {
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            script(
                "var i = citynet.cityIndex('Madrid'); var p = citynet.pointOf(i);"
                    + " var r = document.getElementById('map').getBoundingClientRect();"
                    + " return [Math.round(r.left + p[0]), Math.round(r.top + p[1])];");
    new Actions(browser).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).perform();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(b -> b.findElement(By.id("hover")).isDisplayed());
    assertThat(text("#hover")).isEqualTo("Madrid (ES)");

    new Actions(browser).click().perform();
    assertThat(text("#panel-name")).isEqualTo("Madrid");
  }

  @Test
  void clickingAPartnerOpensThatCity() {
    open("Quito");

    browser.findElements(By.cssSelector("#panel-partners button")).get(0).click();

    assertThat(text("#panel-name")).isEqualTo("Lima");
    assertThat(texts("#panel-partners button")).contains("Quito (EC)3", "Bogotá (CO)1");
  }

  @Test
  void cityNamedLikeMarkupShowsAsTextAndRunsNothing() {
    open("<script>");

    assertThat(text("#panel-name")).isEqualTo(XSS);
    assertThat(texts("#panel-partners button"))
        .containsExactly(
            "Madrid (ES)1", "O\"Hara & <b>Sons</b> </script><img src=x onerror=alert(2)> (IE)1");
    assertThat(browser.findElements(By.cssSelector("#side img, #side b, #side script"))).isEmpty();
    assertThat(script("return document.scripts.length")).isEqualTo(3L);
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void loadsNothingFromTheNetworkAndLogsNoErrors() throws Exception {
    open("Suva");

    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).isEmpty();
    List<String> requested = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = new ObjectMapper().readTree(e.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        requested.add(message.path("params").path("request").path("url").asText());
      }
    }
    assertThat(requested)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).matches("(file:|data:).*"))
        .filteredOn(url -> url.startsWith("file:"))
        .containsOnly(page.toUri().toString());
  }

  @Test
  void topCitiesSortByTheClickedColumn() {
    browser.findElement(By.cssSelector("#top-cities th[data-column=degree]")).click();

    List<String> firstRow =
        browser.findElements(By.cssSelector("#top-cities tbody tr:first-child td")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(firstRow.get(0)).isIn("Quito", "Madrid");
    assertThat(firstRow.get(3)).isEqualTo("4");
    assertThat(browser.findElements(By.cssSelector("#top-cities tbody tr"))).hasSize(11);

    browser.findElement(By.cssSelector("#top-cities tbody tr:first-child")).click();
    assertThat(text("#panel-name")).isEqualTo(firstRow.get(0));
  }

  @Test
  void regionFilterKeepsOnlyThatRegionsCities() {
    browser.findElement(By.cssSelector("#region-filter option[value=Americas]")).click();

    assertThat(texts("#top-cities tbody tr td:first-child"))
        .containsExactlyInAnyOrder("Quito", "Lima", "Bogotá");
  }

  @Test
  void showsTheKeyFiguresAndFindingsOfTheWorkbook() throws Exception {
    assertThat(texts("#findings li")).hasSizeGreaterThan(3);
    assertThat(texts("#findings li").get(0)).contains("main broker");
    assertThat(texts("#figures td:first-child")).contains("Cities", "Clusters (Leiden)");
    assertThat(text("#credits")).contains("Natural Earth").contains("Equal Earth");
  }

  @Test
  void timeSliderShowsEachPeriodsCities() {
    assertThat(browser.findElement(By.id("time")).isDisplayed()).isFalse();
    open(timedPage);
    assertThat(browser.findElement(By.id("time")).isDisplayed()).isTrue();

    slideTo(0);
    assertThat(text("#time-label")).startsWith("2000").contains("6 cities");
    assertThat(texts("#top-cities tbody tr td:first-child"))
        .containsExactlyInAnyOrder("Lisbon", "Porto", "Madrid", "Barcelona", "Berlin", "Paris");
    slideTo(2);
    assertThat(texts("#top-cities tbody tr td:first-child"))
        .contains("São Paulo", "Buenos Aires")
        .doesNotContain("Barcelona");
    browser.findElement(By.id("time-all")).click();
    assertThat(texts("#top-cities tbody tr td:first-child")).hasSize(10);
  }

  @Test
  void inAPeriodTheCityPanelShowsThatPeriodsSnapshotMeasuresAndPartners() {
    open(timedPage);
    open("Lisbon");
    // the whole network: Porto, Madrid, Rabat and São Paulo
    assertThat(cell("degree")).isEqualTo("4");

    slideTo(2);
    assertThat(text("#panel-role")).isEqualTo("In 2010-2014: cluster 0");
    assertThat(cell("period")).isEqualTo("2010-2014");
    assertThat(cell("degree")).isEqualTo("3");
    // the 2010-2014 snapshot's betweenness, as in the GeoPackage's city_periods: 8 of the 21
    // pairs of the other cities have their shortest path through Lisbon
    assertThat(Double.parseDouble(cell("betweenness"))).isCloseTo(8.0 / 21, within(1e-12));
    assertThat(texts("#panel-partners button"))
        .extracting(t -> t.replaceAll("[0-9.]+$", ""))
        .containsExactlyInAnyOrder("Porto (PT)", "Rabat (MA)", "São Paulo (BR)");

    slideTo(0);
    assertThat(cell("degree")).isEqualTo("2");
    assertThat(Double.parseDouble(cell("betweenness"))).isZero();
    assertThat(texts("#panel-partners button"))
        .extracting(t -> t.replaceAll("[0-9.]+$", ""))
        .containsExactlyInAnyOrder("Porto (PT)", "Madrid (ES)");

    browser.findElement(By.id("time-all")).click();
    assertThat(text("#panel-role")).startsWith("Cluster ");
    assertThat(cell("degree")).isEqualTo("4");
  }

  /** The value behind a row of the open city panel's measures. */
  private String cell(String column) {
    return browser
        .findElement(By.cssSelector("#panel-measures td[data-column=" + column + "]"))
        .getAttribute("data-value");
  }

  private void slideTo(int period) {
    script(
        "var s = document.getElementById('time-slider'); s.value = arguments[0];"
            + " s.dispatchEvent(new Event('input'));",
        String.valueOf(period));
  }

  private void open(String query) {
    WebElement search = browser.findElement(By.id("search"));
    search.clear();
    search.sendKeys(query);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> !b.findElements(By.cssSelector("#search-results button")).isEmpty());
    browser.findElements(By.cssSelector("#search-results button")).get(0).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> b.findElement(By.id("panel")).isDisplayed());
  }

  private String text(String css) {
    return (String) script("return document.querySelector(arguments[0]).textContent", css);
  }

  @SuppressWarnings("unchecked")
  private List<String> texts(String css) {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)",
            css);
  }

  private Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  private String workbookText(String city, String column) throws Exception {
    return workbookCell(city, column).get("text");
  }

  /**
   * The Cities sheet's cell: its number ({@code value}) and the text Excel shows ({@code text}).
   */
  private Map<String, String> workbookCell(String city, String column) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
      Sheet sheet = wb.getSheet("Cities");
      Row header = sheet.getRow(0);
      Map<String, Integer> columns = new HashMap<>();
      header.forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && city.equals(row.getCell(columns.get("name")).toString())) {
          Cell cell = row.getCell(columns.get(column));
          Map<String, String> shown = new HashMap<>();
          shown.put("text", new DataFormatter(Locale.UK).formatCellValue(cell));
          if (cell.getCellType() == CellType.NUMERIC) {
            shown.put("value", Double.toString(cell.getNumericCellValue()));
          }
          return shown;
        }
      }
    }
    throw new AssertionError("no city " + city + " in the workbook");
  }
}
