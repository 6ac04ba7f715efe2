import { describe, expect, it, vi } from 'vitest';

// Every load of Saxon-JS goes through runCommonJs (src/code-cache.ts): counted here.
const loads: string[] = [];
vi.mock('../code-cache.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../code-cache.js')>();
  return {
    ...real,
    runCommonJs: (...args: Parameters<typeof real.runCommonJs>) => {
      loads.push(args[0]);
      return real.runCommonJs(...args);
    },
  };
});

describe('Saxon-JS in a process', () => {
  it('is loaded when first used, not when the modules that use it are imported, and once', async () => {
    const { SaxonJS } = await import('./saxon.js');
    await import('../site/index.js');
    await import('./index.js');
    expect(loads).toEqual([]);
    expect(typeof SaxonJS.transform).toBe('function');
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatch(/saxon-js/);
    // Its functions run on Saxon-JS itself: a transform works through the lazy reference.
    const platform = SaxonJS.getPlatform();
    expect(typeof platform.readFile).toBe('function');
    expect(String(SaxonJS.XPath.evaluate('1 + 2'))).toBe('3');
    expect(loads).toHaveLength(1);
  });
});
