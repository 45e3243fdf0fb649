import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledChromiumWay, unpackChromium } from './bundled-chromium.ts';
import { chromiumPathWay } from './chromium-path.ts';
import { BROWSER_WAYS, findBrowser, type BrowserWay, type FoundBrowser } from './find-browser.ts';
import { installedChromeWay } from './installed-chrome.ts';

/** A way that has `path` (or nothing, when null) and records that it was asked. */
function fakeWay(name: string, path: string | null, asked: string[]): BrowserWay {
  return {
    name,
    remedy: `fix ${name}`,
    async find() {
      asked.push(name);
      return path ? { executablePath: path, source: name, env: {} } : { missing: `${name} has none` };
    },
  };
}

describe('findBrowser tries the ways in order and stops at the first browser', () => {
  it('takes the first way’s browser and asks no later way', async () => {
    const asked: string[] = [];
    const browser = await findBrowser([fakeWay('first', '/first', asked), fakeWay('second', '/second', asked), fakeWay('third', '/third', asked)]);
    expect(browser.executablePath).toBe('/first');
    expect(asked).toEqual(['first']);
  });

  it('falls through to the second, then the third way', async () => {
    const asked: string[] = [];
    expect((await findBrowser([fakeWay('first', null, asked), fakeWay('second', '/second', asked), fakeWay('third', '/third', asked)])).executablePath).toBe('/second');
    expect((await findBrowser([fakeWay('first', null, asked), fakeWay('second', null, asked), fakeWay('third', '/third', asked)])).executablePath).toBe('/third');
    expect(asked).toEqual(['first', 'second', 'first', 'second', 'third']);
  });

  it('uses CHROMIUM_PATH, then an installed Chrome or Chromium, then @sparticuz/chromium', () => {
    expect(BROWSER_WAYS.map((way) => way.name)).toEqual(['CHROMIUM_PATH', 'an installed Chrome or Chromium', '@sparticuz/chromium']);
  });

  it('when no way has a browser, says what each found and names all three remedies', async () => {
    const ways = [
      chromiumPathWay({}),
      installedChromeWay(() => []),
      bundledChromiumWay({ platform: 'linux', arch: 'x64', locate: () => null }),
    ];
    await expect(findBrowser(ways)).rejects.toThrow(
      [
        'Found no Chrome or Chromium to run. Looked, in this order, for:',
        '  1. CHROMIUM_PATH: not set.',
        '  2. an installed Chrome or Chromium: chrome-launcher found none.',
        '  3. @sparticuz/chromium: not installed.',
        'Any one of these fixes it:',
        '  - set CHROMIUM_PATH to a Chrome or Chromium executable;',
        '  - install Google Chrome or Chromium (Debian or Ubuntu: apt-get install -y chromium);',
        '  - run `npm install`, which installs @sparticuz/chromium, a Chromium for Linux x64;',
        'then run the command again.',
      ].join('\n'),
    );
  });
});

describe('CHROMIUM_PATH', () => {
  it('wins over an installed browser', async () => {
    const browser = await findBrowser([chromiumPathWay({ CHROMIUM_PATH: '/opt/chromium/chrome' }, () => true), installedChromeWay(() => ['/usr/bin/chromium'], () => true)]);
    expect(browser).toEqual({ executablePath: '/opt/chromium/chrome', source: 'CHROMIUM_PATH', env: {} });
  });

  it('set to a path with no executable: stops with an error naming it, and tries no other way', async () => {
    const asked: string[] = [];
    const search = findBrowser([chromiumPathWay({ CHROMIUM_PATH: '/no/such/chrome' }, () => false), fakeWay('installed', '/usr/bin/chromium', asked)]);
    await expect(search).rejects.toThrow('CHROMIUM_PATH is set to /no/such/chrome, but there is no executable file there.');
    expect(asked).toEqual([]);
  });
});

describe('an installed Chrome or Chromium', () => {
  it('is the first of chrome-launcher’s installations that can be executed', async () => {
    const way = installedChromeWay(() => ['/usr/bin/google-chrome', '/usr/bin/chromium'], (path) => path === '/usr/bin/chromium');
    expect(await way.find()).toEqual({ executablePath: '/usr/bin/chromium', source: 'installed Chrome or Chromium', env: {} });
  });
});

describe('@sparticuz/chromium', () => {
  const unpacked = async () => '/cache/sparticuz-chromium/153.0.0';
  const installed = () => ({ dir: '/p/node_modules/@sparticuz/chromium', version: '153.0.0' });

  it('is offered on Linux x64 only, saying which machine this is elsewhere', async () => {
    for (const [platform, arch] of [['darwin', 'arm64'], ['linux', 'arm64'], ['win32', 'x64']] as const) {
      const result = await bundledChromiumWay({ platform, arch, locate: installed, unpack: unpacked }).find();
      expect(result).toEqual({ missing: `its Chromium is built for Linux x64, and this machine is ${platform} ${arch}` });
    }
  });

  it('launches the unpacked binary with its own libraries, fonts and an English locale', async () => {
    const browser = (await bundledChromiumWay({ platform: 'linux', arch: 'x64', locate: installed, unpack: unpacked }).find()) as FoundBrowser;
    expect(browser.executablePath).toBe('/cache/sparticuz-chromium/153.0.0/chromium');
    expect(browser.source).toBe('@sparticuz/chromium 153.0.0');
    expect(browser.env.LD_LIBRARY_PATH?.split(':')[0]).toBe('/cache/sparticuz-chromium/153.0.0/al2023/lib');
    expect(browser.env).toMatchObject({ FONTCONFIG_FILE: '/cache/sparticuz-chromium/153.0.0/fonts.conf', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
  });
});

describe('unpackChromium', () => {
  let root: string;
  let pkg: { dir: string; version: string };
  /** A stand-in for the package: its unpacker writes into the temporary folder, as the real one does, and counts its runs. */
  function fakePackage(body: string) {
    pkg = { dir: join(root, 'node_modules/@sparticuz/chromium'), version: '153.0.0' };
    mkdirSync(join(pkg.dir, 'build'), { recursive: true });
    writeFileSync(join(pkg.dir, 'build/index.js'), body);
  }
  const cache = () => join(root, 'node_modules/.cache/sparticuz-chromium');
  const runs = () => (existsSync(join(root, 'runs')) ? readFileSync(join(root, 'runs'), 'utf8').length : 0);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bundled-chromium-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('unpacks once per version into node_modules/.cache, through a folder renamed into place', async () => {
    fakePackage(`
      import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import { join } from 'node:path';
      appendFileSync(${JSON.stringify(join(root, 'runs'))}, 'x');
      export default { executablePath: async () => writeFileSync(join(tmpdir(), 'chromium'), 'binary') };
      export const inflate = async () => {
        mkdirSync(join(tmpdir(), 'al2023/lib'), { recursive: true });
        writeFileSync(join(tmpdir(), 'al2023/lib/libnss3.so'), 'nss');
      };
    `);
    const dir = await unpackChromium(pkg);
    expect(dir).toBe(join(cache(), '153.0.0'));
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toBe('binary');
    expect(readFileSync(join(dir, 'fonts.conf'), 'utf8')).toContain(`<dir>${join(dir, 'fonts')}</dir>`);
    expect(readdirSync(cache())).toEqual(['153.0.0']);
    expect(await unpackChromium(pkg)).toBe(dir);
    expect(runs()).toBe(1);
  });

  it('when the package cannot unpack, says where it tried and what to do, and leaves no partial folder', async () => {
    fakePackage(`export default { executablePath: async () => { throw new Error('ENOSPC: no space left on device'); } }; export const inflate = async () => {};`);
    const unpacking = unpackChromium(pkg);
    await expect(unpacking).rejects.toThrow(`@sparticuz/chromium 153.0.0 could not be unpacked into ${join(cache(), '153.0.0')}:`);
    await expect(unpacking).rejects.toThrow(/ENOSPC[\s\S]*set CHROMIUM_PATH to another browser/);
    expect(readdirSync(cache())).toEqual([]);
  });
});
