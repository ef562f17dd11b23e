/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me { me { id email } }": typeof types.MeDocument,
    "mutation SignOut { signOut }": typeof types.SignOutDocument,
    "mutation SignOutEverywhere { signOutEverywhere { endedSessions } }": typeof types.SignOutEverywhereDocument,
    "query WorkspaceNav { me { id workspaces(first: 100) { edges { node { id name myRole } } } } }": typeof types.WorkspaceNavDocument,
    "query ProjectWorkspace($id: ID!) { project(id: $id) { id workspaceId } }": typeof types.ProjectWorkspaceDocument,
    "fragment ApiTokenFields on ApiToken { id name ownerEmail createdAt expiresAt lastUsedAt revokedAt }": typeof types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens($id: ID!) { workspace(id: $id) { id name apiTokens(first: 100) { edges { node { ...ApiTokenFields } } } } }": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenFields } } }": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedApiTokenId } }": typeof types.RevokeApiTokenDocument,
    "fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }": typeof types.DomainFieldsFragmentDoc,
    "query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }": typeof types.DomainsDocument,
    "mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }": typeof types.ClaimDomainDocument,
    "mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }": typeof types.VerifyDomainDocument,
    "mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }": typeof types.ReleaseDomainDocument,
    "query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }": typeof types.MyInvitationsDocument,
    "mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {\n  acceptWorkspaceInvitation(input: $input) { invitation { id status } }\n}": typeof types.AcceptWorkspaceInvitationDocument,
    "mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {\n  declineWorkspaceInvitation(input: $input) { invitation { id status } }\n}": typeof types.DeclineWorkspaceInvitationDocument,
    "mutation InviteGuest($input: InviteGuestInput!) {\n  inviteGuest(input: $input) { invitation { id email access status expiresAt } }\n}": typeof types.InviteGuestDocument,
    "mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }": typeof types.LinkSingleSignOnDocument,
    "query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }": typeof types.SsoConfiguredDocument,
    "query WorkspaceInvitations($id: ID!) {\n  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }\n}": typeof types.WorkspaceInvitationsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) { invitation { id email role status expiresAt } }\n}": typeof types.InviteMemberDocument,
    "mutation RevokeInvitation($input: RevokeInvitationInput!) {\n  revokeInvitation(input: $input) { invitation { id status } }\n}": typeof types.RevokeInvitationDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }": typeof types.ResetPasswordDocument,
    "query Sessions { me { id sessions(first: 100) { edges { node { id createdAt lastSeenAt ipAddress userAgent current } } } } }": typeof types.SessionsDocument,
    "mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedSessionId } }": typeof types.EndSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }": typeof types.ChangePasswordDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { email } }": typeof types.SignUpDocument,
    "mutation CompleteSignUp($input: CompleteSignUpInput!) { completeSignUp(input: $input) { user { id email } } }": typeof types.CompleteSignUpDocument,
    "query Sso($id: ID!) { workspace(id: $id) { id name sso { issuer clientId hasClientSecret allowedDomains defaultRole enforceSso } domains { domain status } } }": typeof types.SsoDocument,
    "mutation ConfigureSso($input: ConfigureSsoInput!) { configureSso(input: $input) { workspace { id } } }": typeof types.ConfigureSsoDocument,
    "query WorkspaceKey($id: ID!) {\n  workspace(id: $id) { id name myRole key { provider keyId version createdAt destroyed rotation { id status fromVersion toVersion total done startedAt finishedAt error } } }\n}": typeof types.WorkspaceKeyDocument,
    "mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { rotation { id status } } }": typeof types.RotateKeyDocument,
    "query Workspaces { me { id email workspaces(first: 100) { edges { node { id name myRole } } } guestProjects(first: 100) { edges { node { id name myAccess } } } } }": typeof types.WorkspacesDocument,
    "mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n  createWorkspace(input: $input) { workspace { id name myRole } }\n}": typeof types.CreateWorkspaceDocument,
};
const documents: Documents = {
    "query Me { me { id email } }": types.MeDocument,
    "mutation SignOut { signOut }": types.SignOutDocument,
    "mutation SignOutEverywhere { signOutEverywhere { endedSessions } }": types.SignOutEverywhereDocument,
    "query WorkspaceNav { me { id workspaces(first: 100) { edges { node { id name myRole } } } } }": types.WorkspaceNavDocument,
    "query ProjectWorkspace($id: ID!) { project(id: $id) { id workspaceId } }": types.ProjectWorkspaceDocument,
    "fragment ApiTokenFields on ApiToken { id name ownerEmail createdAt expiresAt lastUsedAt revokedAt }": types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens($id: ID!) { workspace(id: $id) { id name apiTokens(first: 100) { edges { node { ...ApiTokenFields } } } } }": types.ApiTokensDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenFields } } }": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedApiTokenId } }": types.RevokeApiTokenDocument,
    "fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }": types.DomainFieldsFragmentDoc,
    "query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }": types.DomainsDocument,
    "mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }": types.ClaimDomainDocument,
    "mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }": types.VerifyDomainDocument,
    "mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }": types.ReleaseDomainDocument,
    "query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }": types.MyInvitationsDocument,
    "mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {\n  acceptWorkspaceInvitation(input: $input) { invitation { id status } }\n}": types.AcceptWorkspaceInvitationDocument,
    "mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {\n  declineWorkspaceInvitation(input: $input) { invitation { id status } }\n}": types.DeclineWorkspaceInvitationDocument,
    "mutation InviteGuest($input: InviteGuestInput!) {\n  inviteGuest(input: $input) { invitation { id email access status expiresAt } }\n}": types.InviteGuestDocument,
    "mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }": types.LinkSingleSignOnDocument,
    "query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }": types.SsoConfiguredDocument,
    "query WorkspaceInvitations($id: ID!) {\n  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }\n}": types.WorkspaceInvitationsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) { invitation { id email role status expiresAt } }\n}": types.InviteMemberDocument,
    "mutation RevokeInvitation($input: RevokeInvitationInput!) {\n  revokeInvitation(input: $input) { invitation { id status } }\n}": types.RevokeInvitationDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }": types.ResetPasswordDocument,
    "query Sessions { me { id sessions(first: 100) { edges { node { id createdAt lastSeenAt ipAddress userAgent current } } } } }": types.SessionsDocument,
    "mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedSessionId } }": types.EndSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }": types.ChangePasswordDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { email } }": types.SignUpDocument,
    "mutation CompleteSignUp($input: CompleteSignUpInput!) { completeSignUp(input: $input) { user { id email } } }": types.CompleteSignUpDocument,
    "query Sso($id: ID!) { workspace(id: $id) { id name sso { issuer clientId hasClientSecret allowedDomains defaultRole enforceSso } domains { domain status } } }": types.SsoDocument,
    "mutation ConfigureSso($input: ConfigureSsoInput!) { configureSso(input: $input) { workspace { id } } }": types.ConfigureSsoDocument,
    "query WorkspaceKey($id: ID!) {\n  workspace(id: $id) { id name myRole key { provider keyId version createdAt destroyed rotation { id status fromVersion toVersion total done startedAt finishedAt error } } }\n}": types.WorkspaceKeyDocument,
    "mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { rotation { id status } } }": types.RotateKeyDocument,
    "query Workspaces { me { id email workspaces(first: 100) { edges { node { id name myRole } } } guestProjects(first: 100) { edges { node { id name myAccess } } } } }": types.WorkspacesDocument,
    "mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n  createWorkspace(input: $input) { workspace { id name myRole } }\n}": types.CreateWorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id email } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut { signOut }"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutEverywhere { signOutEverywhere { endedSessions } }"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceNav { me { id workspaces(first: 100) { edges { node { id name myRole } } } } }"): typeof import('./graphql').WorkspaceNavDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectWorkspace($id: ID!) { project(id: $id) { id workspaceId } }"): typeof import('./graphql').ProjectWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken { id name ownerEmail createdAt expiresAt lastUsedAt revokedAt }"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens($id: ID!) { workspace(id: $id) { id name apiTokens(first: 100) { edges { node { ...ApiTokenFields } } } } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenFields } } }"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedApiTokenId } }"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }"): typeof import('./graphql').DomainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }"): typeof import('./graphql').DomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }"): typeof import('./graphql').ClaimDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }"): typeof import('./graphql').VerifyDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }"): typeof import('./graphql').ReleaseDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }"): typeof import('./graphql').MyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {\n  acceptWorkspaceInvitation(input: $input) { invitation { id status } }\n}"): typeof import('./graphql').AcceptWorkspaceInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {\n  declineWorkspaceInvitation(input: $input) { invitation { id status } }\n}"): typeof import('./graphql').DeclineWorkspaceInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteGuest($input: InviteGuestInput!) {\n  inviteGuest(input: $input) { invitation { id email access status expiresAt } }\n}"): typeof import('./graphql').InviteGuestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }"): typeof import('./graphql').LinkSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }"): typeof import('./graphql').SsoConfiguredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceInvitations($id: ID!) {\n  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }\n}"): typeof import('./graphql').WorkspaceInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) { invitation { id email role status expiresAt } }\n}"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($input: RevokeInvitationInput!) {\n  revokeInvitation(input: $input) { invitation { id status } }\n}"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sessions { me { id sessions(first: 100) { edges { node { id createdAt lastSeenAt ipAddress userAgent current } } } } }"): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSession($input: EndSessionInput!) { endSession(input: $input) { endedSessionId } }"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { email } }"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteSignUp($input: CompleteSignUpInput!) { completeSignUp(input: $input) { user { id email } } }"): typeof import('./graphql').CompleteSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sso($id: ID!) { workspace(id: $id) { id name sso { issuer clientId hasClientSecret allowedDomains defaultRole enforceSso } domains { domain status } } }"): typeof import('./graphql').SsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfigureSso($input: ConfigureSsoInput!) { configureSso(input: $input) { workspace { id } } }"): typeof import('./graphql').ConfigureSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceKey($id: ID!) {\n  workspace(id: $id) { id name myRole key { provider keyId version createdAt destroyed rotation { id status fromVersion toVersion total done startedAt finishedAt error } } }\n}"): typeof import('./graphql').WorkspaceKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { rotation { id status } } }"): typeof import('./graphql').RotateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Workspaces { me { id email workspaces(first: 100) { edges { node { id name myRole } } } guestProjects(first: 100) { edges { node { id name myAccess } } } } }"): typeof import('./graphql').WorkspacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n  createWorkspace(input: $input) { workspace { id name myRole } }\n}"): typeof import('./graphql').CreateWorkspaceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
