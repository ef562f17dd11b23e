import { Link } from 'react-router';

/** All verified domains (also those verified later), or only the selected ones. */
export interface DomainChoice { all: boolean; selected: string[] }

/** Which of the workspace's verified domains single sign-on applies to. */
export function SsoDomains({ workspaceId, verified, value, onChange }: {
  workspaceId: string; verified: string[]; value: DomainChoice; onChange: (value: DomainChoice) => void;
}) {
  // A domain saved earlier but no longer verified stays visible, so it can be unticked (the server refuses it).
  const choices = [...verified, ...value.selected.filter((d) => !verified.includes(d))];
  const toggle = (domain: string, on: boolean) =>
    onChange({ all: false, selected: on ? [...value.selected, domain] : value.selected.filter((d) => d !== domain) });
  const domainsPage = <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/domains`}>Domains</Link>;

  return (
    <fieldset className="stack">
      <legend>Email domains</legend>
      <p className="hint">
        Single sign-on applies to your verified domains (and to accounts already linked to your provider). Verify
        domains under {domainsPage}.
      </p>
      {verified.length === 0 && <p className="bad">No verified domain yet: single sign-on signs nobody new in until you verify one.</p>}
      <label>
        <input type="radio" name="sso-domains" checked={value.all} onChange={() => onChange({ all: true, selected: [] })} />{' '}
        All verified domains
      </label>
      <label>
        <input type="radio" name="sso-domains" checked={!value.all} onChange={() => onChange({ all: false, selected: value.selected })} />{' '}
        Only the domains selected below
      </label>
      {choices.map((domain) => (
        <label key={domain} className="indent">
          <input type="checkbox" disabled={value.all} checked={!value.all && value.selected.includes(domain)}
            onChange={(e) => toggle(domain, e.target.checked)} />{' '}
          {domain}{!verified.includes(domain) && ' (not verified)'}
        </label>
      ))}
    </fieldset>
  );
}
