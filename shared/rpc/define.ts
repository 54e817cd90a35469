import { z } from 'zod';

/** Reads change nothing; writes run one at a time, each in one transaction. */
export type MethodKind = 'read' | 'write';

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, kind: MethodKind) {
  return { input, output, kind } as const;
}

/** Common input pieces, so every method bounds its inputs the same way. */
export const inputs = {
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  filePath: z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL'),
  matterPath: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => !p.includes('\0'), 'must not contain NUL')
    .refine((p) => p.endsWith('.claimchart'), 'must end with .claimchart'),
  empty: z.object({}).strict(),
};
