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
