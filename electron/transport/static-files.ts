import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Maps a URL path to a file inside `root`, or null. Refuses anything that would leave the folder
 * (`..`, encoded separators, absolute paths, NUL); unknown paths without an extension fall back to
 * index.html so the single-page app can route.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = normalize(decoded).replace(/^[/\\]+/, '');
  if (relativePath.split(/[/\\]/).includes('..') || isAbsolute(relativePath)) return null;
  const candidate = join(root, relativePath === '' ? 'index.html' : relativePath);
  const inside = relative(root, candidate);
  if (inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return /\.[a-z0-9]+$/i.test(relativePath) ? null : join(root, 'index.html');
}
