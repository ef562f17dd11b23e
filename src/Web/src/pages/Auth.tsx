import { useEffect, useState } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { InvitationPreviewQuery } from '../gql/graphql';
import { gql, GraphQLRequestError } from '../graphql';
import { Link, useSearchParams } from 'react-router';
import { browser } from '../browser';
import { AuthForm, MISSING_TOKEN, type OnSignedIn } from './AuthForm';
import { SsoError } from './SsoError';

const SIGN_IN = graphql(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }`);
const COMPLETE_SETUP = graphql(`mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }`);
export const INVITATION_PREVIEW = graphql(`query InvitationPreview($token: String!) {
  invitationPreview(token: $token) { email workspaceName role projectName access invitedByEmail expiresAt status }
}`);
export const ACCEPT_INVITATION = graphql(`mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }`);

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
          (await gql(SIGN_IN, { input: { email, password } })).signIn.user
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
        // Without a token the form is disabled.
        (await gql(COMPLETE_SETUP, { input: { token: token ?? '', email, password } })).completeSetup.user
      }
    />
  );
}

export type InvitationPreview = InvitationPreviewQuery['invitationPreview'];

export const EXPIRY_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
};

/** An expiry in the viewer's locale and time zone, e.g. "1 Dec 2026, 11:00 CET"; the exact value in the title. */
function Expiry({ value }: { value: string }) {
  const date = new Date(value);
  const text = Number.isNaN(date.getTime())
    ? value
    : date.toLocaleString(undefined, EXPIRY_FORMAT);
  return <time dateTime={value} title={value}>{text}</time>;
}

/** Who invited whom to what, until when: the invitation as the server describes it. */
function InvitationSummary({ invitation: i }: { invitation: InvitationPreview }) {
  const who = i.invitedByEmail ?? 'Someone';
  return (
    <div className="invitation-summary" data-testid="invitation-summary">
      <p>
        {i.projectName ? (
          <>{who} invited you to the project “<strong>{i.projectName}</strong>” in <strong>{i.workspaceName}</strong>{i.access && <> with {i.access} access</>}.</>
        ) : (
          <>{who} invited you to join <strong>{i.workspaceName}</strong>{i.role && <> as {i.role}</>}.</>
        )}
      </p>
      <p>
        This invitation is for <strong>{i.email}</strong> and expires <Expiry value={i.expiresAt} />.
      </p>
    </div>
  );
}

/** The mailed link for an address without an account: names the workspace (or project) and the inviter from
 * `invitationPreview`; choosing a password creates the account and joins. An unknown, used or expired link
 * gets the server's message and no form. */
export function InvitePage({ token, onSignedIn }: { token: string | null; onSignedIn: OnSignedIn }) {
  const [preview, setPreview] = useState<{ token: string; invitation?: InvitationPreview; error?: unknown }>();
  useEffect(() => {
    if (!token) return;
    let current = true;
    gql(INVITATION_PREVIEW, { token }).then(
      (d) => current && setPreview({ token, invitation: d.invitationPreview }),
      (error: unknown) => current && setPreview({ token, error }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  const answer = token && preview?.token === token ? preview : undefined;
  if (answer?.error instanceof GraphQLRequestError && answer.error.code === 'NOT_FOUND') {
    return (
      <main className="auth">
        <h1>Join Deepnote</h1>
        <ErrorBox error={answer.error} />
        <p className="auth-links"><Link to="/signin">Sign in</Link></p>
      </main>
    );
  }
  const invitation = answer?.invitation;
  return (
    <AuthForm
      title={invitation ? `Join ${invitation.workspaceName}` : 'Join Deepnote'}
      intro={invitation ? undefined : 'You were invited to Deepnote. Choose a password for your new account; you join as soon as it is created.'}
      notice={
        <>
          {token && !answer && <p role="status" className="hint">Loading the invitation…</p>}
          {invitation && <InvitationSummary invitation={invitation} />}
          {invitation && <p>Choose a password for your new account; you join as soon as it is created.</p>}
          {/* Any other failure (the server unreachable...) leaves the form: the link may still work. */}
          {answer?.error !== undefined && <ErrorBox error={answer.error} />}
        </>
      }
      submitLabel="Join"
      withEmail={false}
      newPassword
      disabledReason={token ? undefined : MISSING_TOKEN}
      onSignedIn={onSignedIn}
      submit={async (_email, password) =>
        // Without a token the form is disabled.
        (await gql(ACCEPT_INVITATION, { input: { token: token ?? '', password } })).acceptInvitation.user
      }
    />
  );
}
