import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The outcome of writing a source file. */
export type WriteResult = { ok: true } | { ok: false; reason: string };

/** Error codes of file systems that cannot make hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Gives `temp` the name `path` without ever replacing an existing file. */
function claimName(temp: string, path: string): void {
  try {
    // A hard link fails when the name is taken, even by a file created a moment ago.
    linkSync(temp, path);
    rmSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
    if (existsSync(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
    renameSync(temp, path);
  }
}

/**
 * Writes `content` to `path` so that no reader ever sees half a file: the text goes to
 * a temporary file in the same directory, which then takes the final name in one step.
 * Without `force` an existing file is never replaced. On any failure the temporary
 * file is removed and `path` is left as it was.
 */
export function writeFileAtomic(path: string, content: string, options: { force: boolean }): WriteResult {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    if (options.force) renameSync(temp, path);
    else claimName(temp, path);
    return { ok: true };
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, reason: `${path} already exists; nothing was written. Pass --force to replace it.` };
    if (code === 'ENOENT') return { ok: false, reason: `Cannot write ${path}: the directory ${dirname(path)} does not exist.` };
    return { ok: false, reason: `Cannot write ${path}: ${(error as Error).message}` };
  }
}
