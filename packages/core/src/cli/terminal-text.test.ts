import { describe, expect, it } from 'vitest';
import { terminalData, terminalLine, terminalText } from './terminal-text.js';

describe('terminal text', () => {
  it('shows C0, DEL and C1 controls as \\xHH; terminalText keeps line breaks and tabs', () => {
    expect(terminalText('a\u001b]0;t\u0007b\u009b2J\u007f\n\tc')).toBe('a\\x1B]0;t\\x07b\\x9B2J\\x7F\n\tc');
    expect(terminalLine('a\nb\tc\r')).toBe('a\\x0Ab\\x09c\\x0D');
    expect(terminalLine('平台 · ok')).toBe('平台 · ok');
  });

  it('copies plain data with every string and key escaped, keeping dates and the original unchanged', () => {
    const due = new Date(0);
    const data = { title: { en: 'x\u001b[2J' }, due, tags: ['\u0007'], byOwner: { 'li\u001b': 1 } };
    const copy = terminalData(data);
    expect(copy).toEqual({ title: { en: 'x\\x1B[2J' }, due, tags: ['\\x07'], byOwner: { 'li\\x1B': 1 } });
    expect(copy.due).toBe(due);
    expect(data.title.en).toBe('x\u001b[2J');
    const proto = terminalData(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
