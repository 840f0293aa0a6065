import { describe, expect, it } from 'vitest';
import { displayWidth, padEndColumns, padStartColumns } from './display-width.js';

describe('displayWidth', () => {
  it('counts Chinese characters and fullwidth punctuation as two columns, others as one', () => {
    expect(displayWidth('Build-up')).toBe(8);
    expect(displayWidth('造势期')).toBe(6);
    expect(displayWidth('@美工/视觉')).toBe(10);
    expect(displayWidth('（北京时间）')).toBe(12);
    expect(displayWidth('')).toBe(0);
  });

  it('pads to a column count, never cutting', () => {
    expect(padEndColumns('造势期', 8)).toBe('造势期  ');
    expect(padEndColumns('Peak', 8)).toBe('Peak    ');
    expect(padEndColumns('总结复盘期', 4)).toBe('总结复盘期');
    expect(padStartColumns('得分', 5)).toBe(' 得分');
    expect(padStartColumns('score', 3)).toBe('score');
  });
});
