using FluentValidation;
using Mediator;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Deepnote.ArchitectureTests;

/// <summary>Where code lives (docs/architecture.md, "Adding a use case"): one top-level type per file, named like
/// it, in the namespace of its folder; a request with its handler and validator in a folder named after it; a
/// module's ports in its Ports folder. The source files are parsed (Roslyn), so each offender is named.</summary>
public sealed class LayoutTests
{
    private static readonly string[] Projects = ["Domain", "Application", "Infrastructure", "Api", "Worker"];

    [Fact]
    public void EverySourceFile_HoldsOneTopLevelType_NamedLikeTheFile_InTheNamespaceOfItsFolder()
    {
        var offenders = new List<string>();
        var files = 0;
        foreach (var project in Projects)
        {
            var root = Path.Combine(RepositoryRoot(), "src", project);
            foreach (var file in SourceFiles(root))
            {
                files++;
                var syntax = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetCompilationUnitRoot();
                var relative = Path.GetRelativePath(RepositoryRoot(), file);
                var types = syntax.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<MemberDeclarationSyntax>()
                    .Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    .Select(Name).ToList();
                if (types.Count == 0 && syntax.Members.OfType<GlobalStatementSyntax>().Any()) continue; // Program.cs
                if (types.Count != 1) offenders.Add($"{relative} holds {types.Count} types ({string.Join(", ", types)})");
                else if (types[0] + ".cs" != Path.GetFileName(file)) offenders.Add($"{relative} holds {types[0]}");

                var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
                var expected = $"Deepnote.{project}" + (folder == "." ? "" : "." + folder.Replace(Path.DirectorySeparatorChar, '.'));
                var declared = syntax.Members.OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
                if (declared != expected) offenders.Add($"{relative} is in namespace {declared}, its folder says {expected}");
            }
        }

        Assert.True(files > 300, $"only {files} source files were found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryRequest_LivesInAFolderNamedAfterIt_WithItsHandlerAndValidator()
    {
        var requests = Assemblies.Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t)).ToList();
        var offenders = requests
            .Where(r => LastSegment(r.Namespace) != UseCase(r))
            .Select(r => $"{r.FullName} is not in a folder named {UseCase(r)}")
            .Concat(Assemblies.Application.GetTypes()
                .SelectMany(t => RequestsServedBy(t).Select(r => (Type: t, Request: r)))
                .Where(x => x.Type.Namespace != x.Request.Namespace)
                .Select(x => $"{x.Type.FullName} is not beside {x.Request.Name}"))
            .ToList();

        Assert.True(requests.Count > 80, $"only {requests.Count} requests were found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void ModuleInterfaces_AreInTheModulesPortsFolder()
    {
        var offenders = Assemblies.Application.GetTypes()
            .Where(t => t.IsInterface && Assemblies.Modules.Any(m => (t.Namespace + ".").StartsWith($"Deepnote.Application.{m}.", StringComparison.Ordinal)))
            .Where(t => LastSegment(t.Namespace) != "Ports")
            .Select(t => t.FullName!)
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> RequestsServedBy(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)
                || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
            .Select(i => i.GetGenericArguments()[0])
            .Concat(type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)
                ? [b.GetGenericArguments()[0]]
                : []);

    /// <summary>The use case a request is: its name without Command or Query.</summary>
    private static string UseCase(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^7]
        : request.Name.EndsWith("Query", StringComparison.Ordinal) ? request.Name[..^5]
        : request.Name;

    private static string Name(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.Text,
        DelegateDeclarationSyntax d => d.Identifier.Text,
        _ => member.Kind().ToString(),
    };

    private static string? LastSegment(string? ns) => ns?[(ns.LastIndexOf('.') + 1)..];

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f =>
        {
            var relative = Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar);
            return relative[0] is not ("obj" or "bin");
        });

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Deepnote.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Deepnote.sln not found");
    }
}
