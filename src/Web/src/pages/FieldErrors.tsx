import { GraphQLRequestError } from '../graphql';

/** Whether a field error of the server (`password`, `Password`, `input.password`) is about this form field. */
const isAbout = (serverField: string, field: string) => {
  const name = serverField.split('.').pop() ?? serverField;
  return name.toLowerCase() === field.toLowerCase();
};

/** The server's message about one field of a refused (VALIDATION_FAILED) form, if any. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  return error.fields.filter((f) => isAbout(f.field, field)).map((f) => f.message).join(' ') || undefined;
}

/** The error without the field errors shown next to their fields (for the form's ErrorBox), so none shows twice. */
export function withoutFields(error: unknown, shown: readonly string[]): unknown {
  if (!(error instanceof GraphQLRequestError)) return error;
  const rest = error.fields.filter((f) => !shown.some((field) => isAbout(f.field, field)));
  return rest.length === error.fields.length ? error : new GraphQLRequestError(error.code, error.message, rest);
}

/** A field's error message, next to it; the field names it with aria-describedby and aria-invalid. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return <span id={id} className="field-error">{message}</span>;
}
