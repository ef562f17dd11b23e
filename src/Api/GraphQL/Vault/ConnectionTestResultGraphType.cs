using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionTestResultGraphType : ObjectGraphType<Application.Abstractions.ConnectionCheck>
{
    public ConnectionTestResultGraphType()
    {
        Name = "ConnectionTestResult";
        Field(r => r.Success);
        Field(r => r.Message).Description("The driver's message, with the password scrubbed.");
    }
}
