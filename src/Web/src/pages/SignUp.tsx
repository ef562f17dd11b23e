import { graphql } from '../gql';
import { gql } from '../graphql';
import { Link } from 'react-router';
import { AuthForm, EmailLinkForm, type OnSignedIn } from './AuthForm';

export const SIGN_UP = graphql(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { email } }`);
export const COMPLETE_SIGN_UP = graphql(`mutation CompleteSignUp($input: CompleteSignUpInput!) { completeSignUp(input: $input) { user { id email } } }`);

const toSignIn = <p className="auth-links"><Link to="/signin">Back to sign in</Link></p>;

/** `/signup`: an address gets a link (the answer is the same for every address); `/signup?token=`: choose a password. */
export function SignUpPage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  if (!token) {
    return (
      <EmailLinkForm
        title="Create an account"
        intro="Enter your email address; we send you a link to choose your password."
        submitLabel="Send sign-up link"
        submit={async (email) => (await gql(SIGN_UP, { input: { email } })).signUp.email}
        sent={(email) => `Check your mail: we sent a link to ${email}.`}
        footer={toSignIn}
      />
    );
  }
  return (
    <AuthForm
      title="Create your account"
      intro="Choose a password for your new account."
      submitLabel="Create account"
      withEmail={false}
      newPassword
      onSignedIn={onSignedIn}
      submit={async (_email, password) =>
        (await gql(COMPLETE_SIGN_UP, { input: { token, password } })).completeSignUp.user
      }
    />
  );
}
