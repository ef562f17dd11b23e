import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBox } from './ErrorBox';
import { gql, UNAUTHENTICATED_EVENT } from './graphql';
import { useAction } from './hooks';
import { ApiTokensPage } from './pages/ApiTokens';
import { AuditPage } from './pages/Audit';
import { ProjectPage, ProjectsPage } from './pages/Projects';
import { SessionsPage } from './pages/Sessions';
import { SsoSettingsPage } from './pages/SsoSettings';
import { ConnectionsPage } from './pages/Connections';
import { FilesPage } from './pages/Files';
import { WorkspaceKeyPage } from './pages/WorkspaceKey';
import { InvitePage, SetupPage, SignInPage } from './pages/Auth';
import { DomainsPage } from './pages/Domains';
import { InvitationsPage } from './pages/Invitations';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/PasswordReset';
import { SignUpPage } from './pages/SignUp';
import { MembersPage } from './pages/Members';
import { WorkspacesPage } from './pages/Workspaces';
import { Link, navigate, useLocation } from './router';
import type { User } from './types';

const ME = `query Me { me { id email } }`;
const SIGN_OUT = `mutation SignOut { signOut }`;
const SIGN_OUT_EVERYWHERE = `mutation SignOutEverywhere { signOutEverywhere { endedSessions } }`;

export function App() {
  // undefined while loading, null when signed out
  const [me, setMe] = useState<User | null>();
  const [meError, setMeError] = useState<unknown>();
  const { pathname, query } = useLocation();

  useEffect(() => {
    gql<{ me: User | null }>(ME).then((d) => setMe(d.me), setMeError);
    const signedOut = () => setMe(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, signedOut);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, signedOut);
  }, []);

  const signedIn = (user: User) => {
    setMe(user);
    // Signing in on a deep link keeps it; the dedicated pages lead home.
    if (['/signin', '/setup', '/invite', '/signup', '/reset-password'].includes(window.location.pathname)) navigate('/');
  };

  if (pathname === '/signin') return <Shell><SignInPage onSignedIn={signedIn} /></Shell>;
  if (pathname === '/setup') return <Shell><SetupPage token={query.get('token')} onSignedIn={signedIn} /></Shell>;
  if (pathname === '/invite') return <Shell><InvitePage token={query.get('token')} onSignedIn={signedIn} /></Shell>;
  if (pathname === '/signup') return <Shell><SignUpPage token={query.get('token')} onSignedIn={signedIn} /></Shell>;
  if (pathname === '/forgot-password') return <Shell><ForgotPasswordPage /></Shell>;
  if (pathname === '/reset-password') return <Shell><ResetPasswordPage token={query.get('token')} onSignedIn={signedIn} /></Shell>;
  if (meError) return <Shell><main><ErrorBox error={meError} /></main></Shell>;
  if (me === undefined) return <Shell><main><p>Loading…</p></main></Shell>;
  if (me === null) return <Shell><SignInPage onSignedIn={signedIn} /></Shell>;

  const signedOut = () => {
    setMe(null);
    navigate('/signin');
  };
  return <Shell me={me} onSignedOut={signedOut}>{route(pathname, me)}</Shell>;
}

function route(pathname: string, me: User) {
  if (pathname === '/') return <WorkspacesPage />;
  if (pathname === '/sessions') return <SessionsPage />;
  if (pathname === '/invitations') return <InvitationsPage />;
  const match = /^\/workspaces\/([^/]+)(\/(audit|connections|domains|files|key|tokens|projects|sso))?\/?$/.exec(pathname);
  if (match) {
    const id = decodeURIComponent(match[1]);
    switch (match[3]) {
      case 'audit': return <AuditPage key={id} workspaceId={id} />;
      case 'connections': return <ConnectionsPage key={id} workspaceId={id} />;
      case 'domains': return <DomainsPage key={id} workspaceId={id} />;
      case 'files': return <FilesPage key={id} workspaceId={id} />;
      case 'key': return <WorkspaceKeyPage key={id} workspaceId={id} />;
      case 'tokens': return <ApiTokensPage key={id} workspaceId={id} />;
      case 'projects': return <ProjectsPage key={id} workspaceId={id} />;
      case 'sso': return <SsoSettingsPage key={id} workspaceId={id} />;
      default: return <MembersPage key={id} workspaceId={id} me={me} />;
    }
  }
  const project = /^\/projects\/([^/]+)\/?$/.exec(pathname);
  if (project) return <ProjectPage key={project[1]} projectId={decodeURIComponent(project[1])} />;
  return (
    <main>
      <h1>Page not found</h1>
      <p><Link to="/">Back to your workspaces</Link></p>
    </main>
  );
}

function Shell({ me, onSignedOut, children }: { me?: User; onSignedOut?: () => void; children: ReactNode }) {
  const signOut = useAction();
  const onSignOutEverywhere = async () => {
    if (!window.confirm('Sign out of every browser and device?')) return;
    if ((await signOut.run(() => gql<{ signOutEverywhere: { endedSessions: number } }>(SIGN_OUT_EVERYWHERE))) !== undefined) onSignedOut?.();
  };
  const onSignOut = async () => {
    if ((await signOut.run(() => gql<{ signOut: boolean }>(SIGN_OUT))) !== undefined) onSignedOut?.();
  };
  return (
    <>
      <header className="topbar">
        {me ? <Link to="/" className="brand">Deepnote Secure Workspace</Link> : <span className="brand">Deepnote Secure Workspace</span>}
        {me && (
          <nav aria-label="Account" className="account">
            <a href="/graphql/ui">GraphQL IDE</a>
            <Link to="/sessions" className="email">{me.email}</Link>
            <button type="button" onClick={onSignOutEverywhere} disabled={signOut.busy}>Sign out everywhere</button>
            <button type="button" onClick={onSignOut} disabled={signOut.busy}>Sign out</button>
          </nav>
        )}
      </header>
      <ErrorBox error={signOut.error} />
      {children}
    </>
  );
}
