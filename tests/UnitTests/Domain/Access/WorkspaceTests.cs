using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Domain.Access;

public sealed class WorkspaceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly UserId _owner = UserId.New();

    [Fact]
    public void Create_MakesTheCreatorTheOnlyAdmin()
    {
        var workspace = Workspace.Create("  Data team  ", _owner, Now);

        Assert.Equal("Data team", workspace.Name);
        Assert.Equal(WorkspaceRole.Admin, Assert.Single(workspace.Members).Value);
        Assert.IsType<WorkspaceCreated>(Assert.Single(workspace.PendingEvents));
        Assert.Equal(1, workspace.Version);
    }

    [Fact]
    public void ChangeRole_OfTheLastAdmin_ThrowsAndRecordsNothing()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));

        Assert.Throws<LastAdminException>(() => workspace.ChangeRole(_owner, WorkspaceRole.Editor, _owner, Now));
        Assert.Throws<LastAdminException>(() => workspace.Remove(_owner, _owner, Now));
        Assert.Empty(workspace.PendingEvents);
    }

    [Fact]
    public void ChangeRole_OfAnAdmin_IsAllowedWhileAnotherAdminRemains()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));
        var second = UserId.New();
        workspace.Invite(second, WorkspaceRole.Admin, _owner, Now);

        Assert.True(workspace.ChangeRole(_owner, WorkspaceRole.Viewer, second, Now));
        Assert.Throws<LastAdminException>(() => workspace.Remove(second, second, Now));
    }

    [Fact]
    public void ChangeRole_ToTheSameRole_RecordsNothing()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));

        Assert.False(workspace.ChangeRole(_owner, WorkspaceRole.Admin, _owner, Now));
        Assert.Empty(workspace.PendingEvents);
    }

    [Fact]
    public void Invite_AnExistingMember_Throws_AndRemovingAStranger_Throws()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));

        Assert.Throws<AlreadyMemberException>(() => workspace.Invite(_owner, WorkspaceRole.Viewer, _owner, Now));
        Assert.Throws<NotAMemberException>(() => workspace.Remove(UserId.New(), _owner, Now));
    }

    [Fact]
    public void Replay_OfTheRecordedEvents_RebuildsTheSameState()
    {
        var original = Workspace.Create("W", _owner, Now);
        var editor = UserId.New();
        original.Invite(editor, WorkspaceRole.Editor, _owner, Now);
        original.ChangeRole(editor, WorkspaceRole.Auditor, _owner, Now);

        var replayed = new Workspace();
        foreach (var e in original.PendingEvents) replayed.Replay(e);

        Assert.Equal(original.Members, replayed.Members);
        Assert.Equal(original.Id, replayed.Id);
        Assert.Equal(3, replayed.Version);
        Assert.Empty(replayed.PendingEvents);
    }

    private static Workspace Committed(Workspace workspace)
    {
        workspace.MarkCommitted();
        return workspace;
    }
}
