import { useId, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { SessionsQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { PasswordRule } from '../PasswordRule';
import { Link } from 'react-router';
import { Time } from '../Time';
import { TableScroll } from '../TableScroll';

type Session = NonNullable<SessionsQuery['me']>['sessions']['edges'][number]['node'];

const SESSIONS = graphql(`query Sessions { me { id sessions(first: 100) { edges { node { id createdAt lastSeenAt ipAddress userAgent current } } } } }`);
export const END_SESSION = graphql(`mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedSessionId } }`);
const CHANGE_PASSWORD = graphql(`mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }`);

/** Where you are signed in; end any other session (a lost laptop, a shared computer). */
export function SessionsPage() {
  const { data, error, setData } = useQuery(SESSIONS, {});
  const action = useAction();
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data?.me) return <main><p>Loading…</p></main>;

  const end = async (session: Session) => {
    if (await action.run(() => gql(END_SESSION, { input: { sessionId: session.id } })) === undefined) return;
    setData((d) => (d.me ? { me: { ...d.me, sessions: { ...d.me.sessions, edges: d.me.sessions.edges.filter((e) => e.node.id !== session.id) } } } : d));
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link></p>
      <h1>Your sessions</h1>
      <ErrorBox error={action.error} />
      <TableScroll label="Sessions">
        <table data-testid="sessions-table">
          <thead><tr><th scope="col">Signed in</th><th scope="col">Last seen</th><th scope="col">From</th><th scope="col">Browser</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {data.me.sessions.edges.map(({ node: s }) => (
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
      </TableScroll>
      <ChangePassword onChanged={() => setData((d) => (d.me ? { me: { ...d.me, sessions: { ...d.me.sessions, edges: d.me.sessions.edges.filter((e) => e.node.current) } } } : d))} />
    </main>
  );
}

/** A new password ends every other session. */
function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const action = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const ruleId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await action.run(() => gql(CHANGE_PASSWORD, { input: { currentPassword: current, newPassword: next } }));
    setCurrent('');
    setNext('');
    if (result !== undefined) {
      setDone(true);
      onChanged();
    }
  };
  return (
    <section>
      <h2>Change password</h2>
      <ErrorBox error={action.error} />
      {done && <p role="status" className="ok">Password changed; every other session was ended.</p>}
      <form onSubmit={submit} className="inline">
        <label className="field"><span>Current password</span><input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} /></label>
        <label className="field"><span>New password</span><input type="password" autoComplete="new-password" aria-describedby={ruleId} required minLength={12} value={next} onChange={(e) => setNext(e.target.value)} /></label>
        <button type="submit" disabled={action.busy}>Change password</button>
      </form>
      <PasswordRule id={ruleId} />
    </section>
  );
}
