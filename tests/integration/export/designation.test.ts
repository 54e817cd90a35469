import { describe, expect, it } from 'vitest';
import { chartDesignation } from '../../../electron/services/export/designation';

describe('chart designation', () => {
  it('is the most restrictive designation of the cited documents, worded as the document words it', () => {
    expect(chartDesignation(['CONFIDENTIAL', 'HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY', null])).toBe('HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY');
    expect(chartDesignation(['Outside Attorneys’ Eyes Only', 'HIGHLY CONFIDENTIAL - SOURCE CODE'])).toBe('HIGHLY CONFIDENTIAL - SOURCE CODE');
    expect(chartDesignation(['Confidential', 'CONFIDENTIAL'])).toBe('Confidential');
    expect(chartDesignation(['Subject to Protective Order', 'Confidential'])).toBe('Confidential');
  });

  it('is none when no cited document carries one', () => {
    expect(chartDesignation([null, '  ', null])).toBeNull();
    expect(chartDesignation([])).toBeNull();
  });
});
