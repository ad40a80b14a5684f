package io.newsflow.ingest.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap and cancels the transfer the moment the cap is passed,
 * so a 50 MiB (or endless) body costs at most the cap in memory, never the whole body.
 */
final class CappedBody implements BodySubscriber<byte[]> {
    private final long cap;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private byte[] buffer = new byte[8192];
    private int size;

    CappedBody(long cap) {
        this(cap, -1);
    }

    /**
     * A body of {@code declared} bytes (its Content-Length, or -1): one declared over the cap is
     * refused before a byte is read.
     */
    CappedBody(long cap, long declared) {
        this.cap = cap;
        this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > cap) {
            s.cancel();
            buffer = null;
            result.completeExceptionally(
                    new FetchException(
                            FetchError.BODY_TOO_LARGE,
                            "response declares Content-Length "
                                    + declared
                                    + " bytes, over the cap of "
                                    + cap
                                    + " bytes (poller.maxBodyBytes); refused unread"));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return; // cancelled at the cap; late buffers are dropped
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if ((long) size + n > cap) {
                subscription.cancel();
                buffer = null;
                result.completeExceptionally(
                        new FetchException(
                                FetchError.BODY_TOO_LARGE,
                                "response body exceeds the cap of "
                                        + cap
                                        + " bytes (poller.maxBodyBytes); transfer cancelled"));
                return;
            }
            if (size + n > buffer.length) {
                buffer =
                        Arrays.copyOf(
                                buffer,
                                (int) Math.min(cap, Math.max(size + n, buffer.length * 2L)));
            }
            item.get(buffer, size, n);
            size += n;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        if (!result.isDone()) {
            result.complete(Arrays.copyOf(buffer, size));
        }
    }
}
