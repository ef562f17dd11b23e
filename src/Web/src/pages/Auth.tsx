import { useState } from 'react';
import { gql } from '../graphql';
import { Link, useSearchParams } from 'react-router';
import { browser } from '../browser';
import type { User } from '../types';
import { AuthForm, MISSING_TOKEN, type OnSignedIn } from './AuthForm';
import { SsoError } from './SsoError';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }`;
const COMPLETE_SETUP = `mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }`;
export const ACCEPT_INVITATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }`;

export function SignInPage({ onSignedIn }: { onSignedIn: OnSignedIn }) {
  const [query] = useSearchParams();
  return (
    <>
      <AuthForm
        title="Sign in"
        notice={<SsoError code={query.get('sso_error')} />}
        submitLabel="Sign in"
        withEmail
        onSignedIn={onSignedIn}
        submit={async (email, password) =>
          (await gql<{ signIn: { user: User } }>(SIGN_IN, { input: { email, password } })).signIn.user
        }
        footer={
          <p className="auth-links">
            <Link to="/forgot-password">Forgot password?</Link>
            <Link to="/signup">Create an account</Link>
          </p>
        }
      />
      <SsoSignIn />
    </>
  );
}

/** Single sign-on: the server finds the workspace whose provider accepts the address and sends the browser there. */
function SsoSignIn() {
  const [email, setEmail] = useState('');
  return (
    <section className="auth">
      <h2>Single sign-on</h2>
      {/* A navigation, not a form post: the CSP's form-action would block the redirect to the provider. */}
      <form className="stack" onSubmit={(e) => { e.preventDefault(); browser.assign(`/sso/start?email=${encodeURIComponent(email.trim())}`); }}>
        <label className="field">
          <span>Work email</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <button type="submit">Sign in with SSO</button>
      </form>
    </section>
  );
}

export function SetupPage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  return (
    <AuthForm
      title="Set up Deepnote"
      intro="Create the first administrator account."
      submitLabel="Create administrator"
      withEmail
      newPassword
      disabledReason={token ? undefined : MISSING_TOKEN}
      onSignedIn={onSignedIn}
      submit={async (email, password) =>
        (await gql<{ completeSetup: { user: User } }>(COMPLETE_SETUP, { input: { token, email, password } }))
          .completeSetup.user
      }
    />
  );
}

/** The mailed link for an address without an account: choosing a password creates it and joins. */
export function InvitePage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  return (
    <AuthForm
      title="Join Deepnote"
      intro="You were invited to Deepnote. Choose a password for your new account; you join as soon as it is created."
      submitLabel="Join"
      withEmail={false}
      newPassword
      disabledReason={token ? undefined : MISSING_TOKEN}
      onSignedIn={onSignedIn}
      submit={async (_email, password) =>
        (await gql<{ acceptInvitation: { user: User } }>(ACCEPT_INVITATION, { input: { token, password } }))
          .acceptInvitation.user
      }
    />
  );
}
