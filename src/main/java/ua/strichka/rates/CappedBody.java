package ua.strichka.rates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap: past it the download stops and the body fails, so a
 * broken or hostile server cannot fill the heap. Hand-written because java.net.http only gained
 * {@code BodyHandlers.limiting} in JDK 25 and Strichka runs on 21.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body went past the cap. */
  static final class TooLarge extends IOException {
    TooLarge(long cap) {
      super("the answer is larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long cap) {
    this.cap = cap;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) return;
    for (ByteBuffer b : buffers) {
      if (bytes.size() + (long) b.remaining() > cap) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge(cap));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
