/** The server's rule for a new password (VALIDATION_FAILED on field `password` otherwise). */
export const PASSWORD_RULE =
  'At least 12 characters. Common passwords and easy patterns (aaaaaaaaaaaa, password1234) are refused.';

/** Shown next to every new-password field before any error; the field points at it with aria-describedby. */
export function PasswordRule({ id }: { id: string }) {
  return (
    <p id={id} className="hint">
      {PASSWORD_RULE}
    </p>
  );
}
