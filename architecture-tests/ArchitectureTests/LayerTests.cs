using NetArchTest.Rules;

namespace Deepnote.ArchitectureTests;

/// <summary>Dependencies point inwards: Api -> Infrastructure -> Application -> Domain.</summary>
public sealed class LayerTests
{
    private static readonly string[] Packages =
        ["Mediator", "FluentValidation", "Npgsql", "GraphQL", "Hangfire", "Microsoft.AspNetCore", "Microsoft.Extensions",
            "Marten", "JasperFx", "Weasel"];

    [Fact]
    public void Domain_DependsOnNothingOfOursOrAnyPackage()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Domain).ShouldNot()
            .HaveDependencyOnAny(["Deepnote.Application", "Deepnote.Infrastructure", "Deepnote.Api", .. Packages]),
            "the domain references no other layer and no package");

        var references = Assemblies.Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        Assert.Empty(references);
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureApiOrAdapters()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).ShouldNot()
            .HaveDependencyOnAny("Deepnote.Infrastructure", "Deepnote.Api", "Npgsql", "GraphQL", "Hangfire",
                "Microsoft.AspNetCore", "Marten", "JasperFx", "Weasel"),
            "the application layer talks to adapters through its ports only");
    }

    /// <summary>The sandboxed worker (docs/decisions/013) carries nothing of the product: no domain, no use cases, no
    /// stores, no host; only its engines and the protocol. Only the infrastructure knows it (to start and speak to it).</summary>
    [Fact]
    public void Worker_DependsOnNoOtherProject_AndOnlyTheInfrastructureKnowsIt()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Worker).ShouldNot()
            .HaveDependencyOnAny("Deepnote.Domain", "Deepnote.Application", "Deepnote.Infrastructure", "Deepnote.Api",
                "Mediator", "Hangfire", "GraphQL", "Microsoft.AspNetCore"),
            "the worker is its engines and its protocol, nothing else");
        Assert.DoesNotContain(Assemblies.Worker.GetReferencedAssemblies(), a => a.Name!.StartsWith("Deepnote.", StringComparison.Ordinal));
        foreach (var layer in new[] { Assemblies.Domain, Assemblies.Application })
        {
            Assemblies.AssertSuccess(Types.InAssembly(layer).ShouldNot().HaveDependencyOn("Deepnote.Worker"),
                "the worker is an adapter of the infrastructure");
        }

        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Api).That().ResideInNamespace("Deepnote.Api.GraphQL.")
            .ShouldNot().HaveDependencyOn("Deepnote.Worker"), "resolvers never talk to workers");
    }

    /// <summary>Marten is the event store's business (docs/decisions/002): projections, readers and stores write SQL,
    /// and the rest of the product sees <c>IEventStore</c> only, so the store can change under them again.</summary>
    [Fact]
    public void Marten_IsKnownOnlyToTheEventStore()
    {
        foreach (var assembly in new[] { Assemblies.Infrastructure, Assemblies.Api })
        {
            Assemblies.AssertSuccess(Types.InAssembly(assembly).That()
                .DoNotResideInNamespace("Deepnote.Infrastructure.EventStore").And()
                .DoNotHaveName("DependencyInjection").ShouldNot().HaveDependencyOnAny("Marten", "JasperFx", "Weasel"),
                "only Infrastructure/EventStore (and its registration) uses Marten");
        }
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnTheApi()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Infrastructure).ShouldNot()
            .HaveDependencyOnAny("Deepnote.Api", "GraphQL"),
            "adapters know nothing of the GraphQL host");
    }

    [Fact]
    public void Api_DoesNotReachIntoDomainAggregatesOrInfrastructureStores()
    {
        // GraphQL.Common maps database exceptions to error codes in one place; the module resolvers stay thin.
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Api).That().ResideInNamespace("Deepnote.Api.GraphQL.")
            .And().DoNotResideInNamespace("Deepnote.Api.GraphQL.Common.").ShouldNot().HaveDependencyOnAny("Deepnote.Infrastructure", "Npgsql", "Deepnote.Domain.Access.Workspaces",
                "Deepnote.Domain.Identity.Users"),
            "resolvers only translate to mediator requests");
    }
}
