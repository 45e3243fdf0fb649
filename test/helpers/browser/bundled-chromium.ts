/**
 * The third way: the Chromium of `@sparticuz/chromium`, a dev dependency, so a machine with no
 * browser still runs the browser tests after `npm install`.
 *
 * The npm package holds one brotli-compressed build of Chromium's headless shell for Linux x64 (its
 * arm64 builds are only on the project's GitHub releases), the NSS and expat libraries the build
 * links to, and a font. It is unpacked once per version into
 * `node_modules/.cache/sparticuz-chromium/<version>/`, about 210 MB, in about 2 s:
 * - by the package's own code, in a child process whose TMPDIR is a fresh folder: the package unpacks
 *   into the temporary folder, and would otherwise reuse whatever `/tmp/chromium` it finds there,
 *   of any version;
 * - into `<version>.part-<pid>/`, renamed into place in one step, so two runs unpacking at once
 *   never launch a half-written binary.
 *
 * It is launched with an environment that makes it independent of the machine's packages:
 * - `LD_LIBRARY_PATH`: the bundled NSS and expat, so it needs nothing from the system but glibc;
 * - `FONTCONFIG_FILE`: the bundled Open Sans, then the machine's fonts if it has any, so pages
 *   have glyphs to lay out on a machine without fonts;
 * - `LANG` and `LC_ALL` set to `en_US.UTF-8`: under the C or POSIX locale, a container's default,
 *   this build finds no text on a page at all (`window.find()` returns false, and text fragments,
 *   `#:~:text=`, neither scroll nor highlight). Chrome's own builds do not depend on it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserWay, FoundBrowser } from './find-browser.ts';

const PACKAGE = '@sparticuz/chromium';

/** Where the package is installed, and its version; null when it is not. */
export interface BundledPackage {
  /** The package folder: `…/node_modules/@sparticuz/chromium`. */
  dir: string;
  version: string;
}

/** The installed package, found the way Node resolves it from this file. */
function installedPackage(): BundledPackage | null {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    return null;
  }
  // The entry is <package>/build/index.js.
  const dir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/** The third way. Its inputs can be replaced, so a test can check which machines it serves. */
export function bundledChromiumWay({
  platform = process.platform,
  arch = process.arch,
  locate = installedPackage,
  unpack = unpackChromium,
}: {
  platform?: NodeJS.Platform;
  arch?: string;
  locate?: () => BundledPackage | null;
  unpack?: (pkg: BundledPackage) => Promise<string>;
} = {}): BrowserWay {
  return {
    name: PACKAGE,
    remedy: `run \`npm install\`, which installs ${PACKAGE}, a Chromium for Linux x64`,
    async find() {
      if (platform !== 'linux' || arch !== 'x64') return { missing: `its Chromium is built for Linux x64, and this machine is ${platform} ${arch}` };
      const pkg = locate();
      if (!pkg) return { missing: 'not installed' };
      const dir = await unpack(pkg);
      return bundledBrowser(dir, pkg.version);
    },
  };
}

/** The unpacked build in `dir`, with the environment it needs (see the top of this file). */
export function bundledBrowser(dir: string, version: string): FoundBrowser {
  const libraries = join(dir, 'al2023', 'lib');
  return {
    executablePath: join(dir, 'chromium'),
    source: `${PACKAGE} ${version}`,
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    },
  };
}

/** Whether `dir` holds a complete unpacked build: the binary, its libraries and the font configuration written last. */
function isUnpacked(dir: string): boolean {
  return ['chromium', 'al2023/lib/libnss3.so', 'fonts.conf'].every((file) => existsSync(join(dir, file)));
}

/** Unpacks the package's Chromium once per version and returns its folder. */
export async function unpackChromium(pkg: BundledPackage): Promise<string> {
  // <node_modules>/@sparticuz/chromium → <node_modules>/.cache/sparticuz-chromium/<version>
  const dir = join(pkg.dir, '..', '..', '.cache', 'sparticuz-chromium', pkg.version);
  if (isUnpacked(dir)) return dir;
  const part = `${dir}.part-${process.pid}`;
  try {
    rmSync(part, { recursive: true, force: true });
    mkdirSync(part, { recursive: true });
    await runPackageUnpacker(pkg, part);
    writeFileSync(join(part, 'fonts.conf'), fontsConf(dir));
    // A folder left incomplete (a file deleted by hand) is replaced; a complete one, unpacked by
    // another run meanwhile, is kept.
    if (existsSync(dir) && !isUnpacked(dir)) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(part, dir);
    } catch (error) {
      if (!isUnpacked(dir)) throw error;
    }
  } catch (error) {
    throw new Error(
      `${PACKAGE} ${pkg.version} could not be unpacked into ${dir}: ${(error as Error).message.trim()}\n` +
        'Check that there is about 250 MB free there and that node_modules is writable, or set CHROMIUM_PATH to another browser.',
    );
  } finally {
    rmSync(part, { recursive: true, force: true });
  }
  return dir;
}

/** Runs the package's `executablePath()` (the browser, its font, its graphics libraries) and `inflate()` (NSS and expat) with `into` as the temporary folder. */
async function runPackageUnpacker(pkg: BundledPackage, into: string): Promise<void> {
  const entry = pathToFileURL(join(pkg.dir, 'build', 'index.js')).href;
  const libraries = join(pkg.dir, 'bin', 'al2023.tar.br');
  const script = [
    `const { default: chromium, inflate } = await import(${JSON.stringify(entry)});`,
    'await chromium.executablePath();',
    `await inflate(${JSON.stringify(libraries)});`,
  ].join('\n');
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], {
      env: { ...process.env, TMPDIR: into, TMP: into, TEMP: into },
    });
  } catch (error) {
    // The child's stderr ends with the error and its stack; its first `…Error: …` line says what went wrong.
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(/^\w*Error: .*$/m.exec(stderr)?.[0] ?? (error as Error).message);
  }
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fontconfig file for the unpacked build in `dir`: its Open Sans first, then the machine's own configuration and fonts, if any. */
function fontsConf(dir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<!-- Written by test/helpers/browser/bundled-chromium.ts for the Chromium unpacked here. -->',
    '<fontconfig>',
    `  <dir>${escapeXml(join(dir, 'fonts'))}</dir>`,
    `  <cachedir>${escapeXml(join(dir, 'fontconfig-cache'))}</cachedir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    '</fontconfig>',
    '',
  ].join('\n');
}
