// The browser tests must fail, saying how to install Chromium, when there is none: never pass silently.
import { describe, expect, it } from 'vitest';
import { chromiumProblem } from '../browser/chromium.js';
import requireChromium from '../browser/global-setup.js';

describe('Chromium check of the browser tests', () => {
  it('names the missing path and how to install Chromium', () => {
    const problem = chromiumProblem('/no/such/chromium');
    expect(problem).toContain('/no/such/chromium');
    expect(problem).toContain('apt-get install chromium');
    expect(problem).toContain('CHROMIUM_PATH');
  });

  it('accepts an executable', () => {
    expect(chromiumProblem(process.execPath)).toBeUndefined();
  });

  it('the global setup throws when CHROMIUM_PATH points nowhere', () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/no/such/chromium';
    try {
      expect(() => requireChromium()).toThrow(/apt-get install chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
