using Deepnote.IntegrationTests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.GraphQL;

/// <summary>The API's one shape (docs/api.md): every mutation takes nothing or one <c>input</c> object and returns a
/// payload object; every list of objects is a Relay connection, except the few named here with the reason.</summary>
public sealed class SchemaConventionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>Lists that are parts of one object, returned whole, not collections to page through.</summary>
    private static readonly HashSet<string> WholeLists =
    [
        "Project.blocks", "Project.shares", "Project.connections", // a project's content (one document)
        "Execution.columns", // a result's shape
        "User.invitations", "Workspace.invitations", "Workspace.domains", // short lists, capped by their readers
        "AuditActivity.counts", // one overview: at most 366 days times the event types, capped by `days`
        "AuditEvent.people", // the ids one event names: bounded by the event's own data
        "Query.auditEventTypes", // the modules of the code, each with the event types it declares: fixed by the build
    ];

    [Fact]
    public void EveryMutation_TakesNothingOrOneInput_AndReturnsAPayloadObject()
    {
        var schema = Served();

        var offenders = schema.Mutation!.Fields
            .Where(f => f.Arguments is { Count: > 0 } args && (args.Count > 1 || args[0].Name != "input"
                || args[0].ResolvedType is not NonNullGraphType { ResolvedType: IInputObjectGraphType })
                || f.Name != "signOut" && NonNull(f.ResolvedType!) is not IObjectGraphType)
            .Select(f => f.Name)
            .ToList();

        Assert.True(schema.Mutation.Fields.Count > 40);
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryListOfObjects_IsARelayConnection()
    {
        var schema = Served();

        var offenders = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsRelayConnection(t))
            .SelectMany(t => t.Fields.Select(f => (Type: t, Field: f)))
            .Where(x => ListOf(x.Field.ResolvedType!) is IObjectGraphType && !WholeLists.Contains($"{x.Type.Name}.{x.Field.Name}"))
            .Select(x => $"{x.Type.Name}.{x.Field.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    private ISchema Served()
    {
        var schema = api.App.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>A Relay connection type: <c>edges</c> and <c>pageInfo</c> (its edges are the one list it may hold).</summary>
    private static bool IsRelayConnection(IObjectGraphType type) =>
        type.GetField("edges") is not null && type.GetField("pageInfo") is not null;

    private static IGraphType NonNull(IGraphType type) => type is NonNullGraphType n ? n.ResolvedType! : type;

    private static IGraphType Unwrapped(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrapped(n.ResolvedType!),
        ListGraphType l => Unwrapped(l.ResolvedType!),
        _ => type,
    };

    private static IGraphType? ListOf(IGraphType type) => type switch
    {
        NonNullGraphType n => ListOf(n.ResolvedType!),
        ListGraphType l => Unwrapped(l.ResolvedType!),
        _ => null,
    };
}
