package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ua.strichka.bench.CorpusSeed;
import ua.strichka.config.Config;
import ua.strichka.search.IndexProgress;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchSettings;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;

/**
 * The site in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium
 * with explicit paths, so Selenium Manager never downloads anything). Writes screenshots of the
 * main pages to target/screenshots. Without Chromium the test is skipped on a developer machine and
 * FAILS in CI (CI=true), so a missing browser can never pass silently there.
 */
@Tag("slow")
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static WebServer server;
  static ChromeDriver browser;
  static long hostileStory;
  static long longStory;
  static final String LONG_TITLE =
      "Найдовшийзаголовокбезжодногопробілу".repeat(8)
          + " і ще дуже довгий хвіст заголовка, що має переноситися";

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver):"
              + " apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        present, "Chromium not installed: apt-get install -y chromium chromium-driver");

    store = Store.open("jdbc:sqlite:" + dir.resolve("browser.db"), "", "", 4);
    Instant now = Instant.now();
    CorpusSeed.seed(store, now);
    long outlet = store.outlets().bySlug("kyivskyi-visnyk").orElseThrow().id();
    long article =
        store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://kyivskyi-visnyk.ua/x/script", outlet, SiteFixture.HOSTILE_TITLE)
                    .lead("Заголовок з <script> має показатися текстом.")
                    .publishedAt(now.minusSeconds(1800))
                    .section("society")
                    .build());
    hostileStory =
        store.stories().create(StoryRecord.of(SiteFixture.HOSTILE_TITLE, null, "society", now));
    store.stories().addArticle(hostileStory, article, null, now);
    store.stories().updateStats(hostileStory, 0.01);
    long longArticle =
        store
            .articles()
            .upsert(
                ArticleRecord.builder("https://kyivskyi-visnyk.ua/x/long", outlet, LONG_TITLE)
                    .lead("Дуже довгий заголовок не ламає сторінку.")
                    .publishedAt(now.minusSeconds(600))
                    .section("culture")
                    .build());
    longStory = store.stories().create(StoryRecord.of(LONG_TITLE, null, "culture", now));
    store.stories().addArticle(longStory, longArticle, null, now);
    store.stories().updateStats(longStory, 3);
    // a real index over the same store: without one the search page only says it is unavailable
    index =
        SearchIndex.rebuild(
            dir.resolve("index"),
            store,
            SearchSettings.from(Config.defaults()),
            IndexProgress.NONE);
    server =
        WebServer.start(
            store,
            new WebServer.Settings(
                "127.0.0.1",
                0,
                "",
                "",
                List.of("USD", "EUR", "PLN", "GBP", "CHF"),
                Clock.systemUTC(),
                Duration.ZERO),
            index);

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--hide-scrollbars",
        "--lang=uk",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
        "--window-size=1280,900");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  @Test
  void aReaderGoesFromTheFrontPageToAStoryToAnArticleAndSearches() throws Exception {
    browser.get(server.url() + "/");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
    List<WebElement> stories = browser.findElements(By.cssSelector(".stories .card-title a"));
    assertThat(stories).hasSizeGreaterThan(10);
    shot("front");

    String storyTitle = stories.get(0).getText();
    stories.get(0).click();
    assertThat(browser.getCurrentUrl()).matches(".*/story/\\d+");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);
    List<WebElement> timeline = browser.findElements(By.cssSelector(".timeline-title a"));
    assertThat(timeline).hasSizeGreaterThan(1);
    shot("story");

    timeline.get(0).click();
    assertThat(browser.getCurrentUrl()).matches(".*/article/\\d+");
    String source = browser.findElement(By.cssSelector(".source")).getText();
    assertThat(source).matches("Джерело: [a-z0-9.-]+\\.[a-z]+ \\(.+\\)");
    assertThat(browser.findElement(By.cssSelector(".source a")).getAttribute("href"))
        .startsWith("https://");
    shot("article");

    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Одесі", Keys.ENTER);
    awaitSearchPage();
    assertThat(browser.findElement(By.id("sq")).getAttribute("value")).isEqualTo("Одесі");
    assertThat(browser.findElements(By.cssSelector(".results .snippet mark"))).isNotEmpty();
    shot("search");
  }

  @Test
  void searchingAnInflectedFormMarksTheBaseFormInSnippets() throws Exception {
    browser.get(server.url() + "/");
    browser.findElement(By.id("q")).sendKeys("України", Keys.ENTER);
    awaitSearchPage();
    assertThat(browser.findElements(By.cssSelector(".results .result"))).hasSizeGreaterThan(1);
    List<String> marked =
        browser.findElements(By.cssSelector(".results .snippet mark")).stream()
            .map(WebElement::getText)
            .toList();
    // the genitive typed, the nominative found and marked: the match is by lemma, not by string
    assertThat(marked).contains("Україна");
    assertThat(marked).allSatisfy(m -> assertThat(m.toLowerCase(Locale.ROOT)).startsWith("україн"));
    shot("search-inflected");
  }

  @Test
  void aTitleWithScriptRendersAsText() {
    browser.get(server.url() + "/story/" + hostileStory);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(SiteFixture.HOSTILE_TITLE);
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script from the title ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran: the title is text
    }
    assertThat(
            (Long) browser.executeScript("return document.querySelectorAll('main script').length"))
        .isZero();
  }

  @Test
  void keyboardUsersGetASkipLinkAndVisibleFocus() {
    browser.get(server.url() + "/");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Перейти до змісту");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#main");
  }

  @Test
  void theOtherPagesRenderAndLongTitlesNeverWidenThePage() throws Exception {
    for (String page :
        List.of("rates", "about", "section/war", "entity/odesa", "outlet/kyivskyi-visnyk")) {
      browser.get(server.url() + "/" + page);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
      shot(page.replace('/', '-'));
    }
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : List.of("/story/" + longStory, "/section/culture", "/")) {
        browser.get(server.url() + page);
        if (!page.equals("/")) {
          assertThat(browser.getPageSource()).contains("Найдовшийзаголовокбезжодногопробілу");
        }
        Long overflow =
            (Long)
                browser.executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth");
        assertThat(overflow)
            .as("horizontal overflow of " + page + " on a phone")
            .isLessThanOrEqualTo(0L);
      }
      shot("front-mobile");
      browser.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      browser.get(server.url() + "/");
      shot("front-mobile-dark");
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** A full-page screenshot: the window is stretched to the page's height first. */
  /**
   * ENTER in the search box starts a navigation that the driver does not wait for: wait until the
   * results page is the one loaded (its own search field), not the page the search was typed on.
   */
  static void awaitSearchPage() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                d.getCurrentUrl().contains("/search?q=")
                    && !d.findElements(By.id("sq")).isEmpty()
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  static void shot(String name) throws Exception {
    Dimension before = browser.manage().window().getSize();
    Long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
    browser
        .manage()
        .window()
        .setSize(
            new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 100, 600), 6000)));
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(before);
  }
}
