import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { retryWithPassword, type ImportRow } from './importStore';

/** For an encrypted PDF: the password, and the file imported again with it. The password is never stored. */
export function PasswordRetry({ batchKey, row }: { readonly batchKey: string; readonly row: ImportRow }) {
  const [password, setPassword] = useState('');
  return (
    <Form
      className="import-row__password"
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== '') void retryWithPassword(batchKey, row, password);
      }}
    >
      <TextField className="import-row__password-field" value={password} onChange={setPassword} type="password" autoFocus>
        <Label className="visually-hidden">Password for {row.fileName}</Label>
        <Input className="field-input" placeholder="PDF password" />
      </TextField>
      <Button type="submit" className="button" isDisabled={password === ''}>
        Unlock and import
      </Button>
    </Form>
  );
}
