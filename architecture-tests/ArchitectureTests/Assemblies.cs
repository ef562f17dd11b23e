using System.Reflection;
using NetArchTest.Rules;

namespace Deepnote.ArchitectureTests;

internal static class Assemblies
{
    public static readonly Assembly Domain = typeof(Deepnote.Domain.SharedKernel.IDomainEvent).Assembly;
    public static readonly Assembly Application = typeof(Deepnote.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(Deepnote.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Deepnote.Api.Hosting.DeepnoteHost).Assembly;
    public static readonly Assembly Worker = typeof(Deepnote.Worker.RunLoop).Assembly;

    /// <summary>The modules (docs/architecture.md); each is a namespace in every layer.</summary>
    public static readonly string[] Modules = ["Identity", "Access", "Vault", "Execution", "Caching", "Audit"];

    /// <summary>Asserts a rule and names every offender when it fails.</summary>
    public static void AssertSuccess(ConditionList rule, string because)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, because + ": " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
