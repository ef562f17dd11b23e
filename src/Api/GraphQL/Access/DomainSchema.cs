using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Domains.ClaimDomain;
using Deepnote.Application.Access.Domains.ReleaseDomain;
using Deepnote.Application.Access.Domains.VerifyDomain;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>E-mail domains a workspace claims and proves by DNS (ADMIN).</summary>
public static class DomainSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DomainPayloadGraphType>>("claimDomain")
            .Description("ADMIN: claims an e-mail domain; the answer names the DNS TXT record that proves it.")
            .Input("ClaimDomainInput", DomainInput)
            .ResolveAsync(async c => await c.SendAsync(new ClaimDomainCommand(Workspace(c), c.Input().String("domain"))));

        mutation.Field<NonNullGraphType<DomainPayloadGraphType>>("verifyDomain")
            .Description("ADMIN: looks the TXT record up now. Not found yet: VALIDATION_FAILED on `domain`; "
                + "verified by another workspace: CONFLICT.")
            .Input("VerifyDomainInput", DomainInput)
            .ResolveAsync(async c => await c.SendAsync(new VerifyDomainCommand(Workspace(c), c.Input().String("domain"))));

        mutation.Field("releaseDomain", MutationFields.StringPayload("ReleaseDomainPayload", "releasedDomain"))
            .Description("ADMIN: gives a domain up; single sign-on and its enforcement stop covering it.")
            .Input("ReleaseDomainInput", DomainInput)
            .ResolveAsync(async c => await c.SendAsync(new ReleaseDomainCommand(Workspace(c), c.Input().String("domain"))));
    }

    private static void DomainInput(InputObjectGraphType input) =>
        input.Required<IdGraphType>("workspaceId").Required<StringGraphType>("domain", "e.g. corp.example");

    private static WorkspaceId Workspace(IResolveFieldContext c) => new(c.Input().Id("workspaceId"));

}
