namespace Deepnote.Domain.Access.Workspaces.Domains;

public static class DomainVerificationMethods
{
    public const string Dns = "dns";
    public const string Operator = "operator";
}
