import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built renderer (npm test builds it first) must be a pure browser bundle: the app's chunks and pdf.js's
// worker and decoders beside them.
const rendererDir = resolve(__dirname, '../../dist/renderer');
const assets = join(rendererDir, 'assets');
const builtins = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
const builtinPattern = new RegExp(
  `(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)["'](?:node:)?(?:${builtins.join('|')})(?:\\/[^"']*)?["']`,
);

function nodeReferences(code: string): string[] {
  const found: string[] = [];
  const match = builtinPattern.exec(code);
  if (match) found.push(match[0]);
  for (const marker of ['better-sqlite3', 'process.binding(', 'ipcRenderer', "from\"electron\"", "from 'electron'"]) {
    if (code.includes(marker)) found.push(marker);
  }
  return found;
}

describe('the renderer bundle', () => {
  it('is built', () => {
    expect(existsSync(assets)).toBe(true);
  });

  it('contains no Node built-ins, no native modules and no Electron', () => {
    const scripts = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    expect(scripts.some((f) => f.startsWith('assets/'))).toBe(true);
    expect(scripts).toContain('pdfjs/pdf.worker.min.mjs');
    const offenders = scripts.flatMap((f) => nodeReferences(readFileSync(join(rendererDir, f), 'utf8')).map((r) => `${f}: ${r}`));
    expect(offenders).toEqual([]);
  });

  it('the check would notice a Node import', () => {
    expect(nodeReferences('import{readFileSync}from"node:fs";')).not.toEqual([]);
    expect(nodeReferences('const p=require("path")')).not.toEqual([]);
    expect(nodeReferences('import("child_process")')).not.toEqual([]);
    expect(nodeReferences('const path = "./paths.js"; fetch("/rpc/x")')).toEqual([]);
  });
});
