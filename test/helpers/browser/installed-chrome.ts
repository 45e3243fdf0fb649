import { Launcher } from 'chrome-launcher';
import { isExecutable } from './chromium-path.ts';
import type { BrowserWay } from './find-browser.ts';

/**
 * chrome-launcher's list of installed Chrome and Chromium executables, best first: on Linux the
 * `google-chrome*` and `chromium*` commands on PATH and desktop entries, on macOS and Windows the
 * usual install folders, and its own `CHROME_PATH` variable. Empty when there is none (on Linux it
 * throws instead) or on a platform it does not know.
 */
function chromeLauncherInstallations(): string[] {
  try {
    return Launcher.getInstallations();
  } catch {
    return [];
  }
}

/** The second way: a Chrome or Chromium installed on this machine. */
export function installedChromeWay(installations: () => string[] = chromeLauncherInstallations, executable = isExecutable): BrowserWay {
  return {
    name: 'an installed Chrome or Chromium',
    remedy: 'install Google Chrome or Chromium (Debian or Ubuntu: apt-get install -y chromium)',
    async find() {
      const path = installations().find(executable);
      return path ? { executablePath: path, source: 'installed Chrome or Chromium', env: {} } : { missing: 'chrome-launcher found none' };
    },
  };
}
