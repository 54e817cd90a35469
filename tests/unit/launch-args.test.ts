import { describe, expect, it } from 'vitest';
import { matterPathFromArgs } from '../../electron/services/matter/launch-args';

describe('the matter named on a launch command line', () => {
  it('is found among the flags and the script path, and made absolute', () => {
    expect(matterPathFromArgs(['/opt/ClaimChart/claimchart', '--no-sandbox', 'Acme v. Widget.claimchart'], '/home/a/Matters')).toBe(
      '/home/a/Matters/Acme v. Widget.claimchart',
    );
    expect(matterPathFromArgs(['electron', 'dist/node/main.js', '/tmp/x.CLAIMCHART'], '/')).toBe('/tmp/x.CLAIMCHART');
  });

  it('is absent when none is named', () => {
    expect(matterPathFromArgs(['/opt/ClaimChart/claimchart'], '/')).toBeUndefined();
    expect(matterPathFromArgs(['electron', 'dist/node/main.js', '--inspect=9229'], '/')).toBeUndefined();
    expect(matterPathFromArgs(['/x.claimchart'], '/')).toBeUndefined(); // argv[0] is the program itself
  });
});
