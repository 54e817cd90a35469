/**
 * What a benchmark module exports: `export default async function run(ctx): Promise<BenchResult>`.
 * Each benchmark measures ClaimChart and, in the same run, the peer tool it is compared with.
 */
export interface BenchContext {
  /** A scratch folder for this benchmark, removed afterwards. */
  readonly workDir: string;
  /** Repository root. */
  readonly root: string;
  log(message: string): void;
}

export interface BenchFigure {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export interface BenchResult {
  readonly name: string;
  readonly figures: readonly BenchFigure[];
  /** e.g. { name: 'pdftotext', figures: [...] } */
  readonly peer?: { readonly name: string; readonly figures: readonly BenchFigure[] };
  /** ClaimChart's figure divided by the peer's, with what the ratio compares. */
  readonly ratio?: { readonly value: number; readonly describes: string };
  readonly target?: { readonly description: string; readonly met: boolean };
}
