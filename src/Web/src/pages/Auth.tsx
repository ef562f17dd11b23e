import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction } from '../hooks';
import type { User } from '../types';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }`;
const COMPLETE_SETUP = `mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }`;
const ACCEPT_INVITATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }`;

type OnSignedIn = (user: User) => void;

function AuthForm(props: {
  title: string;
  intro?: string;
  submitLabel: string;
  withEmail: boolean;
  newPassword?: boolean;
  disabledReason?: string;
  submit: (email: string, password: string) => Promise<User>;
  onSignedIn: OnSignedIn;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const user = await run(() => props.submit(email.trim(), password));
    if (user) props.onSignedIn(user);
  };

  return (
    <main className="auth">
      <h1>{props.title}</h1>
      {props.intro && <p>{props.intro}</p>}
      <ErrorBox error={props.disabledReason ?? error} />
      <form onSubmit={onSubmit} className="stack">
        {props.withEmail && (
          <Field label="Email">
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
        )}
        <Field label="Password">
          <input
            type="password"
            autoComplete={props.newPassword ? 'new-password' : 'current-password'}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={busy || !!props.disabledReason}>
          {props.submitLabel}
        </button>
      </form>
    </main>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function SignInPage({ onSignedIn }: { onSignedIn: OnSignedIn }) {
  const ssoError = new URLSearchParams(window.location.search).get('sso_error');
  return (
    <>
      <AuthForm
        title="Sign in"
        submitLabel="Sign in"
        withEmail
        onSignedIn={onSignedIn}
        submit={async (email, password) =>
          (await gql<{ signIn: { user: User } }>(SIGN_IN, { input: { email, password } })).signIn.user
        }
      />
      <SsoSignIn error={ssoError} />
    </>
  );
}

/** Single sign-on: the server finds the workspace whose provider accepts the address and sends the browser there. */
function SsoSignIn({ error }: { error: string | null }) {
  const [email, setEmail] = useState('');
  return (
    <section className="auth">
      <h2>Single sign-on</h2>
      {error && <div role="alert" className="alert"><p>{error}</p></div>}
      {/* A navigation, not a form post: the CSP's form-action would block the redirect to the provider. */}
      <form className="stack" onSubmit={(e) => { e.preventDefault(); window.location.assign(`/sso/start?email=${encodeURIComponent(email.trim())}`); }}>
        <label className="field">
          <span>Work email</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <button type="submit">Sign in with SSO</button>
      </form>
    </section>
  );
}

const MISSING_TOKEN = 'This link is incomplete: it has no token. Open the full link you were given.';

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

export function InvitePage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  return (
    <AuthForm
      title="Accept invitation"
      intro="Choose a password for your new account."
      submitLabel="Accept invitation"
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
