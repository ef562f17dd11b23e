import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import { gql } from '../graphql';
import { useAction } from '../hooks';
import { LEVELS, type Level } from './Projects';

export const INVITE_GUEST = graphql(`mutation InviteGuest($input: InviteGuestInput!) {
  inviteGuest(input: $input) { invitation { id email access status expiresAt } }
}`);

/** FULL_ACCESS: invites someone outside the workspace to this project only; the invitee is mailed, nothing comes back. */
export function InviteGuestForm({ projectId }: { projectId: string }) {
  const action = useAction();
  const [email, setEmail] = useState('');
  const [access, setAccess] = useState<Level>('VIEW');
  const [sentTo, setSentTo] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(undefined);
    const result = await action.run(() =>
      gql(INVITE_GUEST, { input: { projectId, email: email.trim(), access } }),
    );
    if (!result) return;
    setSentTo(result.inviteGuest.invitation.email);
    setEmail('');
  };

  return (
    <>
      <h3>Invite a guest</h3>
      <ErrorBox error={action.error} />
      {sentTo && <p role="status" className="ok">Invitation sent to {sentTo}.</p>}
      <form onSubmit={submit} className="inline">
        <label className="field"><span>Guest email</span><input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <select aria-label="Guest access" value={access} onChange={(e) => setAccess(e.target.value as Level)}>
          {LEVELS.filter((l) => l !== 'NONE').map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
        <button type="submit" disabled={action.busy}>Invite guest</button>
      </form>
    </>
  );
}
