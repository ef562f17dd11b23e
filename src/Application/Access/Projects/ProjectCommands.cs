using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

public sealed record RenameProjectCommand(ProjectId ProjectId, string Name) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class RenameProjectCommandValidator : AbstractValidator<RenameProjectCommand>
{
    public RenameProjectCommandValidator() =>
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).MaximumLength(Project.MaxNameLength);
}

internal sealed class RenameProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RenameProjectCommand, bool>
{
    public async ValueTask<bool> Handle(RenameProjectCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.Rename(command.Name, clock.GetUtcNow());
            return true;
        }, ct);
}

/// <summary>Only FULL_ACCESS deletes (ADMINs always have it).</summary>
public sealed record DeleteProjectCommand(ProjectId ProjectId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}

internal sealed class DeleteProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DeleteProjectCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteProjectCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.Delete(clock.GetUtcNow());
            return true;
        }, ct);
}

/// <summary>Only FULL_ACCESS shares; the person must be a member of the project's workspace. NONE unshares.</summary>
public sealed record ShareProjectCommand(ProjectId ProjectId, UserId UserId, ProjectAccess Access) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}

internal sealed class ShareProjectCommandValidator : AbstractValidator<ShareProjectCommand>
{
    public ShareProjectCommandValidator() => RuleFor(c => c.Access).IsInEnum();
}

internal sealed class ShareProjectCommandHandler(IEventStore events, IAccessFacts facts, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ShareProjectCommand, bool>
{
    public async ValueTask<bool> Handle(ShareProjectCommand command, CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(command.ProjectId, ct);
        if (await facts.GetRoleAsync(project.WorkspaceId, command.UserId, ct) is null)
        {
            throw new NotFoundException($"User {command.UserId} is not a member of this workspace.");
        }

        if (project.Share(command.UserId, command.Access, actor.RequireUser(),
                clock.GetUtcNow()))
        {
            await events.SaveAsync(project, ct);
        }

        return true;
    }
}

/// <summary>EDIT and above, and only with a data-access grant on the connection (of the same workspace).</summary>
public sealed record AttachConnectionCommand(ProjectId ProjectId, ConnectionId ConnectionId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class AttachConnectionCommandHandler(IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<AttachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(AttachConnectionCommand command, CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(command.ProjectId, ct);
        var user = actor.RequireUser();
        if (await facts.GetConnectionWorkspaceAsync(command.ConnectionId, ct) != project.WorkspaceId)
        {
            throw new NotFoundException($"Connection {command.ConnectionId} was not found.");
        }

        if (!await facts.HasGrantAsync(command.ConnectionId, user, ct))
        {
            throw new ForbiddenException("you need a data-access grant on this connection to attach it");
        }

        if (project.AttachConnection(command.ConnectionId, clock.GetUtcNow())) await events.SaveAsync(project, ct);
        return true;
    }
}

public sealed record DetachConnectionCommand(ProjectId ProjectId, ConnectionId ConnectionId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class DetachConnectionCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DetachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DetachConnectionCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.DetachConnection(command.ConnectionId, clock.GetUtcNow()), ct);
}

public sealed record AddSqlBlockCommand(ProjectId ProjectId, ConnectionId ConnectionId, string Sql) : ICommand<BlockId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class AddSqlBlockCommandValidator : AbstractValidator<AddSqlBlockCommand>
{
    public AddSqlBlockCommandValidator() => RuleFor(c => c.Sql).NotEmpty().MaximumLength(Project.MaxSqlLength);
}

internal sealed class AddSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<AddSqlBlockCommand, BlockId>
{
    public async ValueTask<BlockId> Handle(AddSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.AddSqlBlock(command.ConnectionId, command.Sql, clock.GetUtcNow()), ct);
}

public sealed record UpdateSqlBlockCommand(ProjectId ProjectId, BlockId BlockId, ConnectionId ConnectionId, string Sql)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class UpdateSqlBlockCommandValidator : AbstractValidator<UpdateSqlBlockCommand>
{
    public UpdateSqlBlockCommandValidator() => RuleFor(c => c.Sql).NotEmpty().MaximumLength(Project.MaxSqlLength);
}

internal sealed class UpdateSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.UpdateSqlBlock(command.BlockId, command.ConnectionId, command.Sql, clock.GetUtcNow());
            return true;
        }, ct);
}

public sealed record RemoveSqlBlockCommand(ProjectId ProjectId, BlockId BlockId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.Edit);
}

internal sealed class RemoveSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RemoveSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.RemoveSqlBlock(command.BlockId, clock.GetUtcNow());
            return true;
        }, ct);
}

/// <summary>The project's "use cache" switch (on by default): off, its runs never read or fill the result cache,
/// whatever the connections' policies say. FULL_ACCESS decides it.</summary>
public sealed record SetProjectCacheUseCommand(ProjectId ProjectId, bool UseCache) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}

internal sealed class SetProjectCacheUseCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<SetProjectCacheUseCommand, bool>
{
    public async ValueTask<bool> Handle(SetProjectCacheUseCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.SetCacheUse(command.UseCache, clock.GetUtcNow()), ct);
}
