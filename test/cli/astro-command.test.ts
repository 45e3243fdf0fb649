import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroBuildCommand } from '../../src/cli/astro-command.ts';
import { ENGINE_FLAGS } from '../../src/cli/engine-flags.ts';

const ROOT = process.cwd();

/** Runs `script` (ECMAScript module source) in a Node started with the engine's options; returns its output. */
function runWithEngineFlags(script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [...ENGINE_FLAGS, '--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('the command line of the build', () => {
  it("gives Astro's process the engine's options before Astro's entry, then the caller's arguments", () => {
    const { command, args } = astroBuildCommand(ROOT, ['--outDir', '/tmp/x']);
    expect(command).toBe(process.execPath);
    expect(args.slice(0, ENGINE_FLAGS.length)).toEqual([...ENGINE_FLAGS]);
    expect(args[ENGINE_FLAGS.length]).toMatch(/node_modules[/\\]astro[/\\].+\.m?js$/);
    expect(args.slice(ENGINE_FLAGS.length + 1)).toEqual(['build', '--outDir', '/tmp/x']);
  });

  it('names the file to reinstall when Astro is missing', () => {
    expect(() => astroBuildCommand('/nonexistent-project', [])).toThrow(/node_modules\/astro\/package\.json/);
  });
});

describe("the engine's options", () => {
  it('are accepted by this Node, so a Node that dropped one fails here and not in the build', () => {
    const run = runWithEngineFlags('console.log(JSON.stringify(process.execArgv))');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining([...ENGINE_FLAGS]));
  });

  it('leave worker threads working and matching as before (setting them at run time once crashed workers)', () => {
    const script = `
      import { Worker } from 'node:worker_threads';
      const source = "const { parentPort } = process.getBuiltinModule('node:worker_threads');" +
        "const found = [];" +
        "for (let i = 0; i < 2000; i++) found.push(/(\\\\d+) (?:soldiers|troops)\\\\b/i.exec('some ' + i + ' troops left')[1]);" +
        "parentPort.postMessage(found.at(-1));";
      const worker = new Worker(source, { eval: true });
      worker.on('message', (value) => { console.log(value); worker.terminate(); });
      worker.on('error', (error) => { console.error(error); process.exitCode = 1; });
    `;
    const run = runWithEngineFlags(script);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('1999');
  });
});
