using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.Access.Workspaces.Invitations;
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
        Join(workspace, second, "second@corp.test", WorkspaceRole.Admin);

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

        Assert.Throws<AlreadyMemberException>(() => workspace.InviteMember(AddressId.New(), WorkspaceRole.Viewer, _owner, _owner, Now));
        Assert.Throws<NotAMemberException>(() => workspace.Remove(UserId.New(), _owner, Now));
    }

    [Fact]
    public void Replay_OfTheRecordedEvents_RebuildsTheSameState()
    {
        var original = Workspace.Create("W", _owner, Now);
        var editor = UserId.New();
        Join(original, editor, "editor@corp.test", WorkspaceRole.Editor);
        original.ChangeRole(editor, WorkspaceRole.Auditor, _owner, Now);
        original.ClaimDomain("Corp.Test", _owner, Now);
        original.VerifyDomain("corp.test", "dns", _owner, Now);

        var replayed = new Workspace();
        foreach (var e in original.PendingEvents) replayed.Replay(e);

        Assert.Equal(original.Members, replayed.Members);
        Assert.Equal(original.Id, replayed.Id);
        Assert.Equal(original.Domains, replayed.Domains);
        Assert.Equal(7, replayed.Version);
        Assert.Empty(replayed.PendingEvents);
    }

    [Fact]
    public void AnInvitation_MakesNobodyAMember_UntilTheInvitedAddressAccepts()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));
        var address = AddressId.New();
        var invitation = workspace.InviteMember(address, WorkspaceRole.Editor, null, _owner, Now);
        var bob = UserId.New();

        Assert.Single(workspace.Members);
        Assert.Equal(address, invitation.Address);
        var issued = Assert.IsType<InvitationIssued>(Assert.Single(workspace.PendingEvents));
        Assert.Null(issued.Email); // the log names the address by its id only
        Assert.Throws<InvitationNotFoundException>(() =>
            workspace.Accept(invitation.Id, UserId.New(), AddressId.New(), "eve@corp.test", Now));
        Assert.Throws<InvitationNotFoundException>(() => workspace.Accept(invitation.Id, UserId.New(), null, "bob@corp.test", Now));
        Assert.Throws<InvitationNotFoundException>(() =>
            workspace.Accept(invitation.Id, bob, address, "bob@corp.test", Now + Workspace.InvitationLifetime));

        workspace.Accept(invitation.Id, bob, address, "bob@corp.test", Now);

        Assert.Equal(WorkspaceRole.Editor, workspace.Members[bob]);
        Assert.Throws<InvitationNotFoundException>(() => workspace.Accept(invitation.Id, bob, address, "bob@corp.test", Now));
    }

    [Fact]
    public void AnInvitationRecordedWithItsAddress_BeforeAddressesLeftTheLog_IsStillAnsweredByThatAddress()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));
        var legacy = new InvitationIssued(workspace.Id, Guid.NewGuid(), "bob@corp.test", WorkspaceRole.Viewer, null, null,
            _owner, Now + Workspace.InvitationLifetime, Now);
        workspace.Replay(legacy);
        var bob = UserId.New();

        Assert.Throws<InvitationNotFoundException>(() => workspace.Accept(legacy.InvitationId, bob, null, "eve@corp.test", Now));
        workspace.Accept(legacy.InvitationId, bob, AddressId.New(), "BOB@corp.test", Now);

        Assert.Equal(WorkspaceRole.Viewer, workspace.Members[bob]);
    }

    [Fact]
    public void ANewInvitation_SupersedesThePendingOne_AndADeclinedOneCannotBeAccepted()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));
        var bob = AddressId.New();
        var first = workspace.InviteMember(bob, WorkspaceRole.Admin, null, _owner, Now);
        var other = workspace.InviteMember(AddressId.New(), WorkspaceRole.Admin, null, _owner, Now);
        var second = workspace.InviteMember(bob, WorkspaceRole.Viewer, null, _owner, Now);

        Assert.Throws<InvitationNotFoundException>(() => workspace.Accept(first.Id, UserId.New(), bob, "bob@corp.test", Now));
        workspace.Decline(second.Id, UserId.New(), bob, "bob@corp.test", Now);
        Assert.Throws<InvitationNotFoundException>(() => workspace.Accept(second.Id, UserId.New(), bob, "bob@corp.test", Now));
        Assert.Equal(other, Assert.Single(workspace.PendingInvitations));
        Assert.Single(workspace.Members);
    }

    [Fact]
    public void ADomain_IsOwnedOnlyOnceVerified_AndReleasingForgetsIt()
    {
        var workspace = Committed(Workspace.Create("W", _owner, Now));

        var claim = workspace.ClaimDomain("Corp.Test.", _owner, Now);
        Assert.Equal("corp.test", claim.Domain);
        Assert.False(claim.Verified);
        Assert.StartsWith("deepnote-verification=", claim.TxtRecordValue, StringComparison.Ordinal);
        Assert.Equal("_deepnote.corp.test", claim.TxtRecordName);
        Assert.Same(claim, workspace.ClaimDomain("corp.test", _owner, Now));

        Assert.Throws<DomainNotClaimedException>(() => workspace.VerifyDomain("other.test", "dns", _owner, Now));
        Assert.True(workspace.VerifyDomain("corp.test", "dns", _owner, Now));
        Assert.False(workspace.VerifyDomain("corp.test", "dns", _owner, Now));
        Assert.True(workspace.DomainClaim("corp.test").Verified);

        workspace.ReleaseDomain("corp.test", _owner, Now);
        Assert.Empty(workspace.Domains);
        Assert.Throws<DomainNameException>(() => workspace.ClaimDomain("not a domain", _owner, Now));
        Assert.Throws<DomainNameException>(() => workspace.ClaimDomain("com", _owner, Now));
    }

    private void Join(Workspace workspace, UserId user, string email, WorkspaceRole role)
    {
        var address = AddressId.New();
        workspace.Accept(workspace.InviteMember(address, role, null, _owner, Now).Id, user, address, email, Now);
    }

    private static Workspace Committed(Workspace workspace)
    {
        workspace.MarkCommitted();
        return workspace;
    }
}
