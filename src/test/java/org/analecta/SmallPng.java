package org.analecta;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Writes a screenshot as a small palette PNG: the pages use few colours, so the most
 * frequent ones (and the nearest of them for anti-aliased edges) keep text readable at a
 * fraction of the size of a true-colour PNG. For the screenshots kept in the repository.
 */
public final class SmallPng {

	/** At most 16, to fit four bits a pixel. */
	private static final int COLOURS = 16;

	private SmallPng() {
	}

	public static void write(byte[] png, Path file) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			Files.createDirectories(file.toAbsolutePath().getParent());
			ImageIO.write(quantize(image), "png", file.toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static BufferedImage quantize(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
		Map<Integer, Integer> counts = new HashMap<>();
		for (int p : pixels) {
			counts.merge(p & 0xFFFFFF, 1, Integer::sum);
		}
		int[] palette = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
			.limit(COLOURS)
			.mapToInt(Map.Entry::getKey)
			.toArray();
		Map<Integer, Integer> nearest = new HashMap<>();
		byte[] r = new byte[palette.length];
		byte[] g = new byte[palette.length];
		byte[] b = new byte[palette.length];
		for (int i = 0; i < palette.length; i++) {
			r[i] = (byte) (palette[i] >> 16);
			g[i] = (byte) (palette[i] >> 8);
			b[i] = (byte) palette[i];
		}
		// Four bits a pixel: half the raw data of a byte per pixel, and it deflates
		// better too.
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY,
				new IndexColorModel(4, palette.length, r, g, b));
		WritableRaster raster = out.getRaster();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				raster.setSample(x, y, 0,
						nearest.computeIfAbsent(pixels[y * w + x] & 0xFFFFFF, c -> closest(c, palette)));
			}
		}
		return out;
	}

	private static int closest(int c, int[] palette) {
		int best = 0;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < palette.length; i++) {
			int dr = ((c >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF);
			int dg = ((c >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF);
			int db = (c & 0xFF) - (palette[i] & 0xFF);
			long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
			if (d < bestDistance) {
				bestDistance = d;
				best = i;
			}
		}
		return best;
	}

}
