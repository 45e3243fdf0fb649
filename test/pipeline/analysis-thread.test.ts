import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerEnv } from '../../src/lib/pipeline/analysis-thread.ts';

describe("the analysis worker's environment", () => {
  it.each([
    ['no compile cache named', { PATH: '/bin' }, join(tmpdir(), 'node-compile-cache')],
    ['a compile cache named', { PATH: '/bin', NODE_COMPILE_CACHE: '/var/cache/node' }, '/var/cache/node'],
  ])('with %s, keeps the environment and loads the code through a compile cache', (_, env, folder) => {
    const given = { ...env };
    expect(workerEnv(env)).toEqual({ ...env, NODE_COMPILE_CACHE: folder });
    // The process's own environment is left as it was: only the worker's has the cache.
    expect(env).toEqual(given);
  });
});
