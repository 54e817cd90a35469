import { useState } from 'react';
import { Button, Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextArea, TextField } from 'react-aria-components';
import type { Excerpt } from '../../../shared/domain/document';
import { updateExcerpt } from './excerptActions';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';

const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

/** An excerpt's note and tags. Its words and place are the document's and are not edited here. */
export function ExcerptEditDialog({ excerpt, onClose }: { readonly excerpt: Excerpt; readonly onClose: () => void }) {
  const [note, setNote] = useState(excerpt.note ?? '');
  const [tags, setTags] = useState(excerpt.tags.join(', '));
  const [saving, setSaving] = useState(false);
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="modal__dialog">
          <Heading slot="title" className="modal__title">
            Excerpt at {excerpt.cite}
          </Heading>
          <Form
            className="modal__form"
            onSubmit={async (event) => {
              event.preventDefault();
              setSaving(true);
              const saved = await updateExcerpt({ id: excerpt.id, note: note.trim() === '' ? null : note, tags: parseTags(tags) });
              setSaving(false);
              if (saved) onClose();
            }}
          >
            <TextField className="field" value={note} onChange={setNote} autoFocus>
              <Label className="field-label">Note</Label>
              <TextArea className="field-input" rows={4} />
            </TextField>
            <TextField className="field" value={tags} onChange={setTags}>
              <Label className="field-label">Tags</Label>
              <Input className="field-input" />
              <Text slot="description" className="field-description">
                Separated by commas, e.g. “claim 1, power sensing”.
              </Text>
            </TextField>
            <div className="modal__actions">
              <Button className="button" onPress={onClose}>
                Cancel
              </Button>
              <Button type="submit" className="button button--primary" isPending={saving}>
                Save
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
