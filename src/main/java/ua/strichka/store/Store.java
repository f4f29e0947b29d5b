package ua.strichka.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The database: a connection pool, the migrated schema, and the repositories over it.
 *
 * <p>Repositories obtained from the store run each call in its own short transaction; {@link
 * #inTransaction} hands out repositories bound to one transaction, so several writes commit or roll
 * back together.
 */
public final class Store implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Repositories repositories;

  private Store(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.jdbi = Jdbi.create(dataSource);
    this.repositories = new Repositories(Handles.perCall(jdbi));
  }

  /**
   * Opens the database at {@code jdbcUrl} and brings its schema up to date.
   *
   * @throws StoreException with a message naming the database when it cannot be opened or migrated
   */
  public static Store open(String jdbcUrl, String user, String password, int poolSize) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(jdbcUrl);
    hc.setPoolName("strichka-store");
    hc.setMaximumPoolSize(poolSize);
    hc.setMinimumIdle(1);
    hc.setConnectionTimeout(30_000);
    if (dialect == Dialect.SQLITE) {
      createParentDirectory(jdbcUrl);
      // WAL lets readers (the website) run beside the crawler's writes; the busy timeout makes a
      // second writer wait
      // for the lock instead of failing at once.
      hc.addDataSourceProperty("journal_mode", "WAL");
      hc.addDataSourceProperty("foreign_keys", "true");
      // A busy_timeout in the URL wins (tests of a locked database wait less).
      if (!jdbcUrl.contains("busy_timeout=")) hc.addDataSourceProperty("busy_timeout", "10000");
      // A deferred transaction that reads and then writes fails with SQLITE_BUSY_SNAPSHOT when
      // another
      // connection wrote in between, and no busy timeout helps; taking the write lock at BEGIN
      // makes
      // concurrent writers (crawler threads, the rates updater) wait their turn instead.
      hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      hc.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      if (!user.isEmpty()) hc.setUsername(user);
      if (!password.isEmpty()) hc.setPassword(password);
    }
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .placeholders(Map.of("id_pk", dialect.idPrimaryKey))
          .load()
          .migrate();
    } catch (FlywayException e) {
      ds.close();
      throw new StoreException(
          "cannot prepare the schema of " + redact(jdbcUrl) + ": " + rootMessage(e), e);
    }
    return new Store(ds, dialect);
  }

  public OutletRepository outlets() {
    return repositories.outlets();
  }

  public ArticleRepository articles() {
    return repositories.articles();
  }

  public StoryRepository stories() {
    return repositories.stories();
  }

  public EntityRepository entities() {
    return repositories.entities();
  }

  public CrawlRepository crawl() {
    return repositories.crawl();
  }

  public RateRepository rates() {
    return repositories.rates();
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * Runs {@code work} in one transaction: it commits when {@code work} returns and rolls back when
   * it throws.
   */
  public <R> R inTransaction(Function<Repositories, R> work) {
    return jdbi.inTransaction(handle -> work.apply(new Repositories(Handles.bound(handle))));
  }

  /** For stages with needs no repository covers yet; prefer a repository method. */
  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static void createParentDirectory(String jdbcUrl) {
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    if (query >= 0) file = file.substring(0, query);
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) return;
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StoreException(
          "cannot create the data directory " + parent + ": " + e.getMessage(), e);
    }
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
