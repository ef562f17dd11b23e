import { graphql } from '../gql';
import { gql } from '../graphql';
import { Link } from 'react-router';
import { AuthForm, EmailLinkForm, MISSING_TOKEN, type OnSignedIn } from './AuthForm';

export const REQUEST_PASSWORD_RESET = graphql(`mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }`);
export const RESET_PASSWORD = graphql(`mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }`);

/** `/forgot-password`: the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  return (
    <EmailLinkForm
      title="Forgot password"
      intro="Enter the email address of your account; we send you a link to choose a new password."
      submitLabel="Send reset link"
      submit={async (email) =>
        (await gql(REQUEST_PASSWORD_RESET, { input: { email } })).requestPasswordReset.email
      }
      sent={(email) => `If an account exists for ${email}, we sent a link to choose a new password.`}
      footer={<p className="auth-links"><Link to="/signin">Back to sign in</Link></p>}
    />
  );
}

/** `/reset-password?token=`: the new password ends every other session and signs in here. */
export function ResetPasswordPage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  return (
    <AuthForm
      title="Choose a new password"
      intro="Setting it signs you out of every other browser and device."
      submitLabel="Set new password"
      withEmail={false}
      newPassword
      passwordLabel="New password"
      disabledReason={token ? undefined : MISSING_TOKEN}
      onSignedIn={onSignedIn}
      // Without a token the form is disabled.
      submit={async (_email, password) =>
        (await gql(RESET_PASSWORD, { input: { token: token ?? '', password } })).resetPassword.user
      }
    />
  );
}
