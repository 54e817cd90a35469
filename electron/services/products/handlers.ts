/** Product families ("same as" links) and the evidence of each product's identity. */
import { sameAsMakesLoop } from '../../../shared/chart/families';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { HandlerGroup } from '../rpc/handler-table';
import { listProducts } from '../matter/repository';
import { familyMembers, findProductIdByName, insertProduct, listProductLinks, setIdentityExcerpt, setSameAs } from './repository';

function assertProduct(db: Db, productId: number): void {
  if (!listProductLinks(db).some((p) => p.id === productId)) throw new AppError('not-found', `There is no product with id ${productId} in this matter.`);
}

function assertUsableExcerpt(db: Db, excerptId: number): void {
  const excerpt = stmt(db, 'SELECT deleted_at FROM excerpts WHERE id = ?').get(excerptId) as { deleted_at: string | null } | undefined;
  if (!excerpt) throw new AppError('not-found', `There is no excerpt with id ${excerptId} in this matter.`);
  if (excerpt.deleted_at !== null) throw new AppError('invalid-input', `Excerpt ${excerptId} was deleted; restore it first.`);
}

export function productHandlers(ctx: AppContext): HandlerGroup {
  const family = (productId: number) =>
    familyMembers(ctx.session.current.db, productId).map((p) => ({ productId: p.id, name: p.name, identityExcerptId: p.identityExcerptId }));

  return {
    'product.create': ({ name, maker, note, sameAsId }) => {
      const id = ctx.session.write((db) => {
        if (findProductIdByName(db, name) !== undefined) throw new AppError('conflict', `The matter already has a product named "${name}".`);
        if (sameAsId !== undefined) assertProduct(db, sameAsId);
        const productId = insertProduct(db, { name, maker: maker ?? null, note: note ?? null });
        if (sameAsId !== undefined) setSameAs(db, productId, sameAsId);
        return productId;
      });
      ctx.events.publish('matter.changed', { reason: 'product-created' });
      return listProducts(ctx.session.current.db).find((p) => p.id === id)!;
    },
    'product.setSameAs': ({ productId, sameAsId }) => {
      ctx.session.write((db) => {
        assertProduct(db, productId);
        if (sameAsId !== null) {
          assertProduct(db, sameAsId);
          if (sameAsMakesLoop(listProductLinks(db), productId, sameAsId)) {
            throw new AppError('invalid-input', 'A product cannot be the same as itself, directly or through other products.');
          }
        }
        setSameAs(db, productId, sameAsId);
      });
      ctx.events.publish('matter.changed', { reason: 'product-family' });
      return family(productId);
    },
    'product.setIdentityExcerpt': ({ productId, excerptId }) => {
      ctx.session.write((db) => {
        assertProduct(db, productId);
        if (excerptId !== null) assertUsableExcerpt(db, excerptId);
        setIdentityExcerpt(db, productId, excerptId);
      });
      ctx.events.publish('matter.changed', { reason: 'product-identity' });
      return family(productId);
    },
  };
}
