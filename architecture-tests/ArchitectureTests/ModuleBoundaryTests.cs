using System.Reflection;
using NetArchTest.Rules;

namespace Deepnote.ArchitectureTests;

/// <summary>A module uses another only through its <c>Contracts</c> (or by reacting to its events).</summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules() => new(Assemblies.Modules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void ApplicationModule_UsesOtherModulesOnlyThroughTheirContracts(string module)
    {
        var forbidden = InternalsOfOtherModules(Assemblies.Application, "Deepnote.Application", module);

        AssertModuleAvoids(Assemblies.Application, $"Deepnote.Application.{module}.", forbidden, module);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void DomainModule_DoesNotUseOtherDomainModules(string module)
    {
        var forbidden = Assemblies.Modules.Where(m => m != module).Select(m => $"Deepnote.Domain.{m}.").ToArray();
        var typesOfOthers = Assemblies.Domain.GetTypes()
            .Where(t => forbidden.Any(f => (t.Namespace + ".").StartsWith(f, StringComparison.Ordinal)))
            .Select(t => t.FullName!).ToArray();

        AssertModuleAvoids(Assemblies.Domain, $"Deepnote.Domain.{module}.", typesOfOthers, module);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void InfrastructureModule_UsesOtherModulesOnlyThroughTheirContracts(string module)
    {
        var forbidden = InternalsOfOtherModules(Assemblies.Application, "Deepnote.Application", module)
            .Concat(Assemblies.Infrastructure.GetTypes()
                .Where(t => IsInOtherModule(t, "Deepnote.Infrastructure", module)).Select(t => t.FullName!))
            .ToArray();

        AssertModuleAvoids(Assemblies.Infrastructure, $"Deepnote.Infrastructure.{module}.", forbidden, module);
    }

    /// <summary>Each read model is projected in its own module (<c>Infrastructure/&lt;Module&gt;/Projections/</c>), from
    /// that module's events only: no flat folder outside every module, no projection of another module's events.</summary>
    [Fact]
    public void EveryProjection_LivesInItsModule_AndProjectsOnlyThatModulesEvents()
    {
        var projections = Assemblies.Infrastructure.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && t.GetInterfaces().Any(i => i.Name is "IInlineProjection" or "IAsyncProjection"))
            .ToList();

        Assert.NotEmpty(projections);
        foreach (var projection in projections)
        {
            var module = Assemblies.Modules.SingleOrDefault(m => projection.Namespace == $"Deepnote.Infrastructure.{m}.Projections");
            Assert.True(module is not null, $"{projection.FullName} is not in Infrastructure/<Module>/Projections");
            var others = Assemblies.Domain.GetTypes().Where(t => IsInOtherModule(t, "Deepnote.Domain", module!))
                .Select(t => t.FullName!).ToArray();
            Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Infrastructure).That().HaveName(projection.Name)
                .ShouldNot().HaveDependencyOnAny(others), $"{projection.Name} projects another module's events");
        }
    }

    /// <summary>Every type of the other modules but those in their Contracts namespace, by full name, since a
    /// namespace given to NetArchTest would cover the Contracts too.</summary>
    private static string[] InternalsOfOtherModules(Assembly assembly, string layer, string module) =>
        assembly.GetTypes()
            .Where(t => IsInOtherModule(t, layer, module) && !(t.Namespace + ".").Contains(".Contracts.", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();

    private static bool IsInOtherModule(Type type, string layer, string module) =>
        Assemblies.Modules.Where(m => m != module)
            .Any(m => (type.Namespace + ".").StartsWith($"{layer}.{m}.", StringComparison.Ordinal));

    private static void AssertModuleAvoids(Assembly assembly, string moduleNamespace, string[] forbidden, string module)
    {
        var inModule = Types.InAssembly(assembly).That().ResideInNamespace(moduleNamespace).GetTypes().Any();
        if (!inModule || forbidden.Length == 0) return; // a module not written yet has nothing to break

        Assemblies.AssertSuccess(Types.InAssembly(assembly).That().ResideInNamespace(moduleNamespace)
            .ShouldNot().HaveDependencyOnAny(forbidden), $"module {module} reaches into another module's internals");
    }
}
