import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import '../ui/buttons.css';
import '../ui/fields.css';

/**
 * An encrypted PDF is kept as imported and its password is never stored: the viewer asks for it each time
 * the document is opened.
 */
export function PdfPasswordPrompt({ wrong, onSubmit }: { readonly wrong: boolean; readonly onSubmit: (password: string) => void }) {
  const [password, setPassword] = useState('');
  return (
    <Form
      className="document-view__password"
      // The wrong-password mark must not block trying again (native validation would).
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <p className="document-view__password-title">This PDF is password-protected</p>
      <p className="field-description">ClaimChart does not keep the password: enter it to view the document.</p>
      <TextField className="field" type="password" value={password} onChange={setPassword} autoFocus isRequired isInvalid={wrong}>
        <Label className="field-label">Password</Label>
        <Input className="field-input" />
      </TextField>
      {wrong && (
        <p className="field-error" role="alert">
          That password is wrong. Try again.
        </p>
      )}
      <Button type="submit" className="button button--primary">
        Open
      </Button>
    </Form>
  );
}
