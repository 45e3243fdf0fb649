import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { checkResult, stopCheck } from './background-check.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Answers, once `astro check` has ended, with its exit status and output as JSON (`AstroRun`, test/helpers/run-astro.ts). */
    checkResultUrl: string;
  }
}

/**
 * The check runs in the background, started from vitest's own process (test/typecheck/background-check.ts);
 * the test, in a worker, asks for its outcome on 127.0.0.1 and gets the answer when the check ends.
 */
export default async function setup(project: TestProject) {
  const result = checkResult(project);
  const server = createServer((_request, response) => {
    result.then(
      (run) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(run)),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('checkResultUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return async () => {
    stopCheck();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
