/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  password: string;
  token: string;
};

export type AcceptWorkspaceInvitationInput = {
  invitationId: string | number;
};

export type AddSqlBlockInput = {
  connectionId: string | number;
  projectId: string | number;
  sql: string;
};

export type AnchorAuditChainInput = {
  workspaceId: string | number;
};

export type AttachConnectionInput = {
  connectionId: string | number;
  projectId: string | number;
};

export type AuditFilter = {
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  streamId?: string | number | null | undefined;
  to?: string | null | undefined;
  types?: Array<string> | null | undefined;
};

export type CachePolicyMode =
  | 'OFF'
  | 'TTL';

export type CancelExecutionInput = {
  executionId: string | number;
};

export type ChangeMemberRoleInput = {
  role: WorkspaceRole;
  userId: string | number;
  workspaceId: string | number;
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

export type ClearMyConnectionCredentialsInput = {
  connectionId: string | number;
};

export type CompleteSetupInput = {
  email: string;
  password: string;
  token: string;
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

export type ConnectionEngine =
  | 'DUCKDB'
  | 'POSTGRES';

export type ConnectionGrantInput = {
  connectionId: string | number;
  userId: string | number;
};

export type CreateApiTokenInput = {
  /** Required: 1 to 365. */
  expiresInDays: number;
  name: string;
  workspaceId: string | number;
};

export type CreateConnectionInput = {
  /** PostgreSQL: also log in to a server that asks for MD5 (default false: SCRAM-SHA-256 only; a cleartext password is never sent). */
  allowMd5?: boolean | null | undefined;
  database?: string | null | undefined;
  engine: ConnectionEngine;
  host?: string | null | undefined;
  name: string;
  /** Write-only: stored sealed, never returned. */
  password?: string | null | undefined;
  /** PostgreSQL: no shared account; each member enters their own database credentials (default false). Then give no username or password here. */
  perPersonCredentials?: boolean | null | undefined;
  port?: number | null | undefined;
  /** PostgreSQL: TLS; VERIFY_FULL (the default) checks the server's certificate and name. A lower mode may send the login to an impersonated server. */
  sslMode?: SslMode | null | undefined;
  username?: string | null | undefined;
  workspaceId: string | number;
};

export type CreateProjectInput = {
  /** For members without a share of their own; default VIEW. */
  defaultAccess?: ProjectAccess | null | undefined;
  name: string;
  workspaceId: string | number;
};

export type CreateWorkspaceInput = {
  name: string;
};

export type DeclineWorkspaceInvitationInput = {
  invitationId: string | number;
};

export type DeleteConnectionInput = {
  connectionId: string | number;
};

export type DeleteFileInput = {
  fileId: string | number;
};

export type DeleteProjectInput = {
  projectId: string | number;
};

export type DetachConnectionInput = {
  connectionId: string | number;
  projectId: string | number;
};

export type DomainStatus =
  /** Claimed; the TXT record has not been found yet. */
  | 'PENDING'
  /** Proven: this workspace owns the domain. */
  | 'VERIFIED';

export type EndSessionInput = {
  sessionId: string | number;
};

export type ExecuteQueryInput = {
  /** A saved block (needs EXECUTE). */
  blockId?: string | number | null | undefined;
  bypassCache?: boolean | null | undefined;
  /** With sql: ad-hoc SQL (needs EDIT). */
  connectionId?: string | number | null | undefined;
  maxRows?: number | null | undefined;
  projectId: string | number;
  sql?: string | null | undefined;
  timeoutSeconds?: number | null | undefined;
  /** How long to wait before answering RUNNING (default 5). */
  waitSeconds?: number | null | undefined;
};

export type InvalidateCacheInput = {
  connectionId: string | number;
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

export type MoveConnectionInput = {
  connectionId: string | number;
  database?: string | null | undefined;
  /** PostgreSQL: the server's host name or address (DuckDB: none). */
  host?: string | null | undefined;
  /** Write-only. Required when host, port or database change on a connection with a shared password: it never follows the connection elsewhere. */
  password?: string | null | undefined;
  port?: number | null | undefined;
  sslMode?: SslMode | null | undefined;
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

export type RemoveMemberInput = {
  userId: string | number;
  workspaceId: string | number;
};

export type RemoveSqlBlockInput = {
  blockId: string | number;
  projectId: string | number;
};

export type RenameConnectionInput = {
  connectionId: string | number;
  name: string;
};

export type RenameProjectInput = {
  name: string;
  projectId: string | number;
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

export type SetCachePolicyInput = {
  connectionId: string | number;
  mode: CachePolicyMode;
  ttlSeconds?: number | null | undefined;
};

export type SetConnectionGuardrailsInput = {
  allowWrites?: boolean | null | undefined;
  connectionId: string | number;
  maxBytes?: number | null | undefined;
  maxRows?: number | null | undefined;
  timeoutSeconds?: number | null | undefined;
};

export type SetMyConnectionCredentialsInput = {
  connectionId: string | number;
  /** Write-only: stored sealed, never returned; the previous one is destroyed. */
  password: string;
  /** Your own database user name. */
  username: string;
};

export type SetProjectCacheUseInput = {
  projectId: string | number;
  useCache: boolean;
};

export type ShareProjectInput = {
  access: ProjectAccess;
  projectId: string | number;
  userId: string | number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
};

export type SslMode =
  | 'DISABLE'
  | 'PREFER'
  | 'REQUIRE'
  | 'VERIFY_FULL';

export type TestConnectionInput = {
  connectionId: string | number;
};

export type UpdateCredentialsInput = {
  connectionId: string | number;
  /** Write-only; null keeps the current password. */
  password?: string | null | undefined;
  username?: string | null | undefined;
};

export type UpdateWorkspaceQuerySettingsInput = {
  defaultMaxRows?: number | null | undefined;
  defaultTimeoutSeconds?: number | null | undefined;
  maxCacheTtlSeconds?: number | null | undefined;
  workspaceId: string | number;
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

export type AuditEventsQueryVariables = Exact<{
  workspaceId: string | number;
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ node: { sequence: number, type: string, recordedAt: string, streamId: string, streamVersion: number, data: unknown, ipAddress: string | null, userAgent: string | null, correlationId: string | null, hash: string, previousHash: string, chainId: string, chainPosition: number, envelope: number, metadata: unknown, actor: { id: string | null, kind: string, email: string | null, apiTokenId: string | null } | null, people: Array<{ id: string, kind: string, email: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditEventQueryVariables = Exact<{
  workspaceId: string | number;
  sequence: number;
}>;


export type AuditEventQuery = { auditEvent: { sequence: number, type: string, recordedAt: string, streamId: string, streamVersion: number, data: unknown, ipAddress: string | null, userAgent: string | null, correlationId: string | null, hash: string, previousHash: string, chainId: string, chainPosition: number, envelope: number, metadata: unknown, actor: { id: string | null, kind: string, email: string | null, apiTokenId: string | null } | null, people: Array<{ id: string, kind: string, email: string }> } | null };

export type AuditEventTypesQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type AuditEventTypesQuery = { auditEventTypes: Array<{ module: string, types: Array<string> }> };

export type AuditPeopleQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type AuditPeopleQuery = { workspace: { id: string, members: { edges: Array<{ node: { userId: string, email: string, role: WorkspaceRole } }> } } | null };

export type AuditProjectsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type AuditProjectsQuery = { workspace: { id: string, name: string, projects: { edges: Array<{ node: { id: string, name: string } }> } } | null };

export type AuditConnectionsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type AuditConnectionsQuery = { workspace: { id: string, connections: { edges: Array<{ node: { id: string, name: string } }> } } | null };

export type VerifyAuditChainQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { valid: boolean, checkedEvents: number, firstBrokenSequence: number | null, headHash: string | null, headPosition: number, unanchoredEvents: number, problem: string | null, checkpoint: { position: number, hash: string, signedAt: string, keyId: string, signatureValid: boolean, matches: boolean } | null } };

export type AnchorAuditChainMutationVariables = Exact<{
  input: AnchorAuditChainInput;
}>;


export type AnchorAuditChainMutation = { anchorAuditChain: { checkpoint: { chainId: string, position: number, hash: string, signedAt: string, keyId: string, algorithm: string, signature: string } } };

export type AuditActivityQueryVariables = Exact<{
  workspaceId: string | number;
  days?: number | null | undefined;
}>;


export type AuditActivityQuery = { auditActivity: { countedThrough: string | null, counts: Array<{ day: string, type: string, events: number }> } };

export type AuditEventFieldsFragment = { sequence: number, type: string, recordedAt: string, streamId: string, streamVersion: number, data: unknown, ipAddress: string | null, userAgent: string | null, correlationId: string | null, hash: string, previousHash: string, chainId: string, chainPosition: number, envelope: number, metadata: unknown, actor: { id: string | null, kind: string, email: string | null, apiTokenId: string | null } | null, people: Array<{ id: string, kind: string, email: string }> };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, email: string } } };

export type CompleteSetupMutationVariables = Exact<{
  input: CompleteSetupInput;
}>;


export type CompleteSetupMutation = { completeSetup: { user: { id: string, email: string } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, workspaceName: string, role: WorkspaceRole | null, projectName: string | null, access: ProjectAccess | null, invitedByEmail: string | null, expiresAt: string, status: InvitationStatus } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { user: { id: string, email: string } } };

export type ConnectionFieldsFragment = { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } };

export type WorkspaceConnectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceConnectionsQuery = { workspace: { id: string, name: string, myRole: WorkspaceRole | null, connections: { edges: Array<{ node: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } }> }, members: { edges: Array<{ node: { userId: string, email: string } }> } } | null };

export type CreateConnectionMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type CreateConnectionMutation = { createConnection: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type UpdateCredentialsMutationVariables = Exact<{
  input: UpdateCredentialsInput;
}>;


export type UpdateCredentialsMutation = { updateConnectionCredentials: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type SetMyConnectionCredentialsMutationVariables = Exact<{
  input: SetMyConnectionCredentialsInput;
}>;


export type SetMyConnectionCredentialsMutation = { setMyConnectionCredentials: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type ClearMyConnectionCredentialsMutationVariables = Exact<{
  input: ClearMyConnectionCredentialsInput;
}>;


export type ClearMyConnectionCredentialsMutation = { clearMyConnectionCredentials: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type MoveConnectionMutationVariables = Exact<{
  input: MoveConnectionInput;
}>;


export type MoveConnectionMutation = { moveConnection: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type RenameConnectionMutationVariables = Exact<{
  input: RenameConnectionInput;
}>;


export type RenameConnectionMutation = { renameConnection: { connection: { id: string, name: string, engine: ConnectionEngine, host: string | null, port: number | null, database: string | null, username: string | null, sslMode: SslMode | null, allowMd5: boolean | null, perPersonCredentials: boolean, hasPassword: boolean, credentialsFingerprint: string | null, credentialsRotatedAt: string | null, myAccess: boolean, myCredentials: { username: string, setAt: string } | null, guardrails: { allowWrites: boolean, timeoutSeconds: number | null, maxRows: number | null, maxBytes: number | null }, cachePolicy: { mode: CachePolicyMode, ttlSeconds: number | null } } } };

export type DeleteConnectionMutationVariables = Exact<{
  input: DeleteConnectionInput;
}>;


export type DeleteConnectionMutation = { deleteConnection: { deletedConnectionId: string } };

export type TestConnectionMutationVariables = Exact<{
  input: TestConnectionInput;
}>;


export type TestConnectionMutation = { testConnection: { success: boolean, message: string } };

export type GrantsQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantsQuery = { connection: { id: string, grants: { edges: Array<{ node: { userId: string, email: string, grantedAt: string } }> } } | null };

export type GrantMutationVariables = Exact<{
  input: ConnectionGrantInput;
}>;


export type GrantMutation = { grantConnectionAccess: { connection: { id: string } } };

export type RevokeMutationVariables = Exact<{
  input: ConnectionGrantInput;
}>;


export type RevokeMutation = { revokeConnectionAccess: { connection: { id: string } } };

export type SetGuardrailsMutationVariables = Exact<{
  input: SetConnectionGuardrailsInput;
}>;


export type SetGuardrailsMutation = { setConnectionGuardrails: { connection: { id: string } } };

export type SetCachePolicyMutationVariables = Exact<{
  input: SetCachePolicyInput;
}>;


export type SetCachePolicyMutation = { setCachePolicy: { connection: { id: string } } };

export type InvalidateCacheMutationVariables = Exact<{
  input: InvalidateCacheInput;
}>;


export type InvalidateCacheMutation = { invalidateCache: { removedEntries: number, connectionId: string } };

export type QuerySettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type QuerySettingsQuery = { workspace: { querySettings: { timeoutSeconds: number, maxRows: number, maxCacheTtlSeconds: number, ownTimeoutSeconds: number | null, ownMaxRows: number | null, ownMaxCacheTtlSeconds: number | null } } | null };

export type UpdateQuerySettingsMutationVariables = Exact<{
  input: UpdateWorkspaceQuerySettingsInput;
}>;


export type UpdateQuerySettingsMutation = { updateWorkspaceQuerySettings: { workspace: { id: string } } };

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

export type FilesQueryVariables = Exact<{
  id: string | number;
}>;


export type FilesQuery = { workspace: { id: string, name: string, myRole: WorkspaceRole | null, files: { edges: Array<{ node: { id: string, name: string, contentType: string, size: number, uploadedAt: string } }> } } | null };

export type DeleteFileMutationVariables = Exact<{
  input: DeleteFileInput;
}>;


export type DeleteFileMutation = { deleteFile: { deletedFileId: string } };

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

export type MemberFieldsFragment = { userId: string, email: string, role: WorkspaceRole, joinedAt: string };

export type WorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceQuery = { workspace: { id: string, name: string, myRole: WorkspaceRole | null, members: { edges: Array<{ node: { userId: string, email: string, role: WorkspaceRole, joinedAt: string } }> } } | null };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { member: { userId: string, email: string, role: WorkspaceRole, joinedAt: string } } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { removedUserId: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { email: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { user: { id: string, email: string } } };

export type ProjectsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectsQuery = { workspace: { id: string, name: string, myRole: WorkspaceRole | null, projects: { edges: Array<{ node: { id: string, name: string, myAccess: ProjectAccess, defaultAccess: ProjectAccess } }> } } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { project: { id: string, name: string, myAccess: ProjectAccess, defaultAccess: ProjectAccess } } };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { project: { id: string, workspaceId: string, name: string, myAccess: ProjectAccess, defaultAccess: ProjectAccess, useCache: boolean, blocks: Array<{ id: string, connectionId: string, sql: string, position: number }>, shares: Array<{ userId: string, email: string, access: ProjectAccess }>, connections: Array<{ id: string, name: string, engine: ConnectionEngine }> } | null };

export type MembersQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersQuery = { workspace: { members: { edges: Array<{ node: { userId: string, email: string } }> }, connections: { edges: Array<{ node: { id: string, name: string, myAccess: boolean } }> } } | null };

export type ShareMutationVariables = Exact<{
  input: ShareProjectInput;
}>;


export type ShareMutation = { shareProject: { project: { id: string } } };

export type AttachMutationVariables = Exact<{
  input: AttachConnectionInput;
}>;


export type AttachMutation = { attachConnection: { project: { id: string } } };

export type DetachMutationVariables = Exact<{
  input: DetachConnectionInput;
}>;


export type DetachMutation = { detachConnection: { project: { id: string } } };

export type RenameProjectMutationVariables = Exact<{
  input: RenameProjectInput;
}>;


export type RenameProjectMutation = { renameProject: { project: { id: string, name: string } } };

export type DeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type DeleteProjectMutation = { deleteProject: { deletedProjectId: string } };

export type AddBlockMutationVariables = Exact<{
  input: AddSqlBlockInput;
}>;


export type AddBlockMutation = { addSqlBlock: { block: { id: string, connectionId: string, sql: string, position: number } } };

export type RemoveBlockMutationVariables = Exact<{
  input: RemoveSqlBlockInput;
}>;


export type RemoveBlockMutation = { removeSqlBlock: { removedBlockId: string } };

export type SetProjectCacheUseMutationVariables = Exact<{
  input: SetProjectCacheUseInput;
}>;


export type SetProjectCacheUseMutation = { setProjectCacheUse: { project: { id: string, useCache: boolean } } };

export type ExplainQueryVariables = Exact<{
  u: string | number;
  r: string | number;
  a: string;
}>;


export type ExplainQuery = { explainAccess: { allowed: boolean, layer: string, reason: string, role: WorkspaceRole | null, projectAccess: ProjectAccess | null } };

export type ExecutionFieldsFragment = { id: string, status: string, blockId: string | null, connectionId: string, rows: Array<Array<unknown>>, rowCount: number, bytes: number, truncated: boolean, cacheHit: boolean, durationMs: number, error: string | null, rowsAvailable: boolean, finishedAt: string | null, columns: Array<{ name: string, type: string }> };

export type ExecuteQueryMutationVariables = Exact<{
  input: ExecuteQueryInput;
}>;


export type ExecuteQueryMutation = { executeQuery: { execution: { id: string, status: string, blockId: string | null, connectionId: string, rows: Array<Array<unknown>>, rowCount: number, bytes: number, truncated: boolean, cacheHit: boolean, durationMs: number, error: string | null, rowsAvailable: boolean, finishedAt: string | null, columns: Array<{ name: string, type: string }> } } };

export type ExecutionQueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionQuery = { execution: { id: string, status: string, blockId: string | null, connectionId: string, rows: Array<Array<unknown>>, rowCount: number, bytes: number, truncated: boolean, cacheHit: boolean, durationMs: number, error: string | null, rowsAvailable: boolean, finishedAt: string | null, columns: Array<{ name: string, type: string }> } | null };

export type ExecutionRowsQueryVariables = Exact<{
  id: string | number;
  offset: number;
  limit: number;
}>;


export type ExecutionRowsQuery = { execution: { id: string, rows: Array<Array<unknown>> } | null };

export type CancelExecutionMutationVariables = Exact<{
  input: CancelExecutionInput;
}>;


export type CancelExecutionMutation = { cancelExecution: { cancelled: boolean } };

export type RecentRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type RecentRunsQuery = { me: { id: string } | null, project: { id: string, executions: { edges: Array<{ node: { id: string, status: string, rowCount: number, durationMs: number, cacheHit: boolean, actorId: string, blockId: string | null, finishedAt: string | null, rowsAvailable: boolean } }> } } | null };

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
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  sequence
  type
  recordedAt
  actor {
    id
    kind
    email
    apiTokenId
  }
  streamId
  streamVersion
  data
  ipAddress
  userAgent
  correlationId
  hash
  previousHash
  chainId
  chainPosition
  envelope
  metadata
  people {
    id
    kind
    email
  }
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const ConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}
    `, {"fragmentName":"ConnectionFields"}) as unknown as TypedDocumentString<ConnectionFieldsFragment, unknown>;
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
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  userId
  email
  role
  joinedAt
}
    `, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const ExecutionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExecutionFields on Execution {
  id
  status
  blockId
  connectionId
  columns {
    name
    type
  }
  rows(offset: 0, limit: 100)
  rowCount
  bytes
  truncated
  cacheHit
  durationMs
  error
  rowsAvailable
  finishedAt
}
    `, {"fragmentName":"ExecutionFields"}) as unknown as TypedDocumentString<ExecutionFieldsFragment, unknown>;
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
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {
  auditEvents(
    workspaceId: $workspaceId
    filter: $filter
    first: 50
    after: $after
  ) {
    edges {
      node {
        ...AuditEventFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuditEventFields on AuditEvent {
  sequence
  type
  recordedAt
  actor {
    id
    kind
    email
    apiTokenId
  }
  streamId
  streamVersion
  data
  ipAddress
  userAgent
  correlationId
  hash
  previousHash
  chainId
  chainPosition
  envelope
  metadata
  people {
    id
    kind
    email
  }
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditEventDocument = new TypedDocumentString(`
    query AuditEvent($workspaceId: ID!, $sequence: Long!) {
  auditEvent(workspaceId: $workspaceId, sequence: $sequence) {
    ...AuditEventFields
  }
}
    fragment AuditEventFields on AuditEvent {
  sequence
  type
  recordedAt
  actor {
    id
    kind
    email
    apiTokenId
  }
  streamId
  streamVersion
  data
  ipAddress
  userAgent
  correlationId
  hash
  previousHash
  chainId
  chainPosition
  envelope
  metadata
  people {
    id
    kind
    email
  }
}`) as unknown as TypedDocumentString<AuditEventQuery, AuditEventQueryVariables>;
export const AuditEventTypesDocument = new TypedDocumentString(`
    query AuditEventTypes($workspaceId: ID!) {
  auditEventTypes(workspaceId: $workspaceId) {
    module
    types
  }
}
    `) as unknown as TypedDocumentString<AuditEventTypesQuery, AuditEventTypesQueryVariables>;
export const AuditPeopleDocument = new TypedDocumentString(`
    query AuditPeople($workspaceId: ID!) {
  workspace(id: $workspaceId) {
    id
    members(first: 500) {
      edges {
        node {
          userId
          email
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPeopleQuery, AuditPeopleQueryVariables>;
export const AuditProjectsDocument = new TypedDocumentString(`
    query AuditProjects($workspaceId: ID!) {
  workspace(id: $workspaceId) {
    id
    name
    projects(first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditProjectsQuery, AuditProjectsQueryVariables>;
export const AuditConnectionsDocument = new TypedDocumentString(`
    query AuditConnections($workspaceId: ID!) {
  workspace(id: $workspaceId) {
    id
    connections(first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditConnectionsQuery, AuditConnectionsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain($workspaceId: ID!) {
  verifyAuditChain(workspaceId: $workspaceId) {
    valid
    checkedEvents
    firstBrokenSequence
    headHash
    headPosition
    unanchoredEvents
    problem
    checkpoint {
      position
      hash
      signedAt
      keyId
      signatureValid
      matches
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AnchorAuditChainDocument = new TypedDocumentString(`
    mutation AnchorAuditChain($input: AnchorAuditChainInput!) {
  anchorAuditChain(input: $input) {
    checkpoint {
      chainId
      position
      hash
      signedAt
      keyId
      algorithm
      signature
    }
  }
}
    `) as unknown as TypedDocumentString<AnchorAuditChainMutation, AnchorAuditChainMutationVariables>;
export const AuditActivityDocument = new TypedDocumentString(`
    query AuditActivity($workspaceId: ID!, $days: Int) {
  auditActivity(workspaceId: $workspaceId, days: $days) {
    counts {
      day
      type
      events
    }
    countedThrough
  }
}
    `) as unknown as TypedDocumentString<AuditActivityQuery, AuditActivityQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const CompleteSetupDocument = new TypedDocumentString(`
    mutation CompleteSetup($input: CompleteSetupInput!) {
  completeSetup(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteSetupMutation, CompleteSetupMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    workspaceName
    role
    projectName
    access
    invitedByEmail
    expiresAt
    status
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const WorkspaceConnectionsDocument = new TypedDocumentString(`
    query WorkspaceConnections($id: ID!) {
  workspace(id: $id) {
    id
    name
    myRole
    connections(first: 100) {
      edges {
        node {
          ...ConnectionFields
        }
      }
    }
    members(first: 100) {
      edges {
        node {
          userId
          email
        }
      }
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<WorkspaceConnectionsQuery, WorkspaceConnectionsQueryVariables>;
export const CreateConnectionDocument = new TypedDocumentString(`
    mutation CreateConnection($input: CreateConnectionInput!) {
  createConnection(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<CreateConnectionMutation, CreateConnectionMutationVariables>;
export const UpdateCredentialsDocument = new TypedDocumentString(`
    mutation UpdateCredentials($input: UpdateCredentialsInput!) {
  updateConnectionCredentials(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<UpdateCredentialsMutation, UpdateCredentialsMutationVariables>;
export const SetMyConnectionCredentialsDocument = new TypedDocumentString(`
    mutation SetMyConnectionCredentials($input: SetMyConnectionCredentialsInput!) {
  setMyConnectionCredentials(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<SetMyConnectionCredentialsMutation, SetMyConnectionCredentialsMutationVariables>;
export const ClearMyConnectionCredentialsDocument = new TypedDocumentString(`
    mutation ClearMyConnectionCredentials($input: ClearMyConnectionCredentialsInput!) {
  clearMyConnectionCredentials(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<ClearMyConnectionCredentialsMutation, ClearMyConnectionCredentialsMutationVariables>;
export const MoveConnectionDocument = new TypedDocumentString(`
    mutation MoveConnection($input: MoveConnectionInput!) {
  moveConnection(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<MoveConnectionMutation, MoveConnectionMutationVariables>;
export const RenameConnectionDocument = new TypedDocumentString(`
    mutation RenameConnection($input: RenameConnectionInput!) {
  renameConnection(input: $input) {
    connection {
      ...ConnectionFields
    }
  }
}
    fragment ConnectionFields on Connection {
  id
  name
  engine
  host
  port
  database
  username
  sslMode
  allowMd5
  perPersonCredentials
  myCredentials {
    username
    setAt
  }
  hasPassword
  credentialsFingerprint
  credentialsRotatedAt
  myAccess
  guardrails {
    allowWrites
    timeoutSeconds
    maxRows
    maxBytes
  }
  cachePolicy {
    mode
    ttlSeconds
  }
}`) as unknown as TypedDocumentString<RenameConnectionMutation, RenameConnectionMutationVariables>;
export const DeleteConnectionDocument = new TypedDocumentString(`
    mutation DeleteConnection($input: DeleteConnectionInput!) {
  deleteConnection(input: $input) {
    deletedConnectionId
  }
}
    `) as unknown as TypedDocumentString<DeleteConnectionMutation, DeleteConnectionMutationVariables>;
export const TestConnectionDocument = new TypedDocumentString(`
    mutation TestConnection($input: TestConnectionInput!) {
  testConnection(input: $input) {
    success
    message
  }
}
    `) as unknown as TypedDocumentString<TestConnectionMutation, TestConnectionMutationVariables>;
export const GrantsDocument = new TypedDocumentString(`
    query Grants($id: ID!) {
  connection(id: $id) {
    id
    grants(first: 100) {
      edges {
        node {
          userId
          email
          grantedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantsQuery, GrantsQueryVariables>;
export const GrantDocument = new TypedDocumentString(`
    mutation Grant($input: ConnectionGrantInput!) {
  grantConnectionAccess(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMutation, GrantMutationVariables>;
export const RevokeDocument = new TypedDocumentString(`
    mutation Revoke($input: ConnectionGrantInput!) {
  revokeConnectionAccess(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeMutation, RevokeMutationVariables>;
export const SetGuardrailsDocument = new TypedDocumentString(`
    mutation SetGuardrails($input: SetConnectionGuardrailsInput!) {
  setConnectionGuardrails(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SetGuardrailsMutation, SetGuardrailsMutationVariables>;
export const SetCachePolicyDocument = new TypedDocumentString(`
    mutation SetCachePolicy($input: SetCachePolicyInput!) {
  setCachePolicy(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SetCachePolicyMutation, SetCachePolicyMutationVariables>;
export const InvalidateCacheDocument = new TypedDocumentString(`
    mutation InvalidateCache($input: InvalidateCacheInput!) {
  invalidateCache(input: $input) {
    removedEntries
    connectionId
  }
}
    `) as unknown as TypedDocumentString<InvalidateCacheMutation, InvalidateCacheMutationVariables>;
export const QuerySettingsDocument = new TypedDocumentString(`
    query QuerySettings($id: ID!) {
  workspace(id: $id) {
    querySettings {
      timeoutSeconds
      maxRows
      maxCacheTtlSeconds
      ownTimeoutSeconds
      ownMaxRows
      ownMaxCacheTtlSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<QuerySettingsQuery, QuerySettingsQueryVariables>;
export const UpdateQuerySettingsDocument = new TypedDocumentString(`
    mutation UpdateQuerySettings($input: UpdateWorkspaceQuerySettingsInput!) {
  updateWorkspaceQuerySettings(input: $input) {
    workspace {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateQuerySettingsMutation, UpdateQuerySettingsMutationVariables>;
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
export const FilesDocument = new TypedDocumentString(`
    query Files($id: ID!) {
  workspace(id: $id) {
    id
    name
    myRole
    files(first: 100) {
      edges {
        node {
          id
          name
          contentType
          size
          uploadedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilesQuery, FilesQueryVariables>;
export const DeleteFileDocument = new TypedDocumentString(`
    mutation DeleteFile($input: DeleteFileInput!) {
  deleteFile(input: $input) {
    deletedFileId
  }
}
    `) as unknown as TypedDocumentString<DeleteFileMutation, DeleteFileMutationVariables>;
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
export const WorkspaceDocument = new TypedDocumentString(`
    query Workspace($id: ID!) {
  workspace(id: $id) {
    id
    name
    myRole
    members(first: 100) {
      edges {
        node {
          ...MemberFields
        }
      }
    }
  }
}
    fragment MemberFields on Member {
  userId
  email
  role
  joinedAt
}`) as unknown as TypedDocumentString<WorkspaceQuery, WorkspaceQueryVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      ...MemberFields
    }
  }
}
    fragment MemberFields on Member {
  userId
  email
  role
  joinedAt
}`) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    removedUserId
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
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
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($id: ID!) {
  workspace(id: $id) {
    id
    name
    myRole
    projects(first: 100) {
      edges {
        node {
          id
          name
          myAccess
          defaultAccess
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project {
      id
      name
      myAccess
      defaultAccess
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    id
    workspaceId
    name
    myAccess
    defaultAccess
    useCache
    blocks {
      id
      connectionId
      sql
      position
    }
    shares {
      userId
      email
      access
    }
    connections {
      id
      name
      engine
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($id: ID!) {
  workspace(id: $id) {
    members(first: 100) {
      edges {
        node {
          userId
          email
        }
      }
    }
    connections(first: 100) {
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
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ShareDocument = new TypedDocumentString(`
    mutation Share($input: ShareProjectInput!) {
  shareProject(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ShareMutation, ShareMutationVariables>;
export const AttachDocument = new TypedDocumentString(`
    mutation Attach($input: AttachConnectionInput!) {
  attachConnection(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttachMutation, AttachMutationVariables>;
export const DetachDocument = new TypedDocumentString(`
    mutation Detach($input: DetachConnectionInput!) {
  detachConnection(input: $input) {
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DetachMutation, DetachMutationVariables>;
export const RenameProjectDocument = new TypedDocumentString(`
    mutation RenameProject($input: RenameProjectInput!) {
  renameProject(input: $input) {
    project {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RenameProjectMutation, RenameProjectMutationVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    deletedProjectId
  }
}
    `) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const AddBlockDocument = new TypedDocumentString(`
    mutation AddBlock($input: AddSqlBlockInput!) {
  addSqlBlock(input: $input) {
    block {
      id
      connectionId
      sql
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AddBlockMutation, AddBlockMutationVariables>;
export const RemoveBlockDocument = new TypedDocumentString(`
    mutation RemoveBlock($input: RemoveSqlBlockInput!) {
  removeSqlBlock(input: $input) {
    removedBlockId
  }
}
    `) as unknown as TypedDocumentString<RemoveBlockMutation, RemoveBlockMutationVariables>;
export const SetProjectCacheUseDocument = new TypedDocumentString(`
    mutation SetProjectCacheUse($input: SetProjectCacheUseInput!) {
  setProjectCacheUse(input: $input) {
    project {
      id
      useCache
    }
  }
}
    `) as unknown as TypedDocumentString<SetProjectCacheUseMutation, SetProjectCacheUseMutationVariables>;
export const ExplainDocument = new TypedDocumentString(`
    query Explain($u: ID!, $r: ID!, $a: String!) {
  explainAccess(userId: $u, resourceId: $r, action: $a) {
    allowed
    layer
    reason
    role
    projectAccess
  }
}
    `) as unknown as TypedDocumentString<ExplainQuery, ExplainQueryVariables>;
export const ExecuteQueryDocument = new TypedDocumentString(`
    mutation ExecuteQuery($input: ExecuteQueryInput!) {
  executeQuery(input: $input) {
    execution {
      ...ExecutionFields
    }
  }
}
    fragment ExecutionFields on Execution {
  id
  status
  blockId
  connectionId
  columns {
    name
    type
  }
  rows(offset: 0, limit: 100)
  rowCount
  bytes
  truncated
  cacheHit
  durationMs
  error
  rowsAvailable
  finishedAt
}`) as unknown as TypedDocumentString<ExecuteQueryMutation, ExecuteQueryMutationVariables>;
export const ExecutionDocument = new TypedDocumentString(`
    query Execution($id: ID!) {
  execution(id: $id) {
    ...ExecutionFields
  }
}
    fragment ExecutionFields on Execution {
  id
  status
  blockId
  connectionId
  columns {
    name
    type
  }
  rows(offset: 0, limit: 100)
  rowCount
  bytes
  truncated
  cacheHit
  durationMs
  error
  rowsAvailable
  finishedAt
}`) as unknown as TypedDocumentString<ExecutionQuery, ExecutionQueryVariables>;
export const ExecutionRowsDocument = new TypedDocumentString(`
    query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) {
  execution(id: $id) {
    id
    rows(offset: $offset, limit: $limit)
  }
}
    `) as unknown as TypedDocumentString<ExecutionRowsQuery, ExecutionRowsQueryVariables>;
export const CancelExecutionDocument = new TypedDocumentString(`
    mutation CancelExecution($input: CancelExecutionInput!) {
  cancelExecution(input: $input) {
    cancelled
  }
}
    `) as unknown as TypedDocumentString<CancelExecutionMutation, CancelExecutionMutationVariables>;
export const RecentRunsDocument = new TypedDocumentString(`
    query RecentRuns($id: ID!) {
  me {
    id
  }
  project(id: $id) {
    id
    executions(first: 50) {
      edges {
        node {
          id
          status
          rowCount
          durationMs
          cacheHit
          actorId
          blockId
          finishedAt
          rowsAvailable
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentRunsQuery, RecentRunsQueryVariables>;
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