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
    "query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {\n  auditEvents(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n    edges { node { ...AuditEventFields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.AuditEventsDocument,
    "query AuditEvent($workspaceId: ID!, $sequence: Long!) {\n  auditEvent(workspaceId: $workspaceId, sequence: $sequence) { ...AuditEventFields }\n}": typeof types.AuditEventDocument,
    "query AuditEventTypes($workspaceId: ID!) {\n  auditEventTypes(workspaceId: $workspaceId) { module types }\n}": typeof types.AuditEventTypesDocument,
    "query AuditPeople($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id members(first: 500) { edges { node { userId email role } } } }\n}": typeof types.AuditPeopleDocument,
    "query AuditProjects($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id name projects(first: 500) { edges { node { id name } } } }\n}": typeof types.AuditProjectsDocument,
    "query AuditConnections($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id connections(first: 500) { edges { node { id name } } } }\n}": typeof types.AuditConnectionsDocument,
    "query VerifyAuditChain($workspaceId: ID!) {\n  verifyAuditChain(workspaceId: $workspaceId) {\n    valid checkedEvents firstBrokenSequence headHash headPosition unanchoredEvents problem\n    checkpoint { position hash signedAt keyId signatureValid matches }\n  }\n}": typeof types.VerifyAuditChainDocument,
    "mutation AnchorAuditChain($input: AnchorAuditChainInput!) {\n  anchorAuditChain(input: $input) { checkpoint { chainId position hash signedAt keyId algorithm signature } }\n}": typeof types.AnchorAuditChainDocument,
    "query AuditActivity($workspaceId: ID!, $days: Int) {\n  auditActivity(workspaceId: $workspaceId, days: $days) { counts { day type events } countedThrough }\n}": typeof types.AuditActivityDocument,
    "fragment AuditEventFields on AuditEvent { sequence type recordedAt actor { id kind email apiTokenId } streamId streamVersion data\n  ipAddress userAgent correlationId hash previousHash chainId chainPosition envelope metadata people { id kind email } }": typeof types.AuditEventFieldsFragmentDoc,
    "mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }": typeof types.SignInDocument,
    "mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }": typeof types.CompleteSetupDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) { email workspaceName role projectName access invitedByEmail expiresAt status }\n}": typeof types.InvitationPreviewDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }": typeof types.AcceptInvitationDocument,
    "fragment ConnectionFields on Connection { id name engine host port database username sslMode allowMd5 perPersonCredentials myCredentials { username setAt } hasPassword credentialsFingerprint credentialsRotatedAt myAccess\n  guardrails { allowWrites timeoutSeconds maxRows maxBytes } cachePolicy { mode ttlSeconds } }": typeof types.ConnectionFieldsFragmentDoc,
    "query WorkspaceConnections($id: ID!) {\n  workspace(id: $id) {\n    id name myRole\n    connections(first: 100) { edges { node { ...ConnectionFields } } }\n    members(first: 100) { edges { node { userId email } } }\n  }\n}": typeof types.WorkspaceConnectionsDocument,
    "mutation CreateConnection($input: CreateConnectionInput!) {\n  createConnection(input: $input) { connection { ...ConnectionFields } }\n}": typeof types.CreateConnectionDocument,
    "mutation UpdateCredentials($input: UpdateCredentialsInput!) {\n  updateConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": typeof types.UpdateCredentialsDocument,
    "mutation SetMyConnectionCredentials($input: SetMyConnectionCredentialsInput!) {\n  setMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": typeof types.SetMyConnectionCredentialsDocument,
    "mutation ClearMyConnectionCredentials($input: ClearMyConnectionCredentialsInput!) {\n  clearMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": typeof types.ClearMyConnectionCredentialsDocument,
    "mutation MoveConnection($input: MoveConnectionInput!) { moveConnection(input: $input) { connection { ...ConnectionFields } } }": typeof types.MoveConnectionDocument,
    "mutation RenameConnection($input: RenameConnectionInput!) { renameConnection(input: $input) { connection { ...ConnectionFields } } }": typeof types.RenameConnectionDocument,
    "mutation DeleteConnection($input: DeleteConnectionInput!) { deleteConnection(input: $input) { deletedConnectionId } }": typeof types.DeleteConnectionDocument,
    "mutation TestConnection($input: TestConnectionInput!) { testConnection(input: $input) { success message } }": typeof types.TestConnectionDocument,
    "query Grants($id: ID!) { connection(id: $id) { id grants(first: 100) { edges { node { userId email grantedAt } } } } }": typeof types.GrantsDocument,
    "mutation Grant($input: ConnectionGrantInput!) { grantConnectionAccess(input: $input) { connection { id } } }": typeof types.GrantDocument,
    "mutation Revoke($input: ConnectionGrantInput!) { revokeConnectionAccess(input: $input) { connection { id } } }": typeof types.RevokeDocument,
    "mutation SetGuardrails($input: SetConnectionGuardrailsInput!) { setConnectionGuardrails(input: $input) { connection { id } } }": typeof types.SetGuardrailsDocument,
    "mutation SetCachePolicy($input: SetCachePolicyInput!) { setCachePolicy(input: $input) { connection { id } } }": typeof types.SetCachePolicyDocument,
    "mutation InvalidateCache($input: InvalidateCacheInput!) { invalidateCache(input: $input) { removedEntries connectionId } }": typeof types.InvalidateCacheDocument,
    "query QuerySettings($id: ID!) {\n  workspace(id: $id) { querySettings { timeoutSeconds maxRows maxCacheTtlSeconds ownTimeoutSeconds ownMaxRows ownMaxCacheTtlSeconds } }\n}": typeof types.QuerySettingsDocument,
    "mutation UpdateQuerySettings($input: UpdateWorkspaceQuerySettingsInput!) {\n  updateWorkspaceQuerySettings(input: $input) { workspace { id } }\n}": typeof types.UpdateQuerySettingsDocument,
    "fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }": typeof types.DomainFieldsFragmentDoc,
    "query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }": typeof types.DomainsDocument,
    "mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }": typeof types.ClaimDomainDocument,
    "mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }": typeof types.VerifyDomainDocument,
    "mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }": typeof types.ReleaseDomainDocument,
    "query Files($id: ID!) { workspace(id: $id) { id name myRole files(first: 100) { edges { node { id name contentType size uploadedAt } } } } }": typeof types.FilesDocument,
    "mutation DeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": typeof types.DeleteFileDocument,
    "query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }": typeof types.MyInvitationsDocument,
    "mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {\n  acceptWorkspaceInvitation(input: $input) { invitation { id status } }\n}": typeof types.AcceptWorkspaceInvitationDocument,
    "mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {\n  declineWorkspaceInvitation(input: $input) { invitation { id status } }\n}": typeof types.DeclineWorkspaceInvitationDocument,
    "mutation InviteGuest($input: InviteGuestInput!) {\n  inviteGuest(input: $input) { invitation { id email access status expiresAt } }\n}": typeof types.InviteGuestDocument,
    "mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }": typeof types.LinkSingleSignOnDocument,
    "query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }": typeof types.SsoConfiguredDocument,
    "query WorkspaceInvitations($id: ID!) {\n  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }\n}": typeof types.WorkspaceInvitationsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) { invitation { id email role status expiresAt } }\n}": typeof types.InviteMemberDocument,
    "mutation RevokeInvitation($input: RevokeInvitationInput!) {\n  revokeInvitation(input: $input) { invitation { id status } }\n}": typeof types.RevokeInvitationDocument,
    "fragment MemberFields on Member { userId email role joinedAt }": typeof types.MemberFieldsFragmentDoc,
    "query Workspace($id: ID!) {\n  workspace(id: $id) { id name myRole members(first: 100) { edges { node { ...MemberFields } } } }\n}": typeof types.WorkspaceDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) { member { ...MemberFields } }\n}": typeof types.ChangeMemberRoleDocument,
    "mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId } }": typeof types.RemoveMemberDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }": typeof types.ResetPasswordDocument,
    "query Projects($id: ID!) { workspace(id: $id) { id name myRole projects(first: 100) { edges { node { id name myAccess defaultAccess } } } } }": typeof types.ProjectsDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id name myAccess defaultAccess } } }": typeof types.CreateProjectDocument,
    "query Project($id: ID!) { project(id: $id) {\n  id workspaceId name myAccess defaultAccess useCache\n  blocks { id connectionId sql position } shares { userId email access } connections { id name engine }\n} }": typeof types.ProjectDocument,
    "query Members($id: ID!) { workspace(id: $id) { members(first: 100) { edges { node { userId email } } } connections(first: 100) { edges { node { id name myAccess } } } } }": typeof types.MembersDocument,
    "mutation Share($input: ShareProjectInput!) { shareProject(input: $input) { project { id } } }": typeof types.ShareDocument,
    "mutation Attach($input: AttachConnectionInput!) { attachConnection(input: $input) { project { id } } }": typeof types.AttachDocument,
    "mutation Detach($input: DetachConnectionInput!) { detachConnection(input: $input) { project { id } } }": typeof types.DetachDocument,
    "mutation RenameProject($input: RenameProjectInput!) { renameProject(input: $input) { project { id name } } }": typeof types.RenameProjectDocument,
    "mutation DeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }": typeof types.DeleteProjectDocument,
    "mutation AddBlock($input: AddSqlBlockInput!) { addSqlBlock(input: $input) { block { id connectionId sql position } } }": typeof types.AddBlockDocument,
    "mutation RemoveBlock($input: RemoveSqlBlockInput!) { removeSqlBlock(input: $input) { removedBlockId } }": typeof types.RemoveBlockDocument,
    "mutation SetProjectCacheUse($input: SetProjectCacheUseInput!) { setProjectCacheUse(input: $input) { project { id useCache } } }": typeof types.SetProjectCacheUseDocument,
    "query Explain($u: ID!, $r: ID!, $a: String!) { explainAccess(userId: $u, resourceId: $r, action: $a) { allowed layer reason role projectAccess } }": typeof types.ExplainDocument,
    "fragment ExecutionFields on Execution { id status blockId connectionId columns { name type } rows(offset: 0, limit: 100)\n  rowCount bytes truncated cacheHit durationMs error rowsAvailable finishedAt }": typeof types.ExecutionFieldsFragmentDoc,
    "mutation ExecuteQuery($input: ExecuteQueryInput!) { executeQuery(input: $input) { execution { ...ExecutionFields } } }": typeof types.ExecuteQueryDocument,
    "query Execution($id: ID!) { execution(id: $id) { ...ExecutionFields } }": typeof types.ExecutionDocument,
    "query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) { execution(id: $id) { id rows(offset: $offset, limit: $limit) } }": typeof types.ExecutionRowsDocument,
    "mutation CancelExecution($input: CancelExecutionInput!) { cancelExecution(input: $input) { cancelled } }": typeof types.CancelExecutionDocument,
    "query RecentRuns($id: ID!) { me { id } project(id: $id) { id executions(first: 50) { edges { node {\n  id status rowCount durationMs cacheHit actorId blockId finishedAt rowsAvailable\n} } } } }": typeof types.RecentRunsDocument,
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
    "query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {\n  auditEvents(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n    edges { node { ...AuditEventFields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.AuditEventsDocument,
    "query AuditEvent($workspaceId: ID!, $sequence: Long!) {\n  auditEvent(workspaceId: $workspaceId, sequence: $sequence) { ...AuditEventFields }\n}": types.AuditEventDocument,
    "query AuditEventTypes($workspaceId: ID!) {\n  auditEventTypes(workspaceId: $workspaceId) { module types }\n}": types.AuditEventTypesDocument,
    "query AuditPeople($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id members(first: 500) { edges { node { userId email role } } } }\n}": types.AuditPeopleDocument,
    "query AuditProjects($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id name projects(first: 500) { edges { node { id name } } } }\n}": types.AuditProjectsDocument,
    "query AuditConnections($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id connections(first: 500) { edges { node { id name } } } }\n}": types.AuditConnectionsDocument,
    "query VerifyAuditChain($workspaceId: ID!) {\n  verifyAuditChain(workspaceId: $workspaceId) {\n    valid checkedEvents firstBrokenSequence headHash headPosition unanchoredEvents problem\n    checkpoint { position hash signedAt keyId signatureValid matches }\n  }\n}": types.VerifyAuditChainDocument,
    "mutation AnchorAuditChain($input: AnchorAuditChainInput!) {\n  anchorAuditChain(input: $input) { checkpoint { chainId position hash signedAt keyId algorithm signature } }\n}": types.AnchorAuditChainDocument,
    "query AuditActivity($workspaceId: ID!, $days: Int) {\n  auditActivity(workspaceId: $workspaceId, days: $days) { counts { day type events } countedThrough }\n}": types.AuditActivityDocument,
    "fragment AuditEventFields on AuditEvent { sequence type recordedAt actor { id kind email apiTokenId } streamId streamVersion data\n  ipAddress userAgent correlationId hash previousHash chainId chainPosition envelope metadata people { id kind email } }": types.AuditEventFieldsFragmentDoc,
    "mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }": types.SignInDocument,
    "mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }": types.CompleteSetupDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) { email workspaceName role projectName access invitedByEmail expiresAt status }\n}": types.InvitationPreviewDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }": types.AcceptInvitationDocument,
    "fragment ConnectionFields on Connection { id name engine host port database username sslMode allowMd5 perPersonCredentials myCredentials { username setAt } hasPassword credentialsFingerprint credentialsRotatedAt myAccess\n  guardrails { allowWrites timeoutSeconds maxRows maxBytes } cachePolicy { mode ttlSeconds } }": types.ConnectionFieldsFragmentDoc,
    "query WorkspaceConnections($id: ID!) {\n  workspace(id: $id) {\n    id name myRole\n    connections(first: 100) { edges { node { ...ConnectionFields } } }\n    members(first: 100) { edges { node { userId email } } }\n  }\n}": types.WorkspaceConnectionsDocument,
    "mutation CreateConnection($input: CreateConnectionInput!) {\n  createConnection(input: $input) { connection { ...ConnectionFields } }\n}": types.CreateConnectionDocument,
    "mutation UpdateCredentials($input: UpdateCredentialsInput!) {\n  updateConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": types.UpdateCredentialsDocument,
    "mutation SetMyConnectionCredentials($input: SetMyConnectionCredentialsInput!) {\n  setMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": types.SetMyConnectionCredentialsDocument,
    "mutation ClearMyConnectionCredentials($input: ClearMyConnectionCredentialsInput!) {\n  clearMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}": types.ClearMyConnectionCredentialsDocument,
    "mutation MoveConnection($input: MoveConnectionInput!) { moveConnection(input: $input) { connection { ...ConnectionFields } } }": types.MoveConnectionDocument,
    "mutation RenameConnection($input: RenameConnectionInput!) { renameConnection(input: $input) { connection { ...ConnectionFields } } }": types.RenameConnectionDocument,
    "mutation DeleteConnection($input: DeleteConnectionInput!) { deleteConnection(input: $input) { deletedConnectionId } }": types.DeleteConnectionDocument,
    "mutation TestConnection($input: TestConnectionInput!) { testConnection(input: $input) { success message } }": types.TestConnectionDocument,
    "query Grants($id: ID!) { connection(id: $id) { id grants(first: 100) { edges { node { userId email grantedAt } } } } }": types.GrantsDocument,
    "mutation Grant($input: ConnectionGrantInput!) { grantConnectionAccess(input: $input) { connection { id } } }": types.GrantDocument,
    "mutation Revoke($input: ConnectionGrantInput!) { revokeConnectionAccess(input: $input) { connection { id } } }": types.RevokeDocument,
    "mutation SetGuardrails($input: SetConnectionGuardrailsInput!) { setConnectionGuardrails(input: $input) { connection { id } } }": types.SetGuardrailsDocument,
    "mutation SetCachePolicy($input: SetCachePolicyInput!) { setCachePolicy(input: $input) { connection { id } } }": types.SetCachePolicyDocument,
    "mutation InvalidateCache($input: InvalidateCacheInput!) { invalidateCache(input: $input) { removedEntries connectionId } }": types.InvalidateCacheDocument,
    "query QuerySettings($id: ID!) {\n  workspace(id: $id) { querySettings { timeoutSeconds maxRows maxCacheTtlSeconds ownTimeoutSeconds ownMaxRows ownMaxCacheTtlSeconds } }\n}": types.QuerySettingsDocument,
    "mutation UpdateQuerySettings($input: UpdateWorkspaceQuerySettingsInput!) {\n  updateWorkspaceQuerySettings(input: $input) { workspace { id } }\n}": types.UpdateQuerySettingsDocument,
    "fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }": types.DomainFieldsFragmentDoc,
    "query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }": types.DomainsDocument,
    "mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }": types.ClaimDomainDocument,
    "mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }": types.VerifyDomainDocument,
    "mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }": types.ReleaseDomainDocument,
    "query Files($id: ID!) { workspace(id: $id) { id name myRole files(first: 100) { edges { node { id name contentType size uploadedAt } } } } }": types.FilesDocument,
    "mutation DeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": types.DeleteFileDocument,
    "query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }": types.MyInvitationsDocument,
    "mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {\n  acceptWorkspaceInvitation(input: $input) { invitation { id status } }\n}": types.AcceptWorkspaceInvitationDocument,
    "mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {\n  declineWorkspaceInvitation(input: $input) { invitation { id status } }\n}": types.DeclineWorkspaceInvitationDocument,
    "mutation InviteGuest($input: InviteGuestInput!) {\n  inviteGuest(input: $input) { invitation { id email access status expiresAt } }\n}": types.InviteGuestDocument,
    "mutation LinkSingleSignOn($input: LinkSingleSignOnInput!) { linkSingleSignOn(input: $input) { redirectUrl } }": types.LinkSingleSignOnDocument,
    "query SsoConfigured($id: ID!) { workspace(id: $id) { id sso { issuer } } }": types.SsoConfiguredDocument,
    "query WorkspaceInvitations($id: ID!) {\n  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }\n}": types.WorkspaceInvitationsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) { invitation { id email role status expiresAt } }\n}": types.InviteMemberDocument,
    "mutation RevokeInvitation($input: RevokeInvitationInput!) {\n  revokeInvitation(input: $input) { invitation { id status } }\n}": types.RevokeInvitationDocument,
    "fragment MemberFields on Member { userId email role joinedAt }": types.MemberFieldsFragmentDoc,
    "query Workspace($id: ID!) {\n  workspace(id: $id) { id name myRole members(first: 100) { edges { node { ...MemberFields } } } }\n}": types.WorkspaceDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) { member { ...MemberFields } }\n}": types.ChangeMemberRoleDocument,
    "mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId } }": types.RemoveMemberDocument,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }": types.ResetPasswordDocument,
    "query Projects($id: ID!) { workspace(id: $id) { id name myRole projects(first: 100) { edges { node { id name myAccess defaultAccess } } } } }": types.ProjectsDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id name myAccess defaultAccess } } }": types.CreateProjectDocument,
    "query Project($id: ID!) { project(id: $id) {\n  id workspaceId name myAccess defaultAccess useCache\n  blocks { id connectionId sql position } shares { userId email access } connections { id name engine }\n} }": types.ProjectDocument,
    "query Members($id: ID!) { workspace(id: $id) { members(first: 100) { edges { node { userId email } } } connections(first: 100) { edges { node { id name myAccess } } } } }": types.MembersDocument,
    "mutation Share($input: ShareProjectInput!) { shareProject(input: $input) { project { id } } }": types.ShareDocument,
    "mutation Attach($input: AttachConnectionInput!) { attachConnection(input: $input) { project { id } } }": types.AttachDocument,
    "mutation Detach($input: DetachConnectionInput!) { detachConnection(input: $input) { project { id } } }": types.DetachDocument,
    "mutation RenameProject($input: RenameProjectInput!) { renameProject(input: $input) { project { id name } } }": types.RenameProjectDocument,
    "mutation DeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }": types.DeleteProjectDocument,
    "mutation AddBlock($input: AddSqlBlockInput!) { addSqlBlock(input: $input) { block { id connectionId sql position } } }": types.AddBlockDocument,
    "mutation RemoveBlock($input: RemoveSqlBlockInput!) { removeSqlBlock(input: $input) { removedBlockId } }": types.RemoveBlockDocument,
    "mutation SetProjectCacheUse($input: SetProjectCacheUseInput!) { setProjectCacheUse(input: $input) { project { id useCache } } }": types.SetProjectCacheUseDocument,
    "query Explain($u: ID!, $r: ID!, $a: String!) { explainAccess(userId: $u, resourceId: $r, action: $a) { allowed layer reason role projectAccess } }": types.ExplainDocument,
    "fragment ExecutionFields on Execution { id status blockId connectionId columns { name type } rows(offset: 0, limit: 100)\n  rowCount bytes truncated cacheHit durationMs error rowsAvailable finishedAt }": types.ExecutionFieldsFragmentDoc,
    "mutation ExecuteQuery($input: ExecuteQueryInput!) { executeQuery(input: $input) { execution { ...ExecutionFields } } }": types.ExecuteQueryDocument,
    "query Execution($id: ID!) { execution(id: $id) { ...ExecutionFields } }": types.ExecutionDocument,
    "query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) { execution(id: $id) { id rows(offset: $offset, limit: $limit) } }": types.ExecutionRowsDocument,
    "mutation CancelExecution($input: CancelExecutionInput!) { cancelExecution(input: $input) { cancelled } }": types.CancelExecutionDocument,
    "query RecentRuns($id: ID!) { me { id } project(id: $id) { id executions(first: 50) { edges { node {\n  id status rowCount durationMs cacheHit actorId blockId finishedAt rowsAvailable\n} } } } }": types.RecentRunsDocument,
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
export function graphql(source: "query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {\n  auditEvents(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n    edges { node { ...AuditEventFields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvent($workspaceId: ID!, $sequence: Long!) {\n  auditEvent(workspaceId: $workspaceId, sequence: $sequence) { ...AuditEventFields }\n}"): typeof import('./graphql').AuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventTypes($workspaceId: ID!) {\n  auditEventTypes(workspaceId: $workspaceId) { module types }\n}"): typeof import('./graphql').AuditEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditPeople($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id members(first: 500) { edges { node { userId email role } } } }\n}"): typeof import('./graphql').AuditPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditProjects($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id name projects(first: 500) { edges { node { id name } } } }\n}"): typeof import('./graphql').AuditProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditConnections($workspaceId: ID!) {\n  workspace(id: $workspaceId) { id connections(first: 500) { edges { node { id name } } } }\n}"): typeof import('./graphql').AuditConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyAuditChain($workspaceId: ID!) {\n  verifyAuditChain(workspaceId: $workspaceId) {\n    valid checkedEvents firstBrokenSequence headHash headPosition unanchoredEvents problem\n    checkpoint { position hash signedAt keyId signatureValid matches }\n  }\n}"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnchorAuditChain($input: AnchorAuditChainInput!) {\n  anchorAuditChain(input: $input) { checkpoint { chainId position hash signedAt keyId algorithm signature } }\n}"): typeof import('./graphql').AnchorAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActivity($workspaceId: ID!, $days: Int) {\n  auditActivity(workspaceId: $workspaceId, days: $days) { counts { day type events } countedThrough }\n}"): typeof import('./graphql').AuditActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEventFields on AuditEvent { sequence type recordedAt actor { id kind email apiTokenId } streamId streamVersion data\n  ipAddress userAgent correlationId hash previousHash chainId chainPosition envelope metadata people { id kind email } }"): typeof import('./graphql').AuditEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id email } } }"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteSetup($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id email } } }"): typeof import('./graphql').CompleteSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) { email workspaceName role projectName access invitedByEmail expiresAt status }\n}"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } } }"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConnectionFields on Connection { id name engine host port database username sslMode allowMd5 perPersonCredentials myCredentials { username setAt } hasPassword credentialsFingerprint credentialsRotatedAt myAccess\n  guardrails { allowWrites timeoutSeconds maxRows maxBytes } cachePolicy { mode ttlSeconds } }"): typeof import('./graphql').ConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceConnections($id: ID!) {\n  workspace(id: $id) {\n    id name myRole\n    connections(first: 100) { edges { node { ...ConnectionFields } } }\n    members(first: 100) { edges { node { userId email } } }\n  }\n}"): typeof import('./graphql').WorkspaceConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateConnection($input: CreateConnectionInput!) {\n  createConnection(input: $input) { connection { ...ConnectionFields } }\n}"): typeof import('./graphql').CreateConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCredentials($input: UpdateCredentialsInput!) {\n  updateConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}"): typeof import('./graphql').UpdateCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyConnectionCredentials($input: SetMyConnectionCredentialsInput!) {\n  setMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}"): typeof import('./graphql').SetMyConnectionCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClearMyConnectionCredentials($input: ClearMyConnectionCredentialsInput!) {\n  clearMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }\n}"): typeof import('./graphql').ClearMyConnectionCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveConnection($input: MoveConnectionInput!) { moveConnection(input: $input) { connection { ...ConnectionFields } } }"): typeof import('./graphql').MoveConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameConnection($input: RenameConnectionInput!) { renameConnection(input: $input) { connection { ...ConnectionFields } } }"): typeof import('./graphql').RenameConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteConnection($input: DeleteConnectionInput!) { deleteConnection(input: $input) { deletedConnectionId } }"): typeof import('./graphql').DeleteConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestConnection($input: TestConnectionInput!) { testConnection(input: $input) { success message } }"): typeof import('./graphql').TestConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Grants($id: ID!) { connection(id: $id) { id grants(first: 100) { edges { node { userId email grantedAt } } } } }"): typeof import('./graphql').GrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Grant($input: ConnectionGrantInput!) { grantConnectionAccess(input: $input) { connection { id } } }"): typeof import('./graphql').GrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Revoke($input: ConnectionGrantInput!) { revokeConnectionAccess(input: $input) { connection { id } } }"): typeof import('./graphql').RevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGuardrails($input: SetConnectionGuardrailsInput!) { setConnectionGuardrails(input: $input) { connection { id } } }"): typeof import('./graphql').SetGuardrailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCachePolicy($input: SetCachePolicyInput!) { setCachePolicy(input: $input) { connection { id } } }"): typeof import('./graphql').SetCachePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvalidateCache($input: InvalidateCacheInput!) { invalidateCache(input: $input) { removedEntries connectionId } }"): typeof import('./graphql').InvalidateCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuerySettings($id: ID!) {\n  workspace(id: $id) { querySettings { timeoutSeconds maxRows maxCacheTtlSeconds ownTimeoutSeconds ownMaxRows ownMaxCacheTtlSeconds } }\n}"): typeof import('./graphql').QuerySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateQuerySettings($input: UpdateWorkspaceQuerySettingsInput!) {\n  updateWorkspaceQuerySettings(input: $input) { workspace { id } }\n}"): typeof import('./graphql').UpdateQuerySettingsDocument;
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
export function graphql(source: "query Files($id: ID!) { workspace(id: $id) { id name myRole files(first: 100) { edges { node { id name contentType size uploadedAt } } } } }"): typeof import('./graphql').FilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }"): typeof import('./graphql').DeleteFileDocument;
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
export function graphql(source: "fragment MemberFields on Member { userId email role joinedAt }"): typeof import('./graphql').MemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Workspace($id: ID!) {\n  workspace(id: $id) { id name myRole members(first: 100) { edges { node { ...MemberFields } } } }\n}"): typeof import('./graphql').WorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) { member { ...MemberFields } }\n}"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId } }"): typeof import('./graphql').RemoveMemberDocument;
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
export function graphql(source: "query Projects($id: ID!) { workspace(id: $id) { id name myRole projects(first: 100) { edges { node { id name myAccess defaultAccess } } } } }"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id name myAccess defaultAccess } } }"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Project($id: ID!) { project(id: $id) {\n  id workspaceId name myAccess defaultAccess useCache\n  blocks { id connectionId sql position } shares { userId email access } connections { id name engine }\n} }"): typeof import('./graphql').ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Members($id: ID!) { workspace(id: $id) { members(first: 100) { edges { node { userId email } } } connections(first: 100) { edges { node { id name myAccess } } } } }"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Share($input: ShareProjectInput!) { shareProject(input: $input) { project { id } } }"): typeof import('./graphql').ShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Attach($input: AttachConnectionInput!) { attachConnection(input: $input) { project { id } } }"): typeof import('./graphql').AttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Detach($input: DetachConnectionInput!) { detachConnection(input: $input) { project { id } } }"): typeof import('./graphql').DetachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameProject($input: RenameProjectInput!) { renameProject(input: $input) { project { id name } } }"): typeof import('./graphql').RenameProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }"): typeof import('./graphql').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddBlock($input: AddSqlBlockInput!) { addSqlBlock(input: $input) { block { id connectionId sql position } } }"): typeof import('./graphql').AddBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveBlock($input: RemoveSqlBlockInput!) { removeSqlBlock(input: $input) { removedBlockId } }"): typeof import('./graphql').RemoveBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProjectCacheUse($input: SetProjectCacheUseInput!) { setProjectCacheUse(input: $input) { project { id useCache } } }"): typeof import('./graphql').SetProjectCacheUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Explain($u: ID!, $r: ID!, $a: String!) { explainAccess(userId: $u, resourceId: $r, action: $a) { allowed layer reason role projectAccess } }"): typeof import('./graphql').ExplainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExecutionFields on Execution { id status blockId connectionId columns { name type } rows(offset: 0, limit: 100)\n  rowCount bytes truncated cacheHit durationMs error rowsAvailable finishedAt }"): typeof import('./graphql').ExecutionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExecuteQuery($input: ExecuteQueryInput!) { executeQuery(input: $input) { execution { ...ExecutionFields } } }"): typeof import('./graphql').ExecuteQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Execution($id: ID!) { execution(id: $id) { ...ExecutionFields } }"): typeof import('./graphql').ExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) { execution(id: $id) { id rows(offset: $offset, limit: $limit) } }"): typeof import('./graphql').ExecutionRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelExecution($input: CancelExecutionInput!) { cancelExecution(input: $input) { cancelled } }"): typeof import('./graphql').CancelExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentRuns($id: ID!) { me { id } project(id: $id) { id executions(first: 50) { edges { node {\n  id status rowCount durationMs cacheHit actorId blockId finishedAt rowsAvailable\n} } } } }"): typeof import('./graphql').RecentRunsDocument;
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
