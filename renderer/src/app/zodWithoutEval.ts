/**
 * zod compiles object schemas with `new Function` when it can, and probes for that on the first schema it
 * builds. The renderer's CSP forbids eval, so the probe is reported as a violation on every start: tell zod
 * up front (through the global config it reads when it loads) to interpret schemas instead.
 * Imported before anything that loads zod.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
