using Deepnote.Domain.Vault.Connections;
using FluentValidation;

namespace Deepnote.Application.Vault.Connections;

internal static class ConnectionRules
{
    public const int MaxPasswordLength = 1024;

    public static void ConnectionName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the connection a name.")
            .MaximumLength(Connection.MaxNameLength);

    public static void Password<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxPasswordLength);

    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) => rule.MaximumLength(200);

    /// <summary>PostgreSQL needs a host, a port and a database; DuckDB <c>:memory:</c>, <c>:files:</c>,
    /// <c>upload:&lt;name&gt;.duckdb</c> or an absolute path (only files under an operator directory open).</summary>
    public static void ValidSettings<T>(this AbstractValidator<T> validator, Func<T, ConnectionSettings> settings)
    {
        validator.RuleFor(x => settings(x).Engine).IsInEnum().OverridePropertyName("engine");
        validator.When(x => settings(x).Engine == ConnectionEngine.Postgres, () =>
        {
            validator.RuleFor(x => settings(x).Host).NotEmpty().MaximumLength(253)
                .Must(h => h is null || !h.Any(c => char.IsWhiteSpace(c) || c is ';' or '='))
                .WithMessage("Not a valid host name.").OverridePropertyName("host");
            validator.RuleFor(x => settings(x).Port).NotNull().InclusiveBetween(1, 65535).OverridePropertyName("port");
            validator.RuleFor(x => settings(x).Database).NotEmpty().MaximumLength(63).OverridePropertyName("database");
            validator.RuleFor(x => settings(x).SslMode).IsInEnum().OverridePropertyName("sslMode");
        });
        validator.When(x => settings(x).Engine == ConnectionEngine.DuckDb, () =>
        {
            validator.RuleFor(x => settings(x).PerPerson).Equal(false).OverridePropertyName("perPersonCredentials")
                .WithMessage("Per-person credentials are for PostgreSQL connections; DuckDB has no accounts.");
            validator.RuleFor(x => settings(x).Database).NotEmpty().MaximumLength(1024)
                .Must(d => d is ":memory:" or ConnectionSettings.WorkspaceFiles || Path.IsPathFullyQualified(d ?? "")
                    || (d!.StartsWith(ConnectionSettings.UploadPrefix, StringComparison.Ordinal)
                        && d.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase) && d.Length > ConnectionSettings.UploadPrefix.Length + 7))
                .OverridePropertyName("database")
                .WithMessage("Give :memory:, :files: (the workspace's uploaded files), upload:<name>.duckdb (a DuckDB "
                    + "database the workspace uploaded) or the path of a file in a directory the operator opened.");
            validator.RuleFor(x => settings(x).Host).Empty().OverridePropertyName("host")
                .WithMessage("DuckDB connections have no host.");
        });
    }
}
