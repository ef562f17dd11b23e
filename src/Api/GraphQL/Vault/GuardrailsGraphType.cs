using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class GuardrailsGraphType : ObjectGraphType<ConnectionGuardrails>
{
    public GuardrailsGraphType()
    {
        Name = "Guardrails";
        Field(g => g.AllowWrites).Description("False: every query runs in a read-only transaction.");
        Field(g => g.TimeoutSeconds, nullable: true).Description("Null: the workspace default.");
        Field(g => g.MaxRows, nullable: true);
        Field<FloatGraphType>("maxBytes").Resolve(c => (double?)c.Source.MaxBytes);
    }
}
