/**
 * What the sign-in page says for `?sso_error=<code>`. Only these fixed texts are ever shown: the parameter is
 * anyone's to write, so it picks a message and is never displayed itself.
 */
export const SSO_ERRORS = {
  access_denied: 'Single sign-on was cancelled, or your identity provider refused the sign-in.',
  provider_error: 'Your identity provider reported an error. Try again, or ask your admin.',
  not_allowed:
    'This address is not in a domain verified by the workspace, so single sign-on cannot sign it in. If you already have an account, sign in with your password, open the workspace, and choose “Link single sign-on” under Your account; then single sign-on signs you in to that account.',
  unavailable: 'Your identity provider could not be reached. Try again in a moment.',
  no_sso: 'No workspace signs in this address with single sign-on. Sign in with your password instead.',
  expired: 'The sign-in took too long. Try again.',
  failed: 'Single sign-on did not succeed. Try again, or ask your admin to check the audit log.',
} as const;

export type SsoErrorCode = keyof typeof SSO_ERRORS;

/** The fixed message for a code; anything unknown (including inherited names like `constructor`) is `failed`. */
export function ssoErrorMessage(code: string): string {
  return Object.hasOwn(SSO_ERRORS, code) ? SSO_ERRORS[code as SsoErrorCode] : SSO_ERRORS.failed;
}

export function SsoError({ code }: { code: string | null }) {
  if (code === null) return null;
  return (
    <div role="alert" className="alert" data-testid="sso-error">
      <p>{ssoErrorMessage(code)}</p>
    </div>
  );
}
