import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import type { IsoDate } from '../domain/types.ts';
import { CHART_HEIGHT, CHART_WIDTH, openSitesChart } from './openSitesChart.ts';

const dataset = loadCompiledDataset();
const { range } = dataset.timeline;

describe('openSitesChart', () => {
  it('runs from the first day to the last, a pixel in from each side', () => {
    const chart = openSitesChart(dataset, 'plan');
    expect(chart.x(range.start)).toBeCloseTo(1, 6);
    expect(chart.x(range.end)).toBeCloseTo(CHART_WIDTH - 1, 6);
    expect(chart.path.endsWith(`H${CHART_WIDTH - 1}.0`)).toBe(true);
  });

  it('starts with all 13 sites open at the top and would reach none at the bottom', () => {
    const chart = openSitesChart(dataset, 'plan');
    expect(chart.total).toBe(13);
    expect(chart.y(13)).toBe(2);
    expect(chart.y(0)).toBe(CHART_HEIGHT - 2);
    expect(chart.path.startsWith('M1.0 2.0')).toBe(true);
  });

  it('draws 2024 a quarter as wide as 2023, as the slider does', () => {
    const chart = openSitesChart(dataset, 'plan');
    const day = (text: string) => text as IsoDate;
    const july2023 = chart.x(day('2023-08-01')) - chart.x(day('2023-07-01'));
    const july2024 = chart.x(day('2024-08-01')) - chart.x(day('2024-07-01'));
    expect(july2024 / july2023).toBeCloseTo(0.25, 6);
  });

  it('ends, as reported, with none open: Bamako, the last, handed back on 15 November 2024', () => {
    const chart = openSitesChart(dataset, 'reported');
    const bamako = chart.x('2024-11-15' as IsoDate).toFixed(1);
    expect(chart.path.endsWith(`H${bamako}V${CHART_HEIGHT - 2}.0H${CHART_WIDTH - 1}.0`)).toBe(true);
  });
});
