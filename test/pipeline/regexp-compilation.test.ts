import { describe, expect, it, vi } from 'vitest';

vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: vi.fn() }));

describe('regular expressions of the extraction', () => {
  it('are compiled straight to machine code once the model loader is loaded', async () => {
    const v8 = await import('node:v8');
    await import('../../src/lib/load-briefing.ts');
    expect(v8.setFlagsFromString).toHaveBeenCalledWith('--no-regexp-tier-up');
  });
});
