import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/**
 * Reads a JSON column through a schema: a matter file may come from someone else, so what it holds is
 * checked like any other input before the app relies on it.
 */
export function readJsonColumn<S extends z.ZodType>(schema: S, raw: unknown, column: string): z.output<S> {
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    throw new AppError('matter-damaged', `The matter file holds unreadable data in ${column}.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('matter-damaged', `The matter file holds invalid data in ${column}.`);
  return parsed.data;
}
