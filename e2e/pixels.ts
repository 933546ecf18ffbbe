/**
 * Reads images the way a person looks at them: which colours cover how much of a PNG
 * (or of a region of it), where a colour lies in bands, and a video's frame as a PNG.
 * The decoding is done by the browser, in a blank page of the test's own context: no
 * image library is needed, and the app's CSP (no data: media) is not in the way.
 */
import { type BrowserContext, expect } from '@playwright/test';

export interface CanvasColours {
  /** How many distinct colours (quantised to 4 bits a channel) cover at least 0.1 % of the canvas. */
  distinct: number;
  /** Share of the canvas covered by the most common colour. */
  dominantShare: number;
  /** Share of pixels within `tolerance` of each requested colour. */
  shares: Record<string, number>;
}

/** A rectangle of an image, in its pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width and height from a PNG's header (IHDR). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export class PixelReader {
  constructor(readonly context: BrowserContext) {}

  /**
   * Counts colours in a PNG, the whole image or the `region` of it (in the image's pixels).
   */
  async analyseColours(
    png: Buffer,
    colours: Record<string, string> = {},
    tolerance = 10,
    region?: Region,
  ): Promise<CanvasColours> {
    return this.withPixels(
      png,
      ({ wanted, tol, area }) => {
        const image = (window as unknown as { pixels: ImageData }).pixels;
        const { x, y, width, height } = area ?? {
          x: 0,
          y: 0,
          width: image.width,
          height: image.height,
        };
        const total = width * height;
        const buckets = new Map<number, number>();
        const targets = Object.entries(wanted).map(([name, hex]) => ({
          name,
          rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
          count: 0,
        }));
        for (let row = y; row < y + height; row++)
          for (let column = x; column < x + width; column++) {
            const i = (row * image.width + column) * 4;
            const r = image.data[i] ?? 0;
            const g = image.data[i + 1] ?? 0;
            const b = image.data[i + 2] ?? 0;
            const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
            buckets.set(key, (buckets.get(key) ?? 0) + 1);
            for (const target of targets) {
              const [tr = 0, tg = 0, tb = 0] = target.rgb;
              if (Math.abs(r - tr) <= tol && Math.abs(g - tg) <= tol && Math.abs(b - tb) <= tol)
                target.count++;
            }
          }
        const counts = [...buckets.values()];
        return {
          distinct: counts.filter((count) => count >= total * 0.001).length,
          dominantShare: Math.max(...counts) / total,
          shares: Object.fromEntries(targets.map((t) => [t.name, t.count / total])),
        };
      },
      { wanted: colours, tol: tolerance, area: region },
    );
  }

  /**
   * Where a colour stands in a PNG: for each of `columns` equal vertical strips, the
   * runs of pixel rows in which it covers at least `minShare` of the strip's width.
   */
  async colourBands(
    png: Buffer,
    colour: string,
    columns: number,
    minShare: number,
  ): Promise<Region[]> {
    return this.withPixels(
      png,
      ({ hex, strips, share }) => {
        const image = (window as unknown as { pixels: ImageData }).pixels;
        const [tr = 0, tg = 0, tb = 0] = [1, 3, 5].map((i) =>
          Number.parseInt(hex.slice(i, i + 2), 16),
        );
        const width = Math.floor(image.width / strips);
        const near = (i: number) =>
          Math.abs((image.data[i] ?? 0) - tr) <= 3 &&
          Math.abs((image.data[i + 1] ?? 0) - tg) <= 3 &&
          Math.abs((image.data[i + 2] ?? 0) - tb) <= 3;
        const bands: { x: number; y: number; width: number; height: number }[] = [];
        for (let strip = 0; strip < strips; strip++) {
          let start = -1;
          for (let y = 0; y <= image.height; y++) {
            let count = 0;
            if (y < image.height)
              for (let x = strip * width; x < (strip + 1) * width; x++)
                if (near((y * image.width + x) * 4)) count++;
            const inBand = count >= width * share;
            if (inBand && start < 0) start = y;
            if (!inBand && start >= 0) {
              bands.push({ x: strip * width, y: start, width, height: y - start });
              start = -1;
            }
          }
        }
        return bands;
      },
      { hex: colour, strips: columns, share: minShare },
    );
  }

  /**
   * The frame at `fraction` of a WebM video's length (0.5: its middle), as a PNG. Read
   * relative to the length, which a busy machine stretches or shortens, not at a fixed
   * second. A recorder's WebM does not say its length: a seek past its end makes the
   * browser find it. Decoded in a blank page: the app's CSP rightly allows no data: media.
   */
  async videoFrame(webm: Buffer, fraction: number): Promise<Buffer> {
    const scratch = await this.context.newPage();
    try {
      const base64 = await scratch.evaluate(
        async ({ video, at }) => {
          const element = document.createElement('video');
          element.muted = true;
          element.src = `data:video/webm;base64,${video}`;
          await new Promise((done, fail) => {
            element.onloadeddata = done;
            element.onerror = () => fail(new Error('the video cannot be decoded'));
          });
          const seek = (time: number) =>
            new Promise((done) => {
              element.onseeked = done;
              element.currentTime = time;
            });
          if (!Number.isFinite(element.duration)) await seek(Number.MAX_SAFE_INTEGER);
          if (!Number.isFinite(element.duration)) throw new Error('the video has no length');
          await seek(element.duration * at);
          const frame = new OffscreenCanvas(element.videoWidth, element.videoHeight);
          frame.getContext('2d')?.drawImage(element, 0, 0);
          const png = await frame.convertToBlob({ type: 'image/png' });
          const url = await new Promise<string>((done) => {
            const reader = new FileReader();
            reader.onload = () => done(String(reader.result));
            reader.readAsDataURL(png);
          });
          return url.slice(url.indexOf(',') + 1);
        },
        { video: webm.toString('base64'), at: fraction },
      );
      return Buffer.from(base64, 'base64');
    } finally {
      await scratch.close();
    }
  }

  /**
   * Decodes a PNG in a blank page of the same browser (no image library needed) into
   * `window.pixels`, then runs `analyse` there.
   */
  private async withPixels<Arg, Result>(
    png: Buffer,
    analyse: (arg: Arg) => Result,
    arg: Arg,
  ): Promise<Result> {
    const scratch = await this.context.newPage();
    try {
      await scratch.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(image, 0, 0);
        Object.assign(window, { pixels: context.getImageData(0, 0, image.width, image.height) });
      }, png.toString('base64'));
      // Playwright sends `arg` over as JSON: plain data here, so it arrives as it left.
      return await scratch.evaluate(analyse as (arg: unknown) => Result, arg as unknown);
    } finally {
      await scratch.close();
    }
  }
}
