/**
 * The phase sheet: small multiples of the map at the end of phase one and of each
 * sequence, with the sites each one closed, and plan against reality under them.
 */

import { type GapChart, gapChart } from '../comparison/gapChart.ts';
import { addDays } from '../domain/dates.ts';
import type { Dataset, Lang, Story } from '../domain/types.ts';
import { gapText } from '../i18n/gapText.ts';
import { colon, formatDay, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { frameFor } from '../map/maliFrame.ts';
import { basemapPaths } from '../map/svgPaths.ts';
import { drawMap } from './canvasMap.ts';
import { FONT, INK, SOFT, sourceLine } from './imageText.ts';

/** Small multiples of the map, one panel per phase and sequence (and liquidation). */
export function renderPhaseSheet(
  basemap: Basemap,
  dataset: Dataset,
  lang: Lang,
  story: Story,
): HTMLCanvasElement {
  // One panel per closure window, showing the day after it ends: every site it closes
  // is closed by then (the last day of a window still counts as closing).
  const panels = dataset.timeline.windows.filter((window) => window.id !== 'liquidation');
  const columns = 2;
  const rows = Math.ceil(panels.length / columns);
  const panelWidth = 560;
  const panelHeight = 520;
  const top = 90;
  // Under the maps: plan against reality, a row per site.
  const chart = gapChart(dataset);
  const chartHeight = 70 + chart.rows.length * GAP_ROW_PX;
  const bottom = 50 + chartHeight;
  const canvas = document.createElement('canvas');
  canvas.width = columns * panelWidth;
  canvas.height = top + rows * panelHeight + bottom;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(t(lang, 'app.title'), 24, 44);
  ctx.font = `18px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(
    story === 'reported'
      ? t(lang, 'export.sheetSubtitleReported')
      : t(lang, 'export.sheetSubtitle'),
    24,
    74,
  );

  const mapHeight = panelHeight - 110;
  const frame = frameFor(panelWidth - 16, mapHeight);
  const paths = basemapPaths(basemap, frame);
  panels.forEach((window, index) => {
    const x0 = (index % columns) * panelWidth + 8;
    const y0 = top + Math.floor(index / columns) * panelHeight;
    const day = addDays(window.end, 1);
    ctx.save();
    ctx.translate(x0, y0 + 50);
    drawMap(ctx, { paths, frame, dataset, day, story, width: panelWidth - 16, height: mapHeight });
    ctx.restore();
    ctx.strokeStyle = '#d6d2c8';
    ctx.strokeRect(x0, y0 + 50, panelWidth - 16, mapHeight);
    ctx.fillStyle = INK;
    ctx.font = `700 20px ${FONT}`;
    ctx.fillText(window.name[lang], x0, y0 + 24);
    ctx.font = `15px ${FONT}`;
    ctx.fillStyle = SOFT;
    const when = t(lang, 'export.after', {
      end: formatDay(lang, window.end),
      date: formatDay(lang, day),
    });
    ctx.fillText(when, x0, y0 + 44);
    const closes = dataset.sites
      .filter((site) => window.closes.includes(site.id))
      .map((site) => site.name[lang]);
    const changes = dataset.sites
      .filter((site) => window.changes.includes(site.id))
      .map((site) => site.name[lang]);
    ctx.fillStyle = INK;
    ctx.font = `15px ${FONT}`;
    const line1 = closes.length
      ? `${t(lang, 'export.closes')}${colon(lang)} ${closes.join(', ')}`
      : '';
    const line2 = changes.length
      ? `${t(lang, 'export.changes')}${colon(lang)} ${changes.join(', ')}`
      : '';
    ctx.fillText(line1 || line2, x0, y0 + 50 + mapHeight + 24, panelWidth - 24);
    if (line1 && line2) ctx.fillText(line2, x0, y0 + 50 + mapHeight + 46, panelWidth - 24);
  });
  drawGapChart(ctx, chart, lang, 24, top + rows * panelHeight + 10, canvas.width - 48);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(sourceLine(dataset, lang), 24, canvas.height - 20, canvas.width - 48);
  return canvas;
}

const GAP_ROW_PX = 26;

/** Plan against reality on a canvas, from the same rows as the panel's chart. */
function drawGapChart(
  ctx: CanvasRenderingContext2D,
  chart: GapChart,
  lang: Lang,
  x: number,
  y: number,
  width: number,
): void {
  ctx.fillStyle = INK;
  ctx.font = `700 20px ${FONT}`;
  ctx.fillText(t(lang, 'gap.title'), x, y + 22);
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(t(lang, 'gap.intro'), x, y + 44, width);
  const nameW = 140;
  const textW = 330;
  const trackX = x + nameW;
  const trackW = width - nameW - textW;
  chart.rows.forEach((row, i) => {
    const rowY = y + 60 + i * GAP_ROW_PX;
    ctx.fillStyle = INK;
    ctx.font = `600 14px ${FONT}`;
    ctx.fillText(row.name[lang], x, rowY + 15, nameW - 8);
    for (const tick of chart.ticks) {
      ctx.fillStyle = '#d6d2c8';
      ctx.fillRect(trackX + tick.at * trackW, rowY, 1, 20);
    }
    ctx.fillStyle = row.bar.kept ? '#e4e4e4' : '#e9d9f0';
    ctx.strokeStyle = row.bar.kept ? '#595959' : '#5e1f45';
    ctx.lineWidth = 1;
    const barX = trackX + row.bar.from * trackW;
    const barW = Math.max(2, (row.bar.to - row.bar.from) * trackW);
    ctx.fillRect(barX, rowY + 4, barW, 12);
    ctx.strokeRect(barX, rowY + 4, barW, 12);
    ctx.strokeStyle = row.departure === 'no-handover' ? '#8c1d18' : '#003f63';
    ctx.lineWidth = 3;
    ctx.setLineDash(row.departure === 'no-handover' ? [4, 3] : []);
    ctx.beginPath();
    ctx.moveTo(trackX + row.mark * trackW, rowY);
    ctx.lineTo(trackX + row.mark * trackW, rowY + 20);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = SOFT;
    ctx.font = `14px ${FONT}`;
    const departure = row.departure === 'no-handover' ? ` · ${t(lang, 'gap.noHandover')}` : '';
    ctx.fillText(
      `${formatDay(lang, row.reported)}${departure} · ${gapText(lang, row.gap)}`,
      trackX + trackW + 10,
      rowY + 15,
      textW - 10,
    );
  });
}
