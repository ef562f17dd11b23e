using Deepnote.Domain.SharedKernel;
using NetArchTest.Rules;

namespace Deepnote.ArchitectureTests;

/// <summary>Events are immutable past-tense facts in an Events namespace; exceptions are named.</summary>
public sealed class DomainModelTests
{
    [Fact]
    public void DomainEvents_AreSealedAndLiveInAnEventsNamespace()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Domain).That().ImplementInterface(typeof(IDomainEvent))
            .Should().BeSealed().And().ResideInNamespaceEndingWith(".Events").And().NotHaveNameEndingWith("Event"),
            "events are sealed records in Events/, named as facts without an Event suffix");
    }

    [Fact]
    public void DomainEvents_HaveUniqueNamesAndNoSettableState()
    {
        var events = Assemblies.Domain.GetTypes().Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t.IsClass).ToList();

        Assert.Equal(events.Count, events.Select(e => e.Name).Distinct().Count());
        var mutable = events.SelectMany(e => e.GetProperties().Where(p => p.SetMethod is { IsPublic: true } s
            && !s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{e.Name}.{p.Name}"));
        Assert.Empty(mutable);
    }

    [Fact]
    public void DomainExceptions_AreSealedAndNamedException()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Domain).That().Inherit(typeof(DomainException))
            .Should().BeSealed().And().HaveNameEndingWith("Exception"), "each rule family has a named exception");
    }
}
