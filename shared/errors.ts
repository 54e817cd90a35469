/**
 * The error vocabulary shared by both sides. A failure crosses the RPC boundary as `{code, message}`
 * only: never a stack trace, never an Error object.
 */
export const errorCodes = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'not-a-matter',
  'matter-too-new',
  'matter-damaged',
  'matter-foreign-schema',
  'matter-exists',
  'matter-locked',
  'read-only',
  'disk-full',
  'no-matter-open',
  'conflict',
  'unsupported-file',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
}

/** An error whose message is written for the user, thrown anywhere and sent across the boundary as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}
