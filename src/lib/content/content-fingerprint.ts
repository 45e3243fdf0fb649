import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A cheap fingerprint of everything under `content/`: each file's path, size and modification
 * time. It changes when an editor saves a file, which is all a cache of the model needs to know.
 */
export function contentFingerprint(root: string): string {
  const dir = join(root, 'content');
  const parts: string[] = [root];
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      parts.push(`${path}:${size}:${mtimeMs}`);
    }
  } catch {
    parts.push('(no content folder)');
  }
  return parts.sort().join('\n');
}
