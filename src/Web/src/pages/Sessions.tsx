import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from '../router';
import { Time } from '../Time';

interface Session { id: string; createdAt: string; lastSeenAt: string; ipAddress: string | null; userAgent: string | null; current: boolean }

const SESSIONS = `query Sessions { me { id sessions { id createdAt lastSeenAt ipAddress userAgent current } } }`;
export const END_SESSION = `mutation EndSession($id: ID!) { endSession(id: $id) }`;

/** Where you are signed in; end any other session (a lost laptop, a shared computer). */
export function SessionsPage() {
  const { data, error, setData } = useQuery<{ me: { sessions: Session[] } | null }>(SESSIONS, {});
  const action = useAction();
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data?.me) return <main><p>Loading…</p></main>;

  const end = async (session: Session) => {
    if (await action.run(() => gql(END_SESSION, { id: session.id })) === undefined) return;
    setData((d) => (d.me ? { me: { sessions: d.me.sessions.filter((s) => s.id !== session.id) } } : d));
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link></p>
      <h1>Your sessions</h1>
      <ErrorBox error={action.error} />
      <table data-testid="sessions-table">
        <thead><tr><th scope="col">Signed in</th><th scope="col">Last seen</th><th scope="col">From</th><th scope="col">Browser</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {data.me.sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <td><Time value={s.createdAt} /></td>
              <td><Time value={s.lastSeenAt} /></td>
              <td>{s.ipAddress ?? '—'}</td>
              <td>{s.userAgent ?? '—'}</td>
              <td>{s.current ? <span className="badge">this browser</span> : <button type="button" onClick={() => end(s)} disabled={action.busy}>End session</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
