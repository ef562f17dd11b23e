using global::GraphQL;
using global::GraphQL.Builders;
using global::GraphQL.Types;
using Mediator;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>The one shape of a mutation: one <c>input</c> object argument and a payload type. Input and id payload
/// types are built here per mutation (each has its own name, e.g. <c>RenameProjectInput</c>), so a module's schema
/// file declares a mutation's fields where it declares the mutation.</summary>
public static class MutationFields
{
    /// <summary>Adds the non-null <c>input</c> argument of a new input type with the given fields.</summary>
    public static FieldBuilder<object?, object> Input(this FieldBuilder<object?, object> field, string typeName,
        Action<InputObjectGraphType> fields)
    {
        var input = new InputObjectGraphType { Name = typeName };
        fields(input);
        return field.Argument(new NonNullGraphType(input), "input");
    }

    /// <summary>The resolver's view of the <c>input</c> argument.</summary>
    public static MutationInput Input(this IResolveFieldContext context) =>
        new(context.GetArgument<Dictionary<string, object?>>("input"));

    /// <summary>A mutation whose <c>input</c> is a typed input class (mapped by <typeparamref name="TInputGraphType"/>).</summary>
    public static FieldBuilder<object?, object> Mutate<TPayloadGraphType, TInputGraphType, TInput>(this ObjectGraphType mutation,
        string name, Func<IResolveFieldContext, TInput, Task<object?>> resolve)
        where TPayloadGraphType : IGraphType where TInputGraphType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadGraphType>>(name).Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(c => resolve(c, c.GetArgument<TInput>("input")));

    /// <summary>A mutation of one object that answers with the object as it is afterwards: its input names the object
    /// by <paramref name="idField"/> (plus <paramref name="fields"/>), <paramref name="command"/> is sent, then
    /// <paramref name="read"/>. The input type is named after the mutation (<c>renameProject</c>:
    /// <c>RenameProjectInput</c>).</summary>
    public static FieldBuilder<object?, object> Change<TPayloadGraphType, TObject>(this ObjectGraphType mutation,
        string name, string idField, Action<InputObjectGraphType> fields, Func<MutationInput, Guid, ICommand<bool>> command,
        Func<Guid, IQuery<TObject>> read) where TPayloadGraphType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadGraphType>>(name)
            .Input(char.ToUpperInvariant(name[0]) + name[1..] + "Input", i => fields(i.Required<IdGraphType>(idField)))
            .ResolveAsync(async c =>
            {
                var input = c.Input();
                var id = input.Id(idField);
                await c.SendAsync(command(input, id));
                return await c.SendAsync(read(id));
            });

    /// <summary>A payload holding only the id of what a mutation removed, e.g. <c>DeleteProjectPayload {
    /// deletedProjectId }</c>; the resolver returns the <see cref="Guid"/>.</summary>
    public static IGraphType IdPayload(string typeName, string field, string? description = null) =>
        ScalarPayload(typeName, field, new IdGraphType(), description);

    /// <summary>A payload holding one text the mutation answers with, e.g. <c>SignUpPayload { email }</c>; the resolver
    /// returns the string.</summary>
    public static IGraphType StringPayload(string typeName, string field, string? description = null) =>
        ScalarPayload(typeName, field, new StringGraphType(), description);

    private static IGraphType ScalarPayload(string typeName, string field, ScalarGraphType scalar, string? description)
    {
        var payload = new ObjectGraphType { Name = typeName };
        payload.Field(field, new NonNullGraphType(scalar)).Description(description).Resolve(c => c.Source);
        return new NonNullGraphType(payload);
    }

    /// <summary>Declares an input field of a built-in scalar or a named graph type.</summary>
    public static InputObjectGraphType Required<TGraphType>(this InputObjectGraphType input, string name,
        string? description = null) where TGraphType : IGraphType
    {
        input.Field<NonNullGraphType<TGraphType>>(name).Description(description);
        return input;
    }

    public static InputObjectGraphType Optional<TGraphType>(this InputObjectGraphType input, string name,
        string? description = null) where TGraphType : IGraphType
    {
        input.Field<TGraphType>(name).Description(description);
        return input;
    }
}
