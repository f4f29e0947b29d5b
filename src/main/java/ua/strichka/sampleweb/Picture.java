package ua.strichka.sampleweb;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The photos of the sample web's articles: a 16:9 JPEG drawn from the picture's path, the same
 * bytes for the same path, so that the demo's pages look like a news site's and not a wall of empty
 * frames. Abstract on purpose (sky, hills, a sun): no real photo could be shipped freely.
 */
final class Picture {
  static final String TYPE = "image/jpeg";
  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;
  private static final int CACHED = 256;
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private Picture() {}

  static byte[] of(String path) {
    byte[] cached = CACHE.get(path);
    if (cached != null) return cached;
    byte[] drawn = draw(new Random(path.hashCode()));
    if (CACHE.size() >= CACHED) CACHE.clear();
    CACHE.put(path, drawn);
    return drawn;
  }

  private static byte[] draw(Random r) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float hue = r.nextFloat();
      g.setPaint(
          new GradientPaint(
              0,
              0,
              Color.getHSBColor(hue, 0.35f, 0.95f),
              0,
              HEIGHT,
              Color.getHSBColor((hue + 0.08f) % 1, 0.55f, 0.75f)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(255, 245, 200, 200));
      int sun = 60 + r.nextInt(60);
      g.fillOval(80 + r.nextInt(WIDTH - 240), 40 + r.nextInt(80), sun, sun);
      for (int layer = 0; layer < 3; layer++) {
        g.setColor(
            Color.getHSBColor((hue + 0.3f + layer * 0.05f) % 1, 0.45f, 0.55f - layer * 0.12f));
        int base = HEIGHT / 2 + layer * 60 + r.nextInt(40);
        int[] xs = new int[12];
        int[] ys = new int[12];
        for (int i = 0; i < 10; i++) {
          xs[i] = i * WIDTH / 9;
          ys[i] = base - r.nextInt(70);
        }
        xs[10] = WIDTH;
        ys[10] = HEIGHT;
        xs[11] = 0;
        ys[11] = HEIGHT;
        g.fillPolygon(xs, ys, 12);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
