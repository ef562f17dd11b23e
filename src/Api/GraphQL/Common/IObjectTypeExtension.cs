using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>A module adding fields to another module's type (GraphQL's <c>extend type</c>): the owning type applies
/// every registered extension, so it never calls into the module that extends it.</summary>
public interface IObjectTypeExtension<in TGraphType> where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}
