import { useQueryClient } from '@tanstack/react-query';
import { Fragment, startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Link, Outlet, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorBox } from './ErrorBox';
import { graphql } from './gql';
import { gql, UNAUTHENTICATED_EVENT } from './graphql';
import { Shell } from './Layout';
import { ApiTokensPage } from './pages/ApiTokens';
import { AuditPage } from './pages/Audit';
import type { OnSignedIn } from './pages/AuthForm';
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
import type { User } from './types';

const ME = graphql(`query Me { me { id email } }`);

/** The pages reached by a mailed or first-run link: signing in on one leads home, not back to it. */
const AUTH_PATHS = ['/signin', '/setup', '/invite', '/signup', '/reset-password'];

/** The SPA: react-router's declarative mode (BrowserRouter + Routes) over the browser's history. */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

function AppRoutes() {
  // undefined while loading, null when signed out
  const [me, setMe] = useState<User | null>();
  const [meError, setMeError] = useState<unknown>();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const queryClient = useQueryClient();

  useEffect(() => {
    gql(ME).then((d) => setMe(d.me), setMeError);
    const sessionEnded = () => setMe(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, sessionEnded);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, sessionEnded);
  }, []);

  // Whoever signs in next on this tab sees nothing of the previous person's answers: the query cache is emptied
  // once signed out (by choice or because the session ended), when the previous person's pages are gone, and again
  // on signing in (before the new person's pages ask anything).
  useEffect(() => {
    if (me === null) queryClient.clear();
  }, [me, queryClient]);

  const signedIn = (user: User) => {
    queryClient.clear();
    setMe(user);
    // Signing in on a deep link keeps it; the dedicated pages lead home.
    if (AUTH_PATHS.includes(pathname.replace(/\/$/, ''))) navigate('/');
  };
  const signedOut = () => {
    // Together (navigating is a transition): the sign-in page at /signin, not first another one at this address.
    startTransition(() => {
      setMe(null);
      navigate('/signin');
    });
  };

  // Signed in or not, these pages show without the sidebar.
  const publicShell = <Shell><Outlet /></Shell>;
  let signedInShell: ReactNode;
  if (meError) signedInShell = <Shell><main><ErrorBox error={meError} /></main></Shell>;
  else if (me === undefined) signedInShell = <Shell><main><p>Loading…</p></main></Shell>;
  else if (me === null) signedInShell = <Shell><SignInPage onSignedIn={signedIn} /></Shell>;
  else signedInShell = <Shell me={me} onSignedOut={signedOut}><Outlet /></Shell>;

  return (
    <Routes>
      <Route element={publicShell}>
        <Route path="signin" element={<SignInPage onSignedIn={signedIn} />} />
        <Route path="setup" element={<WithToken page={SetupPage} onSignedIn={signedIn} />} />
        <Route path="invite" element={<WithToken page={InvitePage} onSignedIn={signedIn} />} />
        <Route path="signup" element={<WithToken page={SignUpPage} onSignedIn={signedIn} />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<WithToken page={ResetPasswordPage} onSignedIn={signedIn} />} />
      </Route>
      <Route element={signedInShell}>
        <Route index element={<WorkspacesPage />} />
        <Route path="sessions" element={<SessionsPage />} />
        <Route path="invitations" element={<InvitationsPage />} />
        <Route path="workspaces/:id">
          <Route index element={<InWorkspace render={(id) => me && <MembersPage workspaceId={id} me={me} />} />} />
          <Route path="audit" element={<InWorkspace page={AuditPage} />} />
          <Route path="connections" element={<InWorkspace page={ConnectionsPage} />} />
          <Route path="domains" element={<InWorkspace page={DomainsPage} />} />
          <Route path="files" element={<InWorkspace page={FilesPage} />} />
          <Route path="key" element={<InWorkspace page={WorkspaceKeyPage} />} />
          <Route path="tokens" element={<InWorkspace page={ApiTokensPage} />} />
          <Route path="projects" element={<InWorkspace page={ProjectsPage} />} />
          <Route path="sso" element={<InWorkspace page={SsoSettingsPage} />} />
        </Route>
        <Route path="projects/:id" element={<InProject />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function WithToken({ page: Page, onSignedIn }: { page: ComponentType<{ token: string | null; onSignedIn: OnSignedIn }>; onSignedIn: OnSignedIn }) {
  const [search] = useSearchParams();
  return <Page token={search.get('token')} onSignedIn={onSignedIn} />;
}

/** A page of the workspace in the URL, remounted (fresh state, fresh queries) when that workspace changes. */
function InWorkspace(props: { page: ComponentType<{ workspaceId: string }> } | { render: (workspaceId: string) => ReactNode }) {
  const { id = '' } = useParams();
  return <Fragment key={id}>{'page' in props ? <props.page workspaceId={id} /> : props.render(id)}</Fragment>;
}

function InProject() {
  const { id = '' } = useParams();
  return <ProjectPage key={id} projectId={id} />;
}

function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <p><Link to="/">Back to your workspaces</Link></p>
    </main>
  );
}
