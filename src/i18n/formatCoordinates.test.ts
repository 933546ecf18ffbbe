import { describe, expect, it } from 'vitest';
import { formatCoordinates } from './formatCoordinates.ts';

describe('a site’s position as its reader writes it', () => {
  it('takes a decimal comma in French, and the French letter for west', () => {
    expect(formatCoordinates('fr', [-3.00443, 16.27169])).toBe('16,272°\u00a0N, 3,004°\u00a0O');
    expect(formatCoordinates('fr', [-3.5, 16.2])).toBe('16,200°\u00a0N, 3,500°\u00a0O');
  });

  it('takes a decimal point in English', () => {
    expect(formatCoordinates('en', [-3.00443, 16.27169])).toBe('16.272°\u00a0N, 3.004°\u00a0W');
    expect(formatCoordinates('en', [-3.5, 16.2])).toBe('16.200°\u00a0N, 3.500°\u00a0W');
  });

  it('names east and south by their sign, and keeps three decimals', () => {
    expect(formatCoordinates('en', [1.5, -0.25])).toBe('0.250°\u00a0S, 1.500°\u00a0E');
  });
});
