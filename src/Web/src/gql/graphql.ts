/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptWorkspaceInvitationInput = {
  invitationId: string | number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** 12 characters or more, not a common password or an easy pattern. */
  newPassword: string;
};

export type ClaimDomainInput = {
  /** e.g. corp.example */
  domain: string;
  workspaceId: string | number;
};

export type CompleteSignUpInput = {
  password: string;
  token: string;
};

export type ConfigureSsoInput = {
  /** Verified domains of this workspace that single sign-on covers; empty or absent: all of them. */
  allowedDomains?: Array<string> | null | undefined;
  clientId: string;
  /** Write-only; sealed in the vault. Null keeps the current one. */
  clientSecret?: string | null | undefined;
  defaultRole: WorkspaceRole;
  /** Members may no longer sign in with a password. */
  enforceSso: boolean;
  /** e.g. https://accounts.google.com (Google Workspace) or https://<org>.okta.com (Okta). */
  issuer: string;
  workspaceId: string | number;
};

export type CreateApiTokenInput = {
  /** Required: 1 to 365. */
  expiresInDays: number;
  name: string;
  workspaceId: string | number;
};

export type CreateWorkspaceInput = {
  name: string;
};

export type DeclineWorkspaceInvitationInput = {
  invitationId: string | number;
};

export type DomainStatus =
  /** Claimed; the TXT record has not been found yet. */
  | 'PENDING'
  /** Proven: this workspace owns the domain. */
  | 'VERIFIED';

export type EndSessionInput = {
  sessionId: string | number;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteGuestInput = {
  access: ProjectAccess;
  email: string;
  projectId: string | number;
};

export type InviteMemberInput = {
  email: string;
  role: WorkspaceRole;
  workspaceId: string | number;
};

export type LinkSingleSignOnInput = {
  workspaceId: string | number;
};

export type ProjectAccess =
  | 'APP_USER'
  | 'EDIT'
  | 'EXECUTE'
  | 'FULL_ACCESS'
  | 'NONE'
  | 'VIEW';

export type ReleaseDomainInput = {
  /** e.g. corp.example */
  domain: string;
  workspaceId: string | number;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type RevokeApiTokenInput = {
  apiTokenId: string | number;
};

export type RevokeInvitationInput = {
  invitationId: string | number;
};

export type RotateWorkspaceKeyInput = {
  /** Bring your own provider key; empty keeps the current one. */
  keyId?: string | null | undefined;
  workspaceId: string | number;
};

export type SignUpInput = {
  email: string;
};

export type VerifyDomainInput = {
  /** e.g. corp.example */
  domain: string;
  workspaceId: string | number;
};

export type WorkspaceRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'EDITOR'
  | 'VIEWER';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { endedSessions: number } };

export type WorkspaceNavQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceNavQuery = { me: { id: string, workspaces: { edges: Array<{ node: { id: string, name: string, myRole: WorkspaceRole | null } }> } } | null };

export type ProjectWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectWorkspaceQuery = { project: { id: string, workspaceId: string } | null };

export type ApiTokenFieldsFragment = { id: string, name: string, ownerEmail: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensQuery = { workspace: { id: string, name: string, apiTokens: { edges: Array<{ node: { id: string, name: string, ownerEmail: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } } | null };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, ownerEmail: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { revokedApiTokenId: string } };

export type DomainFieldsFragment = { domain: string, status: DomainStatus, txtRecordName: string, txtRecordValue: string, claimedAt: string, verifiedAt: string | null };

export type DomainsQueryVariables = Exact<{
  id: string | number;
}>;


export type DomainsQuery = { workspace: { id: string, name: string, domains: Array<{ domain: string, status: DomainStatus, txtRecordName: string, txtRecordValue: string, claimedAt: string, verifiedAt: string | null }> } | null };

export type ClaimDomainMutationVariables = Exact<{
  input: ClaimDomainInput;
}>;


export type ClaimDomainMutation = { claimDomain: { domain: { domain: string, status: DomainStatus, txtRecordName: string, txtRecordValue: string, claimedAt: string, verifiedAt: string | null } } };

export type VerifyDomainMutationVariables = Exact<{
  input: VerifyDomainInput;
}>;


export type VerifyDomainMutation = { verifyDomain: { domain: { domain: string, status: DomainStatus, txtRecordName: string, txtRecordValue: string, claimedAt: string, verifiedAt: string | null } } };

export type ReleaseDomainMutationVariables = Exact<{
  input: ReleaseDomainInput;
}>;


export type ReleaseDomainMutation = { releaseDomain: { releasedDomain: string } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { me: { id: string, invitations: Array<{ id: string, workspaceId: string, workspaceName: string, role: WorkspaceRole | null, projectId: string | null, projectName: string | null, access: ProjectAccess | null, invitedByEmail: string | null, expiresAt: string }> } | null };

export type AcceptWorkspaceInvitationMutationVariables = Exact<{
  input: AcceptWorkspaceInvitationInput;
}>;


export type AcceptWorkspaceInvitationMutation = { acceptWorkspaceInvitation: { invitation: { id: string, status: InvitationStatus } } };

export type DeclineWorkspaceInvitationMutationVariables = Exact<{
  input: DeclineWorkspaceInvitationInput;
}>;


export type DeclineWorkspaceInvitationMutation = { declineWorkspaceInvitation: { invitation: { id: string, status: InvitationStatus } } };

export type InviteGuestMutationVariables = Exact<{
  input: InviteGuestInput;
}>;


export type InviteGuestMutation = { inviteGuest: { invitation: { id: string, email: string, access: ProjectAccess | null, status: InvitationStatus, expiresAt: string } } };

export type LinkSingleSignOnMutationVariables = Exact<{
  input: LinkSingleSignOnInput;
}>;


export type LinkSingleSignOnMutation = { linkSingleSignOn: { redirectUrl: string } };

export type SsoConfiguredQueryVariables = Exact<{
  id: string | number;
}>;


export type SsoConfiguredQuery = { workspace: { id: string, sso: { issuer: string } | null } | null };

export type WorkspaceInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceInvitationsQuery = { workspace: { id: string, invitations: Array<{ id: string, email: string, role: WorkspaceRole | null, projectName: string | null, access: ProjectAccess | null, status: InvitationStatus, expiresAt: string }> } | null };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { invitation: { id: string, email: string, role: WorkspaceRole | null, status: InvitationStatus, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, status: InvitationStatus } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { email: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { user: { id: string, email: string } } };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { me: { id: string, sessions: { edges: Array<{ node: { id: string, createdAt: string, lastSeenAt: string, ipAddress: string | null, userAgent: string | null, current: boolean } }> } } | null };

export type EndSessionMutationVariables = Exact<{
  input: EndSessionInput;
}>;


export type EndSessionMutation = { endSession: { endedSessionId: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { user: { id: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { email: string } };

export type CompleteSignUpMutationVariables = Exact<{
  input: CompleteSignUpInput;
}>;


export type CompleteSignUpMutation = { completeSignUp: { user: { id: string, email: string } } };

export type SsoQueryVariables = Exact<{
  id: string | number;
}>;


export type SsoQuery = { workspace: { id: string, name: string, sso: { issuer: string, clientId: string, hasClientSecret: boolean, allowedDomains: Array<string>, defaultRole: WorkspaceRole, enforceSso: boolean } | null, domains: Array<{ domain: string, status: DomainStatus }> } | null };

export type ConfigureSsoMutationVariables = Exact<{
  input: ConfigureSsoInput;
}>;


export type ConfigureSsoMutation = { configureSso: { workspace: { id: string } } };

export type WorkspaceKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceKeyQuery = { workspace: { id: string, name: string, myRole: WorkspaceRole | null, key: { provider: string, keyId: string, version: number, createdAt: string, destroyed: boolean, rotation: { id: string, status: string, fromVersion: number, toVersion: number, total: number, done: number, startedAt: string, finishedAt: string | null, error: string | null } | null } | null } | null };

export type RotateKeyMutationVariables = Exact<{
  input: RotateWorkspaceKeyInput;
}>;


export type RotateKeyMutation = { rotateWorkspaceKey: { rotation: { id: string, status: string } } };

export type WorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspacesQuery = { me: { id: string, email: string, workspaces: { edges: Array<{ node: { id: string, name: string, myRole: WorkspaceRole | null } }> }, guestProjects: { edges: Array<{ node: { id: string, name: string, myAccess: ProjectAccess } }> } } | null };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { workspace: { id: string, name: string, myRole: WorkspaceRole | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  ownerEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const DomainFieldsFragmentDoc = new TypedDocumentString(`
    fragment DomainFields on WorkspaceDomain {
  domain
  status
  txtRecordName
  txtRecordValue
  claimedAt
  verifiedAt
}
    `, {"fragmentName":"DomainFields"}) as unknown as TypedDocumentString<DomainFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere {
    endedSessions
  }
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const WorkspaceNavDocument = new TypedDocumentString(`
    query WorkspaceNav {
  me {
    id
    workspaces(first: 100) {
      edges {
        node {
          id
          name
          myRole
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceNavQuery, WorkspaceNavQueryVariables>;
export const ProjectWorkspaceDocument = new TypedDocumentString(`
    query ProjectWorkspace($id: ID!) {
  project(id: $id) {
    id
    workspaceId
  }
}
    `) as unknown as TypedDocumentString<ProjectWorkspaceQuery, ProjectWorkspaceQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens($id: ID!) {
  workspace(id: $id) {
    id
    name
    apiTokens(first: 100) {
      edges {
        node {
          ...ApiTokenFields
        }
      }
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  ownerEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  ownerEmail
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    revokedApiTokenId
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const DomainsDocument = new TypedDocumentString(`
    query Domains($id: ID!) {
  workspace(id: $id) {
    id
    name
    domains {
      ...DomainFields
    }
  }
}
    fragment DomainFields on WorkspaceDomain {
  domain
  status
  txtRecordName
  txtRecordValue
  claimedAt
  verifiedAt
}`) as unknown as TypedDocumentString<DomainsQuery, DomainsQueryVariables>;
export const ClaimDomainDocument = new TypedDocumentString(`
    mutation ClaimDomain($input: ClaimDomainInput!) {
  claimDomain(input: $input) {
    domain {
      ...DomainFields
    }
  }
}
    fragment DomainFields on WorkspaceDomain {
  domain
  status
  txtRecordName
  txtRecordValue
  claimedAt
  verifiedAt
}`) as unknown as TypedDocumentString<ClaimDomainMutation, ClaimDomainMutationVariables>;
export const VerifyDomainDocument = new TypedDocumentString(`
    mutation VerifyDomain($input: VerifyDomainInput!) {
  verifyDomain(input: $input) {
    domain {
      ...DomainFields
    }
  }
}
    fragment DomainFields on WorkspaceDomain {
  domain
  status
  txtRecordName
  txtRecordValue
  claimedAt
  verifiedAt
}`) as unknown as TypedDocumentString<VerifyDomainMutation, VerifyDomainMutationVariables>;
export const ReleaseDomainDocument = new TypedDocumentString(`
    mutation ReleaseDomain($input: ReleaseDomainInput!) {
  releaseDomain(input: $input) {
    releasedDomain
  }
}
    `) as unknown as TypedDocumentString<ReleaseDomainMutation, ReleaseDomainMutationVariables>;
export const MyInvitationsDocument = new TypedDocumentString(`
    query MyInvitations {
  me {
    id
    invitations {
      id
      workspaceId
      workspaceName
      role
      projectId
      projectName
      access
      invitedByEmail
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptWorkspaceInvitationDocument = new TypedDocumentString(`
    mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {
  acceptWorkspaceInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptWorkspaceInvitationMutation, AcceptWorkspaceInvitationMutationVariables>;
export const DeclineWorkspaceInvitationDocument = new TypedDocumentString(`
    mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {
  declineWorkspaceInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineWorkspaceInvitationMutation, DeclineWorkspaceInvitationMutationVariables>;
export const InviteGuestDocument = new TypedDocumentString(`
    mutation InviteGuest($input: InviteGuestInput!) {
  inviteGuest(input: $input) {
    invitation {
      id
      email
      access
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<InviteGuestMutation, InviteGuestMutationVariables>;
export const LinkSingleSignOnDocument = new TypedDocumentString(`
    mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) {
  linkSingleSignOn(input: $input) {
    redirectUrl
  }
}
    `) as unknown as TypedDocumentString<LinkSingleSignOnMutation, LinkSingleSignOnMutationVariables>;
export const SsoConfiguredDocument = new TypedDocumentString(`
    query SsoConfigured($id: ID!) {
  workspace(id: $id) {
    id
    sso {
      issuer
    }
  }
}
    `) as unknown as TypedDocumentString<SsoConfiguredQuery, SsoConfiguredQueryVariables>;
export const WorkspaceInvitationsDocument = new TypedDocumentString(`
    query WorkspaceInvitations($id: ID!) {
  workspace(id: $id) {
    id
    invitations {
      id
      email
      role
      projectName
      access
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceInvitationsQuery, WorkspaceInvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
      email
      role
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  me {
    id
    sessions(first: 100) {
      edges {
        node {
          id
          createdAt
          lastSeenAt
          ipAddress
          userAgent
          current
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($input: EndSessionInput!) {
  endSession(input: $input) {
    endedSessionId
  }
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CompleteSignUpDocument = new TypedDocumentString(`
    mutation CompleteSignUp($input: CompleteSignUpInput!) {
  completeSignUp(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteSignUpMutation, CompleteSignUpMutationVariables>;
export const SsoDocument = new TypedDocumentString(`
    query Sso($id: ID!) {
  workspace(id: $id) {
    id
    name
    sso {
      issuer
      clientId
      hasClientSecret
      allowedDomains
      defaultRole
      enforceSso
    }
    domains {
      domain
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SsoQuery, SsoQueryVariables>;
export const ConfigureSsoDocument = new TypedDocumentString(`
    mutation ConfigureSso($input: ConfigureSsoInput!) {
  configureSso(input: $input) {
    workspace {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigureSsoMutation, ConfigureSsoMutationVariables>;
export const WorkspaceKeyDocument = new TypedDocumentString(`
    query WorkspaceKey($id: ID!) {
  workspace(id: $id) {
    id
    name
    myRole
    key {
      provider
      keyId
      version
      createdAt
      destroyed
      rotation {
        id
        status
        fromVersion
        toVersion
        total
        done
        startedAt
        finishedAt
        error
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceKeyQuery, WorkspaceKeyQueryVariables>;
export const RotateKeyDocument = new TypedDocumentString(`
    mutation RotateKey($input: RotateWorkspaceKeyInput!) {
  rotateWorkspaceKey(input: $input) {
    rotation {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RotateKeyMutation, RotateKeyMutationVariables>;
export const WorkspacesDocument = new TypedDocumentString(`
    query Workspaces {
  me {
    id
    email
    workspaces(first: 100) {
      edges {
        node {
          id
          name
          myRole
        }
      }
    }
    guestProjects(first: 100) {
      edges {
        node {
          id
          name
          myAccess
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacesQuery, WorkspacesQueryVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    workspace {
      id
      name
      myRole
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;