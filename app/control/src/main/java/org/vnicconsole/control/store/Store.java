package org.vnicconsole.control.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control plane's database: an embedded H2 file by default, schema by Flyway migrations.
 *
 * <p>Every mutating action runs in {@link #write} as one transaction, and writes are serialised by
 * one lock: capacity checks ("one below the cap") then cannot race. The schema's constraints are
 * the second line of defence. The embedded file can be opened by one process at a time (H2's
 * file lock), which is why an in-process lock is enough. Thread-safe.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final long WRITE_LOCK_SECONDS = 30;

    /** Waits for row locks up to 10 s; keeps parsed statements for reuse on each connection. */
    private static final String SETTINGS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Repositories> current = new ThreadLocal<>();
    private final String description;

    private Store(JdbcConnectionPool pool, String description) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.description = description;
    }

    /** Opens (creating if needed) the store file {@code vnic.mv.db} in a directory. */
    public static Store openFile(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data directory " + directory, e);
        }
        Path file = directory.toAbsolutePath().resolve("vnic");
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed process
        // loses no acknowledged action.
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0" + SETTINGS;
        return open(url, file + ".mv.db");
    }

    /** Opens a private in-memory store, for tests and throwaway runs. */
    public static Store openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + SETTINGS, "memory");
    }

    private static Store open(String url, String description) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "vnic", "");
        pool.setMaxConnections(16);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("store open at {}", description);
        return new Store(pool, description);
    }

    /**
     * Runs a read in its own transaction; may run beside other reads and a write. Inside a
     * {@link #write} on the same thread it reads that write's transaction.
     */
    public <T> T read(Function<Repositories, T> work) {
        Repositories joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                handle -> work.apply(new Repositories(handle)));
    }

    /**
     * Runs one action's writes in one transaction, after every earlier write has finished. A
     * write called inside another on the same thread joins the outer transaction, so a batch of
     * actions (a fleet load) commits whole or not at all.
     */
    public <T> T write(Function<Repositories, T> work) {
        Repositories joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        try {
            if (!writeLock.tryLock(WRITE_LOCK_SECONDS, TimeUnit.SECONDS)) {
                throw new StoreException("the store is busy; try again", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                Repositories repos = new Repositories(handle);
                current.set(repos);
                try {
                    return work.apply(repos);
                } finally {
                    current.remove();
                }
            });
        } finally {
            writeLock.unlock();
        }
    }

    /** The Jdbi instance, for repositories' tests. */
    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("store closed at {}", description);
    }
}
