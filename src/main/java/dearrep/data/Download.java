package dearrep.data;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/** Fetches one archive over HTTP(S) into a file, with a timeout and a progress callback. */
final class Download {

  private Download() {}

  /**
   * Downloads {@code uri} to {@code file}. {@code timeout} bounds connecting and each wait for
   * data; {@code progress} gets the bytes so far and, first, the expected total (-1 if unknown).
   */
  static void fetch(
      URI uri, Path file, Duration timeout, LongConsumer total, LongConsumer progress) {
    try {
      URLConnection c = uri.toURL().openConnection();
      int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
      c.setConnectTimeout(ms);
      c.setReadTimeout(ms);
      c.setRequestProperty("User-Agent", "dearrep data update");
      if (c instanceof HttpURLConnection http) {
        http.setInstanceFollowRedirects(true);
        int status = http.getResponseCode();
        if (status != 200) {
          throw failure(uri, "the server answered HTTP " + status);
        }
      }
      total.accept(c.getContentLengthLong());
      long done = 0;
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = c.getInputStream();
          OutputStream out = Files.newOutputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          done += n;
          progress.accept(done);
        }
      }
      long expected = c.getContentLengthLong();
      if (expected >= 0 && done != expected) {
        throw failure(uri, "the download stopped after " + done + " of " + expected + " bytes");
      }
    } catch (SocketTimeoutException e) {
      throw failure(uri, "no answer within " + timeout.toSeconds() + " s (--timeout)");
    } catch (IOException e) {
      throw failure(uri, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static DearrepException failure(URI uri, String why) {
    return new DearrepException(
        DearrepException.Kind.FAILURE,
        "could not download " + uri + ": " + why + "; the data in use is unchanged");
  }
}
