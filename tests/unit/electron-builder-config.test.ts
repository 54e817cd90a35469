import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Packaging cannot run here (no Electron binary), so the configuration is checked against
// electron-builder's own JSON schema.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'));

function validate(value: unknown) {
  const validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return { valid: validator(value), errors: validator.errors };
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const { valid, errors } = validate(config);
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check would catch a mistake', () => {
    expect(validate({ ...config, asar: 'sometimes' }).valid).toBe(false);
    expect(validate({ ...config, notAnOption: true }).valid).toBe(false);
  });

  it('targets every platform, associates .claimchart and locks the fuses', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    expect(config.fileAssociations[0].ext).toBe('claimchart');
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
