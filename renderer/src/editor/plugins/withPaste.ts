import { Transforms, type Editor } from 'slate';
import { htmlToBlocks } from '../paste/htmlToBlocks';
import { isInQuote } from './withQuotes';

/**
 * Paste from Word or the web keeps the words and basic formatting (paragraphs, lists, bold / italic /
 * underline) and nothing else. A copy from another cell (Slate's own fragment) keeps its quotes and chips,
 * which are the chart's own; inside a quote only plain text goes in.
 */
export function withPaste(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    const html = data.getData('text/html');
    if (isInQuote(editor)) {
      editor.insertText(data.getData('text/plain'));
      return;
    }
    if (html && !data.types.includes('application/x-slate-fragment')) {
      const blocks = htmlToBlocks(html);
      if (blocks.length > 0) {
        Transforms.insertFragment(editor, blocks);
        return;
      }
    }
    insertData(data);
  };
  return editor;
}
