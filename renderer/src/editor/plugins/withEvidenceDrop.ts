import type { Editor } from 'slate';
import { insertEvidence } from '../commands';
import { readExcerpt } from '../evidenceTransfer';

/** An excerpt dropped into the cell goes in as a quote (or a figure) after the block it lands on. */
export function withEvidenceDrop(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    const excerpt = readExcerpt(data);
    if (excerpt) insertEvidence(editor, excerpt);
    else insertData(data);
  };
  return editor;
}
