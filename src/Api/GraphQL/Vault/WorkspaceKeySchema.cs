using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;
using Deepnote.Application.Vault.Keys.GetWorkspaceKey;
using Deepnote.Application.Vault.Keys.RotateWorkspaceKey;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>The workspace key: rotating it (a job re-wraps every data key) and destroying it (crypto-shredding).</summary>
public static class WorkspaceKeySchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WorkspaceKeyPayloadGraphType>>("destroyWorkspaceKey")
            .Description("Crypto-shredding: deletes every version of the workspace key. Irreversible; confirm with the workspace id.")
            .Input("DestroyWorkspaceKeyInput", i => i.Required<IdGraphType>("workspaceId")
                .Required<StringGraphType>("confirm", "The workspace id again."))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var workspace = new WorkspaceId(i.Id("workspaceId"));
                await c.SendAsync(new DestroyWorkspaceKeyCommand(workspace, i.String("confirm")));
                return await c.SendAsync(new GetWorkspaceKeyQuery(workspace));
            });

        mutation.Mutate<RotateWorkspaceKeyPayloadGraphType, RotateWorkspaceKeyInputGraphType, RotateWorkspaceKeyInput>("rotateWorkspaceKey", async (c, i) =>
            {
                var workspace = new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId"));
                await c.SendAsync(new RotateWorkspaceKeyCommand(workspace, string.IsNullOrWhiteSpace(i.KeyId) ? null : i.KeyId.Trim()));
                return (await c.SendAsync(new GetWorkspaceKeyQuery(workspace)))!.Rotation;
            })
            .Description("Makes a new version of the workspace key and re-wraps every data key under it in a job.");
    }
}
