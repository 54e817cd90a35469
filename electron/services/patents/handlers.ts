import { LabelSchemeSchema } from '../../../shared/domain/matter';
import type { AppContext } from '../app-context';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { HandlerGroup } from '../rpc/handler-table';
import { ClaimEditHistory } from './claim-history';
import { importParsedPatent, parseClaimSource, toParsedView } from './import';
import {
  mergeWithNext,
  readLimitation,
  relabelLimitation,
  setMeansPlusFunctionTerms,
  setPreambleLimiting,
  splitLimitation,
} from './limitation-edits';
import { readPatentDetail } from './repository';

function patentOfClaim(db: Db, claimId: number): number {
  return (stmt(db, 'SELECT patent_id FROM claims WHERE id = ?').get(claimId) as { patent_id: number }).patent_id;
}

export function patentHandlers(ctx: AppContext): HandlerGroup {
  // One undo history per open matter file.
  const histories = new WeakMap<Db, ClaimEditHistory>();
  const historyOf = (db: Db) => {
    let history = histories.get(db);
    if (!history) histories.set(db, (history = new ClaimEditHistory()));
    return history;
  };
  const scheme = () => ctx.session.summary().labelScheme;
  const detail = (patentId: number) => readPatentDetail(ctx.session.current.db, patentId, scheme());

  /** An edit of one limitation's claim, undoable, answered with the patent as it now is. */
  function editLimitation(limitationId: number, change: (db: Db) => void) {
    const patentId = ctx.session.write((db) => {
      const claimId = readLimitation(db, limitationId).claim_id;
      historyOf(db).edit(db, claimId, () => change(db));
      return patentOfClaim(db, claimId);
    });
    return detail(patentId);
  }

  return {
    'patent.get': ({ id }) => detail(id),
    'patent.parse': async ({ source, format, number }) => toParsedView(await parseClaimSource(source, { format, number }), scheme()),
    'patent.import': async ({ source, format, number, patentId }) => {
      const parsed = await parseClaimSource(source, { format, number });
      const id = ctx.session.write((db) => importParsedPatent(db, parsed, { patentId, number }));
      ctx.events.publish('matter.changed', { reason: 'patent-imported' });
      return detail(id);
    },
    'limitation.split': ({ id, offset }) => editLimitation(id, (db) => splitLimitation(db, id, offset)),
    'limitation.merge': ({ id }) => editLimitation(id, (db) => mergeWithNext(db, id)),
    'limitation.relabel': ({ id, label }) => editLimitation(id, (db) => relabelLimitation(db, id, label)),
    'limitation.setMeansPlusFunction': ({ id, terms }) => editLimitation(id, (db) => setMeansPlusFunctionTerms(db, id, terms)),
    'claim.setPreambleLimiting': ({ id, limiting }) => {
      const patentId = ctx.session.write((db) => {
        historyOf(db).edit(db, id, () => setPreambleLimiting(db, id, limiting));
        return patentOfClaim(db, id);
      });
      return detail(patentId);
    },
    'claims.undo': () => detail(ctx.session.write((db) => patentOfClaim(db, historyOf(db).undo(db)))),
    'claims.redo': () => detail(ctx.session.write((db) => patentOfClaim(db, historyOf(db).redo(db)))),
    'matter.setLabelScheme': ({ scheme: next }) => {
      ctx.session.write((db) => stmt(db, 'UPDATE matter SET label_scheme = ? WHERE id = 1').run(LabelSchemeSchema.parse(next)));
      ctx.events.publish('matter.changed', { reason: 'label-scheme' });
      return ctx.session.summary();
    },
  };
}
