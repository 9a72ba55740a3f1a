import { describe, expect, test } from 'vitest';
import { parseColor, themeFor } from './theme.ts';

describe('popover theme follows the page', () => {
  test('a dark page background gives a dark card, a light one a light card', () => {
    expect(themeFor(['rgb(18, 18, 18)'], false)).toBe('dark');
    expect(themeFor(['rgb(246, 244, 239)'], true)).toBe('light');
  });

  test('transparent layers are looked through to the first opaque one', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0.1)', 'rgb(30, 34, 48)'], false)).toBe('dark');
  });

  test('with no background anywhere, the system preference decides', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)'], true)).toBe('dark');
    expect(themeFor([], false)).toBe('light');
  });

  test('reads the colour syntaxes browsers return', () => {
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('transparent')).toBeUndefined();
  });
});
