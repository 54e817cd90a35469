import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The architecture, checked over the real import graph (the per-layer tsconfigs check types; this checks
 * what each file imports):
 * - shared/ imports nothing from electron/ or renderer/, and no Node built-in: it runs on both sides;
 * - renderer/ imports no Node built-in and nothing from electron/: it talks only through the RPC client;
 * - only electron/main.ts, electron/preload.ts and their window/menu helpers import `electron`; every other
 *   Node-side file runs in plain Node (tests, CLI, browser mode);
 * - each layer may use only the packages placed in it here, so a new dependency is a decision.
 */
const root = resolve(__dirname, '../..');

const packagesByLayer: Record<'shared' | 'renderer' | 'electron', string[]> = {
  shared: ['zod', 'fast-xml-parser', 'slate'],
  renderer: ['react', 'react-dom', 'react-aria-components', '@tanstack/react-virtual', 'slate', 'slate-react', 'slate-history', 'pdfjs-dist', 'zod'],
  electron: ['better-sqlite3', 'pdfjs-dist', '@embedpdf/pdfium', 'docx', 'pdf-lib', 'zod', 'fast-xml-parser', 'slate', 'electron'],
};
const electronImporters = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/menu.ts']);
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Source {
  readonly path: string;
  readonly text: string;
}

function importsOf(source: Source): string[] {
  return ts.preProcessFile(source.text, true, true).importedFiles.map((f) => f.fileName);
}

function layerSources(layer: string): Source[] {
  return sourceFiles(layer).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function violations(layer: keyof typeof packagesByLayer, sources: Source[]): string[] {
  const found: string[] = [];
  const allowedRoots = layer === 'shared' ? ['shared'] : [layer, 'shared'];
  for (const source of sources) {
    const file = source.path;
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(root, dirname(file), specifier));
        const top = target.split(/[/\\]/)[0]!;
        if (!allowedRoots.includes(top)) found.push(`${file} imports ${specifier} (${top}/ is outside its layer)`);
        continue;
      }
      if (nodeBuiltins.has(specifier)) {
        if (layer !== 'electron') found.push(`${file} imports the Node built-in ${specifier}`);
        continue;
      }
      const name = packageName(specifier);
      if (name === 'electron' && !electronImporters.has(file)) found.push(`${file} imports electron`);
      else if (!packagesByLayer[layer].includes(name)) found.push(`${file} imports ${name}, which is not placed in the ${layer} layer`);
    }
  }
  return found;
}

describe('layer boundaries', () => {
  it.each(['shared', 'renderer', 'electron'] as const)('%s/ imports only what its layer may', (layer) => {
    const sources = layerSources(layer);
    expect(sources.length).toBeGreaterThan(0);
    expect(violations(layer, sources)).toEqual([]);
  });

  it('the check itself catches each kind of violation', () => {
    const bad = (path: string, text: string) => [{ path, text }];
    expect(violations('shared', bad('shared/x.ts', "import fs from 'node:fs';"))).toHaveLength(1);
    expect(violations('shared', bad('shared/x.ts', "import { a } from '../renderer/src/App';"))).toHaveLength(1);
    expect(violations('renderer', bad('renderer/src/x.ts', "const m = await import('../../electron/main');"))).toHaveLength(1);
    expect(violations('renderer', bad('renderer/src/x.ts', "import { readFile } from 'fs';"))).toHaveLength(1);
    expect(violations('electron', bad('electron/services/x.ts', "import { app } from 'electron';"))).toHaveLength(1);
    expect(violations('electron', bad('electron/services/x.ts', "import leftPad from 'left-pad';"))).toHaveLength(1);
    expect(violations('electron', bad('electron/main.ts', "import { app } from 'electron'; import { x } from '../shared/errors';"))).toEqual([]);
  });

  it('every runtime dependency is placed in some layer', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const placed = new Set(Object.values(packagesByLayer).flat());
    expect(Object.keys(pkg.dependencies).filter((d) => !placed.has(d))).toEqual([]);
  });
});
