using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;

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
