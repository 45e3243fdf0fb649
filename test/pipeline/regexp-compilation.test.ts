import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: vi.fn() }));

describe('regular expressions of the extraction', () => {
  it('are compiled straight to machine code by the module that sets it', async () => {
    const v8 = await import('node:v8');
    await import('../../src/lib/regexp-compilation.ts');
    expect(v8.setFlagsFromString).toHaveBeenCalledWith('--no-regexp-tier-up');
  });

  // Importing the whole model loader takes seconds on a loaded machine; its first import is what counts:
  // every pattern compiled after it is compiled so.
  it('are set so before the model loader imports anything else', () => {
    const loader = readFileSync(new URL('../../src/lib/load-briefing.ts', import.meta.url), 'utf8');
    const firstImport = /^import\s[^\n]*$/m.exec(loader)?.[0];
    expect(firstImport).toBe("import './regexp-compilation.ts';");
  });
});
