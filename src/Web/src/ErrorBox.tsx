import { GraphQLRequestError } from './graphql';

/** Shows a failed call's message (and per-field messages for VALIDATION_FAILED) in an alert. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof GraphQLRequestError ? error.fields : [];
  return (
    <div role="alert" className="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field + f.message}>
              <strong>{f.field}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
