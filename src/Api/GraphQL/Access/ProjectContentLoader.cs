using System.Collections.Concurrent;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>The data loader of a project's content within one GraphQL request: <c>blocks</c> and <c>shares</c> (and
/// the same project reached twice) share one fetch. Lives in the request's user context, so nothing outlives the
/// request or crosses to another caller.</summary>
public sealed class ProjectContentLoader
{
    private readonly ConcurrentDictionary<ProjectId, Lazy<Task<ProjectContent>>> _loaded = new();

    public static ProjectContentLoader Of(IResolveFieldContext context) =>
        ((GraphQLUserContext)context.UserContext).Loader<ProjectContentLoader>();

    /// <summary>In a mutation, every read is fresh (an earlier mutation of the same request may have changed it).</summary>
    public Task<ProjectContent> LoadAsync(IResolveFieldContext context, ProjectId project) =>
        context.Operation.Operation == GraphQLParser.AST.OperationType.Mutation
            ? context.SendAsync(new GetProjectContentQuery(project))
            : _loaded.GetOrAdd(project, id => new Lazy<Task<ProjectContent>>(() => context.SendAsync(new GetProjectContentQuery(id))))
            .Value;
}
