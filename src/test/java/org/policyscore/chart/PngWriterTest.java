package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {
  /** Flat areas, anti-aliased edges and text: what charts are made of. */
  private static BufferedImage chartLike() {
    BufferedImage image = new BufferedImage(401, 257, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 401, 257);
    g.setColor(new Color(0x00A170));
    g.fillRect(150, 40, 213, 18);
    g.setColor(new Color(0x0072B2));
    g.fillOval(20, 120, 90, 70);
    g.setColor(new Color(0x222222));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString("F1a | Access to terms of service 83.33", 10, 230);
    g.dispose();
    return image;
  }

  @Test
  void decodesToExactlyThePixelsDrawn() throws Exception {
    BufferedImage image = chartLike();

    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngWriter.write(image, ChartEncoder.PNG_COMPRESSION)));

    assertThat(back.getWidth()).isEqualTo(401);
    assertThat(back.getHeight()).isEqualTo(257);
    for (int y = 0; y < 257; y++) {
      for (int x = 0; x < 401; x++) {
        assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
  }

  @Test
  void theSameImageGivesTheSameBytes() throws Exception {
    assertThat(PngWriter.write(chartLike(), 4)).isEqualTo(PngWriter.write(chartLike(), 4));
  }

  @Test
  void onlyRgbImagesAreWritten() {
    assertThatThrownBy(() -> PngWriter.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
