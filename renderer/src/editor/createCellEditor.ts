import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withCellSchema } from './plugins/withCellSchema';
import { withCitations } from './plugins/withCitations';
import { withEvidenceDrop } from './plugins/withEvidenceDrop';
import { withFigures } from './plugins/withFigures';
import { withLists } from './plugins/withLists';
import { withPaste } from './plugins/withPaste';
import { withQuotes } from './plugins/withQuotes';

/** A cell's editor: Slate with history, and one plugin per part of the cell schema. Evidence drops are seen before pastes. */
export function createCellEditor(): Editor {
  return withEvidenceDrop(withPaste(withQuotes(withLists(withCellSchema(withFigures(withCitations(withHistory(withReact(createEditor())))))))));
}
