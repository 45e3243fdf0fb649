import { accessSync, constants, statSync } from 'node:fs';
import type { BrowserWay } from './find-browser.ts';

/** Whether `path` is a file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The first way: the browser `CHROMIUM_PATH` names. A path that holds no executable stops the
 * search with an error, since testing in some other browser than the one asked for would hide it.
 */
export function chromiumPathWay(env: NodeJS.ProcessEnv = process.env, executable = isExecutable): BrowserWay {
  return {
    name: 'CHROMIUM_PATH',
    remedy: 'set CHROMIUM_PATH to a Chrome or Chromium executable',
    async find() {
      const path = env.CHROMIUM_PATH;
      if (!path) return { missing: 'not set' };
      if (!executable(path)) {
        throw new Error(
          `CHROMIUM_PATH is set to ${path}, but there is no executable file there. ` +
            'Point it at a Chrome or Chromium executable, or unset it to use an installed browser or the one npm installs.',
        );
      }
      return { executablePath: path, source: 'CHROMIUM_PATH', env: {} };
    },
  };
}
