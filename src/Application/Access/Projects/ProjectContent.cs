using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects;

public sealed record ProjectContent(IReadOnlyList<ProjectBlockDto> Blocks, IReadOnlyList<ProjectShareDto> Shares);
