using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>Issue 14, item 4: events are stored under names of their own, not their class names, so the immutable
/// log stays readable whatever the classes are called later.</summary>
public sealed class EventNameTests
{
    /// <summary>Every name any event was ever stored under. Names are only ever added here: removing or changing one
    /// would leave stored events unreadable.</summary>
    private static readonly string[] StoredNames =
    [
        "AccessDenied",
        "AccessDeniedSuppressed",
        "AddressErased",
        "ApiTokenCreated",
        "ApiTokenRevoked",
        "AuditExported",
        "CacheInvalidated",
        "CachePolicySet",
        "ConnectionAccessGranted",
        "ConnectionAccessRevoked",
        "ConnectionCreated",
        "ConnectionCredentialsUpdated",
        "ConnectionDeleted",
        "ConnectionGuardrailsChanged",
        "ConnectionMoved",
        "ConnectionRenamed",
        "DomainClaimed",
        "DomainReleased",
        "DomainVerified",
        "FileDownloaded",
        "FileDeleted",
        "FileUploaded",
        "InvitationAccepted",
        "InvitationDeclined",
        "InvitationIssued",
        "InvitationRevoked",
        "KeyProviderUnavailable",
        "MemberCredentialChanged",
        "MemberInvited",
        "MemberRemoved",
        "MemberRoleChanged",
        "MemberSessionEnded",
        "MemberSignInFailed",
        "MemberSignedIn",
        "PasswordChanged",
        "PasswordResetCompleted",
        "PasswordResetRequested",
        "PersonalCredentialsCleared",
        "PersonalCredentialsSet",
        "ProjectCacheUseChanged",
        "ProjectConnectionAttached",
        "ProjectConnectionDetached",
        "ProjectCreated",
        "ProjectDeleted",
        "ProjectGuestAdded",
        "ProjectRenamed",
        "ProjectShared",
        "QueryCancelled",
        "QueryExecuted",
        "QueryFailed",
        "SecretUnwrapped",
        "SessionEnded",
        "SignInFailed",
        "SignUpRequested",
        "SignedUp",
        "SqlBlockAdded",
        "SqlBlockRemoved",
        "SqlBlockUpdated",
        "SsoLinked",
        "UserActivated",
        "UserRegistered",
        "UserSignedIn",
        "WorkspaceCreated",
        "WorkspaceKeyCreated",
        "WorkspaceKeyDestroyed",
        "WorkspaceKeyRotationCompleted",
        "WorkspaceKeyRotationFailed",
        "WorkspaceKeyRotationStarted",
        "WorkspaceQuerySettingsChanged",
        "WorkspaceSettingsChanged",
        "WorkspaceSsoConfigured",
    ];

    [Fact]
    public void EveryEventType_HasAName_AndEveryNameEverStoredStillReadsBack()
    {
        var types = EventSerializer.Types;

        Assert.Superset(StoredNames.ToHashSet(), types.Names.ToHashSet());
        Assert.Equal(StoredNames.Length, types.Names.Count); // a new event type adds its name above
        foreach (var name in StoredNames)
        {
            var type = types.TypeOf(name);
            Assert.NotNull(type);
            Assert.Equal(name, types.NameOf(type));
        }
    }

    [Fact]
    public void Marten_StoresEveryEventTypeUnderItsName()
    {
        using var dataSource = Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        using var store = MartenConfiguration.CreateStore(dataSource); // builds its mappings; opens no connection

        foreach (var name in EventSerializer.Types.Names)
        {
            var events = (Marten.Events.EventGraph)store.Options.Events;
            Assert.Equal(name, events.EventMappingFor(EventSerializer.Types.TypeOf(name)!).EventTypeName);
        }
    }

    [Fact]
    public void ARenamedClass_StillReadsTheEventsStoredUnderItsFormerName()
    {
        var types = EventTypeRegistry.For([typeof(WidgetRenamed)]);
        const string stored = """{"widget":"a1b2","occurredAt":"2026-01-02T03:04:05+00:00"}""";

        var read = Assert.IsType<WidgetRenamed>(EventSerializer.Deserialize(types, "WidgetNamed", stored));

        Assert.Equal("a1b2", read.Widget);
        Assert.Equal("WidgetNamed", types.NameOf(typeof(WidgetRenamed)));
        Assert.Null(types.TypeOf(nameof(WidgetRenamed)));
    }

    [Fact]
    public void ATypeWithoutAName_OrTwoTypesWithOne_AreRefusedAtStart()
    {
        Assert.Contains("has no [EventName]", Assert.Throws<InvalidOperationException>(() => EventTypeRegistry.For([typeof(Unnamed)])).Message);
        Assert.Contains("share the name", Assert.Throws<InvalidOperationException>(
            () => EventTypeRegistry.For([typeof(WidgetRenamed), typeof(AnotherWidget)])).Message);
    }

    /// <summary>Stored as WidgetNamed when the class had that name; renamed since.</summary>
    [EventName("WidgetNamed")]
    private sealed record WidgetRenamed(string Widget, DateTimeOffset OccurredAt) : IDomainEvent;

    [EventName("WidgetNamed")]
    private sealed record AnotherWidget(DateTimeOffset OccurredAt) : IDomainEvent;

    private sealed record Unnamed(DateTimeOffset OccurredAt) : IDomainEvent;
}
