package org.vnicconsole.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background threads that run async calls: a few daemon threads, named
 * {@code vnic-client-N}, that end when idle, so an unclosed transport never keeps the JVM alive.
 * Calls beyond the pool's size wait in order.
 */
public final class AsyncWorkers {

    private static final int THREADS = 8;
    private static final long IDLE_SECONDS = 30;

    private AsyncWorkers() {
    }

    /** A new pool; its owner shuts it down. */
    public static ExecutorService create() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "vnic-client-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
