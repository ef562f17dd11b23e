namespace Deepnote.Application.Access.Projects;

public sealed record ProjectContent(IReadOnlyList<ProjectBlockDto> Blocks, IReadOnlyList<ProjectShareDto> Shares);
