import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { browser } from '../browser';

export const LINK_SSO = graphql(`mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }`);
/** `workspace.sso` is for ADMINs only: other members are shown the button and told by the server if there is no SSO. */
export const SSO_CONFIGURED = graphql(`query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }`);

export const LINK_SSO_CONFIRM =
  "Link your Deepnote account to this workspace's identity provider? Anyone who signs in there as you will be signed in to this account.";

/** "Your account" on the workspace page: any member may link their account to the workspace's identity provider. */
export function YourAccount({ workspaceId, isAdmin }: { workspaceId: string; isAdmin: boolean }) {
  return isAdmin ? <AdminYourAccount workspaceId={workspaceId} /> : <LinkSsoSection workspaceId={workspaceId} />;
}

/** An ADMIN can tell whether single sign-on is configured, and is offered linking only then. */
function AdminYourAccount({ workspaceId }: { workspaceId: string }) {
  const { data, error } = useQuery(SSO_CONFIGURED, { id: workspaceId });
  // Not knowing (the question failed) offers the button: the server answers NOT_FOUND without single sign-on.
  if (!error && !data?.workspace?.sso) return null;
  return <LinkSsoSection workspaceId={workspaceId} />;
}

function LinkSsoSection({ workspaceId }: { workspaceId: string }) {
  const action = useAction();

  const link = async () => {
    if (!window.confirm(LINK_SSO_CONFIRM)) return;
    const result = await action.run(async () => {
      const { redirectUrl } = (await gql(LINK_SSO, { input: { workspaceId } }))
        .linkSingleSignOn;
      // Only a web address is followed (never javascript: or the like).
      const url = new URL(redirectUrl, window.location.origin);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The server answered with an unusable sign-in address.');
      return redirectUrl;
    });
    if (result !== undefined) browser.assign(result);
  };

  return (
    <section data-testid="your-account">
      <h2>Your account</h2>
      <p className="hint">
        To sign in to this account with single sign-on, link it to the workspace's identity provider: you are sent
        there to sign in once.
      </p>
      <ErrorBox error={action.error} />
      <p>
        <button type="button" disabled={action.busy} onClick={link}>Link single sign-on</button>
      </p>
    </section>
  );
}
