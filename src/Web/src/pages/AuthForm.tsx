import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorBox } from '../ErrorBox';
import { useAction } from '../hooks';
import { PasswordRule } from '../PasswordRule';
import type { User } from '../types';

export type OnSignedIn = (user: User) => void;

export const MISSING_TOKEN = 'This link is incomplete: it has no token. Open the full link you were given.';

/** A sign-in style form: optional email and a password; signs in with the user the submit returns. */
export function AuthForm(props: {
  title: string;
  intro?: string;
  notice?: ReactNode;
  submitLabel: string;
  withEmail: boolean;
  /** A password being chosen: shows the password rule and asks the browser for a new password. */
  newPassword?: boolean;
  passwordLabel?: string;
  disabledReason?: string;
  footer?: ReactNode;
  submit: (email: string, password: string) => Promise<User>;
  onSignedIn: OnSignedIn;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const ruleId = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const user = await run(() => props.submit(email.trim(), password));
    if (user) props.onSignedIn(user);
  };

  return (
    <main className="auth">
      <h1>{props.title}</h1>
      {props.intro && <p>{props.intro}</p>}
      {props.notice}
      <ErrorBox error={props.disabledReason ?? error} />
      <form onSubmit={onSubmit} className="stack">
        {props.withEmail && (
          <Field label="Email">
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
        )}
        <Field label={props.passwordLabel ?? 'Password'}>
          <input
            type="password"
            autoComplete={props.newPassword ? 'new-password' : 'current-password'}
            aria-describedby={props.newPassword ? ruleId : undefined}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {props.newPassword && <PasswordRule id={ruleId} />}
        <button type="submit" disabled={busy || !!props.disabledReason}>
          {props.submitLabel}
        </button>
      </form>
      {props.footer}
    </main>
  );
}

/**
 * An email-only form whose answer is the same for every address (sign-up, forgotten password): once sent, the
 * form gives way to a fixed confirmation built from the address.
 */
export function EmailLinkForm(props: {
  title: string;
  intro: string;
  submitLabel: string;
  submit: (email: string) => Promise<string>;
  sent: (email: string) => string;
  footer?: ReactNode;
}) {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const { busy, error, run } = useAction();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = email.trim();
    const answered = await run(() => props.submit(typed));
    if (answered !== undefined) setSentTo(answered || typed);
  };

  return (
    <main className="auth">
      <h1>{props.title}</h1>
      {sentTo !== undefined ? (
        <p role="status" className="notice">{props.sent(sentTo)}</p>
      ) : (
        <>
          <p>{props.intro}</p>
          <ErrorBox error={error} />
          <form onSubmit={onSubmit} className="stack">
            <Field label="Email">
              <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </Field>
            <button type="submit" disabled={busy}>{props.submitLabel}</button>
          </form>
        </>
      )}
      {props.footer}
    </main>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}
