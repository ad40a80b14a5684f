package io.newsflow.app.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blocking loop (a sink, a poller) on its own thread. If it dies, the failure is logged with the
 * part's name and the whole process is asked to stop, so a broken part never leaves the others
 * running as if all were well.
 */
public final class BackgroundTask {
    private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);

    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private BackgroundTask(String name, Runnable loop, Lifecycle lifecycle) {
        thread =
                new Thread(
                        () -> {
                            try {
                                loop.run();
                            } catch (RuntimeException | Error e) {
                                failure.set(e);
                                log.error(
                                        "{} stopped: {} — stopping newsflow",
                                        name,
                                        e.toString(),
                                        e);
                                lifecycle.stop();
                            }
                        },
                        "newsflow-" + name);
    }

    public static BackgroundTask start(String name, Runnable loop, Lifecycle lifecycle) {
        var task = new BackgroundTask(name, loop, lifecycle);
        task.thread.start();
        return task;
    }

    public Throwable failure() {
        return failure.get();
    }

    public void join(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
    }
}
