using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace Deepnote.ArchitectureTests;

/// <summary>Names say what a type is (docs/architecture.md): commands, queries, their handlers and validators.</summary>
public sealed class NamingTests
{
    [Fact]
    public void Commands_AreSealedRecordsNamedCommand()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That()
            .ImplementInterface(typeof(ICommand<>)).Should().HaveNameEndingWith("Command").And().BeSealed(),
            "commands are sealed and end with Command");
    }

    [Fact]
    public void Queries_AreSealedRecordsNamedQuery()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That()
            .ImplementInterface(typeof(IQuery<>)).Should().HaveNameEndingWith("Query").And().BeSealed(),
            "queries are sealed and end with Query");
    }

    [Fact]
    public void Handlers_AreInternalSealedAndNamedForTheirMessage()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That()
            .ImplementInterface(typeof(ICommandHandler<,>)).Should().HaveNameEndingWith("CommandHandler")
            .And().BeSealed().And().NotBePublic(), "command handlers are internal sealed …CommandHandler");
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That()
            .ImplementInterface(typeof(IQueryHandler<,>)).Should().HaveNameEndingWith("QueryHandler")
            .And().BeSealed().And().NotBePublic(), "query handlers are internal sealed …QueryHandler");
    }

    [Fact]
    public void Validators_AreInternalSealedAndNamedValidator()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That()
            .Inherit(typeof(AbstractValidator<>)).Should().HaveNameEndingWith("Validator").And().BeSealed()
            .And().NotBePublic(), "validators are internal sealed …Validator");
    }

    [Fact]
    public void EveryMessage_DeclaresItsAccessRequirement()
    {
        Assemblies.AssertSuccess(Types.InAssembly(Assemblies.Application).That().ImplementInterface(typeof(IMessage))
            .And().AreClasses().Should().ImplementInterface(typeof(Deepnote.Application.Common.Authorization.IAuthorizedRequest)),
            "every command and query says what access it needs");
    }
}
