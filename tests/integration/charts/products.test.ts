import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('accused products', () => {
  it('are added, optionally into an existing family, and names stay unique', async () => {
    const { products } = await app.call('matter.overview', {});
    const x2 = products.find((p) => p.name === 'Aivres KR2280-X2')!;
    const created = await app.call('product.create', { name: 'Aivres KR2280-X2 (EU)', maker: 'Aivres', sameAsId: x2.id });
    expect(created).toMatchObject({ name: 'Aivres KR2280-X2 (EU)', maker: 'Aivres', sameAsId: x2.id });
    expect((await app.call('matter.overview', {})).products).toHaveLength(products.length + 1);
    await expect(app.call('product.create', { name: 'Aivres KR2280-X2' })).rejects.toThrow(/already has a product named/);
    await expect(app.call('product.create', { name: 'Other', sameAsId: 99_999 })).rejects.toThrow(/no product with id/);
    expect((await app.call('matter.overview', {})).products).toHaveLength(products.length + 1);
  });
});
