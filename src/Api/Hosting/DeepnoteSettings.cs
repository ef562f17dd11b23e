namespace Deepnote.Api.Hosting;

/// <summary>The run-time settings (docs/api.md, README), read from the environment once at start.</summary>
public sealed record DeepnoteSettings
{
    public required string Database { get; init; }

    public string Urls { get; init; } = "https://localhost:5001;http://localhost:5000";

    public string KeyProvider { get; init; } = "local";

    public string? MasterKeyFile { get; init; }

    public string DataDirectory { get; init; } = ".data";

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public string? WebRoot { get; init; }

    public string? AdminEmail { get; init; }

    public string? AdminPassword { get; init; }

    public bool RunJobs { get; init; } = true;

    /// <summary>Defaults and hard maxima for queries and the result cache (docs/operations.md).</summary>
    public Application.Common.ExecutionLimits Execution { get; init; } = new();

    /// <summary>Sandboxed query workers and the egress policy (docs/operations.md, "Query workers").</summary>
    public Infrastructure.Execution.Workers.WorkerOptions Workers { get; init; } = new();

    /// <summary>How this node joins the others (docs/operations.md, "Scale-out").</summary>
    public Infrastructure.Execution.Cluster.ClusterSettings Cluster { get; init; } = new();

    /// <summary>The per-actor cap on recorded denials.</summary>
    public Application.Common.Authorization.DenialLimits Denials { get; init; } = new();

    public string? AwsKmsKeyId { get; init; }

    public string? AwsRegion { get; init; }

    public string? AwsKmsEndpoint { get; init; }

    /// <summary>Key provider settings given in code (an embedding host, tests) instead of the environment.</summary>
    public Infrastructure.Vault.KeyProviderOptions? KeyProviderOverride { get; init; }

    public Infrastructure.Vault.KeyProviderOptions KeyProviderOptions => KeyProviderOverride ?? new()
    {
        Provider = KeyProvider,
        MasterKeyFile = MasterKeyFile,
        AwsKeyId = AwsKmsKeyId,
        AwsRegion = AwsRegion,
        AwsEndpoint = AwsKmsEndpoint,
        AzureVaultUrl = AzureVaultUrl,
        AzureSecretName = AzureSecretName,
    };

    public string? AzureVaultUrl { get; init; }

    /// <summary>The address people reach the product at, used in mailed links and the SSO callback; null: the first
    /// https address served.</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>Mail, DNS and identity-provider reach.</summary>
    public Infrastructure.Identity.IdentityOptions Identity { get; init; } = new();

    /// <summary>Reverse proxies (load balancers) whose X-Forwarded-For/-Proto this host believes
    /// (<c>DEEPNOTE_TRUSTED_PROXIES</c>); nobody's by default.</summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Domains the operator verifies for a workspace at start (<c>DEEPNOTE_VERIFIED_DOMAINS</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, Domain.SharedKernel.WorkspaceId>> VerifiedDomains { get; init; } = [];

    public string? AzureSecretName { get; init; }

    /// <summary>The sample database the first admin gets a connection and a "Getting started" project for
    /// (<c>DEEPNOTE_DEMO_DATABASE</c>, set by <c>./deepnote run</c>; none with <c>DEEPNOTE_DEMO=off</c>).</summary>
    public SampleDatabase? SampleDatabase { get; init; }

    /// <summary>Who signs audit checkpoints and where they are kept; null: a local key and directory in the data
    /// directory (README, "Signed audit checkpoints").</summary>
    public Infrastructure.Audit.Checkpoints.CheckpointOptions? Checkpoints { get; init; }

    public Infrastructure.Audit.Checkpoints.CheckpointOptions CheckpointOptions => Checkpoints ?? new()
    {
        KeyFile = Path.Combine(DataDirectory, "checkpoint.key"),
        Directory = Path.Combine(DataDirectory, "checkpoints"),
    };

    public static DeepnoteSettings FromEnvironment()
    {
        static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

        var database = Env("DEEPNOTE_DB") ?? throw new InvalidOperationException(
            "DEEPNOTE_DB is not set: give a PostgreSQL connection string, or start with ./deepnote run.");
        var dataDirectory = Env("DEEPNOTE_DATA_DIR") ?? ".data";
        var sample = Env("DEEPNOTE_DEMO") == "off" ? null : SampleDatabase.Parse(Env("DEEPNOTE_DEMO_DATABASE"));
        return new DeepnoteSettings
        {
            Database = database,
            Urls = Env("DEEPNOTE_URLS") ?? "https://localhost:5001;http://localhost:5000",
            KeyProvider = Env("DEEPNOTE_KMS") ?? "local",
            MasterKeyFile = Env("DEEPNOTE_MASTER_KEY_FILE") ?? Path.Combine(dataDirectory, "master.key"),
            DataDirectory = dataDirectory,
            CertificatePath = Env("DEEPNOTE_TLS_CERT"),
            CertificatePassword = Env("DEEPNOTE_TLS_CERT_PASSWORD"),
            WebRoot = Env("DEEPNOTE_WEB_ROOT"),
            AdminEmail = Env("DEEPNOTE_ADMIN_EMAIL"),
            AdminPassword = Env("DEEPNOTE_ADMIN_PASSWORD"),
            RunJobs = Env("DEEPNOTE_JOBS") != "off",
            AwsKmsKeyId = Env("DEEPNOTE_AWS_KMS_KEY_ID"),
            AwsRegion = Env("DEEPNOTE_AWS_REGION") ?? Env("AWS_REGION"),
            AwsKmsEndpoint = Env("DEEPNOTE_AWS_KMS_ENDPOINT"),
            AzureVaultUrl = Env("DEEPNOTE_AZURE_VAULT_URL"),
            AzureSecretName = Env("DEEPNOTE_AZURE_SECRET_NAME"),
            Checkpoints = new Infrastructure.Audit.Checkpoints.CheckpointOptions
            {
                Signer = Env("DEEPNOTE_CHECKPOINT_SIGNER") ?? "local",
                KeyFile = Env("DEEPNOTE_CHECKPOINT_KEY_FILE") ?? Path.Combine(dataDirectory, "checkpoint.key"),
                AwsKeyId = Env("DEEPNOTE_AWS_KMS_SIGNING_KEY_ID"),
                AzureSecretName = Env("DEEPNOTE_AZURE_CHECKPOINT_SECRET_NAME"),
                Directory = Env("DEEPNOTE_CHECKPOINT_DIR") ?? Path.Combine(dataDirectory, "checkpoints"),
            },
            Execution = ExecutionFromEnvironment(Env),
            Workers = WorkersFromEnvironment(Env, sample?.Endpoint),
            SampleDatabase = sample,
            Cluster = ClusterFromEnvironment(Env),
            PublicUrl = Env("DEEPNOTE_PUBLIC_URL") is { } url
                ? Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri
                    : throw new InvalidOperationException("DEEPNOTE_PUBLIC_URL must be an absolute URL such as https://deepnote.example.com.")
                : null,
            Identity = IdentitySettings.FromEnvironment(Env, dataDirectory),
            VerifiedDomains = IdentitySettings.VerifiedDomains(Env("DEEPNOTE_VERIFIED_DOMAINS")),
            TrustedProxies = IdentitySettings.Networks("DEEPNOTE_TRUSTED_PROXIES", Env("DEEPNOTE_TRUSTED_PROXIES")),
        };
    }

    /// <summary>The worker settings a deployment may change; anything unset keeps its default.</summary>
    private static Infrastructure.Execution.Workers.WorkerOptions WorkersFromEnvironment(Func<string, string?> env,
        System.Net.IPEndPoint? sample)
    {
        var defaults = new Infrastructure.Execution.Workers.WorkerOptions();
        int Int(string name, int fallback) => env(name) is { } v
            ? int.TryParse(v, out var n) && n > 0 ? n : throw new InvalidOperationException($"{name} must be a positive whole number.")
            : fallback;
        var directories = (env("DEEPNOTE_DUCKDB_DIRS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Path.IsPathFullyQualified(d) && Directory.Exists(d) ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(d))
                : throw new InvalidOperationException($"DEEPNOTE_DUCKDB_DIRS: {d} is not an existing absolute directory.")).ToList();
        return new Infrastructure.Execution.Workers.WorkerOptions
        {
            Directory = env("DEEPNOTE_WORKER_DIR") ?? defaults.Directory,
            MemoryMegabytes = Int("DEEPNOTE_WORKER_MEMORY_MB", defaults.MemoryMegabytes),
            CpuPercent = Int("DEEPNOTE_WORKER_CPU_PERCENT", defaults.CpuPercent),
            MaxPerWorkspace = Int("DEEPNOTE_WORKERS_PER_WORKSPACE", defaults.MaxPerWorkspace),
            MaxWorkers = Int("DEEPNOTE_WORKERS_MAX", defaults.MaxWorkers),
            IdleSeconds = Int("DEEPNOTE_WORKER_IDLE_SECONDS", defaults.IdleSeconds),
            DuckDbDirectories = directories,
            EgressAllow = IdentitySettings.Networks("DEEPNOTE_EGRESS_ALLOW", env("DEEPNOTE_EGRESS_ALLOW")),
            // The sample database's one address and port, not its whole (loopback) range: other tenants' connections
            // reach nothing else on this host through it.
            EgressAllowEndpoints = sample is null ? [] : [sample],
        };
    }

    /// <summary>The cluster settings (<c>DEEPNOTE_CLUSTER_*</c>); one node on loopback by default.</summary>
    private static Infrastructure.Execution.Cluster.ClusterSettings ClusterFromEnvironment(Func<string, string?> env)
    {
        var defaults = new Infrastructure.Execution.Cluster.ClusterSettings();
        var address = env("DEEPNOTE_CLUSTER_ADDRESS") is { } a
            ? System.Net.IPAddress.TryParse(a, out var ip) && !ip.Equals(System.Net.IPAddress.Any) && !ip.Equals(System.Net.IPAddress.IPv6Any) ? ip
                : throw new InvalidOperationException("DEEPNOTE_CLUSTER_ADDRESS must be this node's own IP address (not 0.0.0.0).")
            : defaults.Address;
        // A fixed port by default: a node restarted at the same address replaces its own earlier entry at once.
        var port = env("DEEPNOTE_CLUSTER_PORT") is { } p
            ? int.TryParse(p, out var n) && n is > 0 and < 65536 ? n : throw new InvalidOperationException("DEEPNOTE_CLUSTER_PORT must be a port number.")
            : 11111;
        var certificate = env("DEEPNOTE_CLUSTER_CERTIFICATE") is { } path
            ? System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path,
                env("DEEPNOTE_CLUSTER_CERTIFICATE_PASSWORD") ?? (env("DEEPNOTE_CLUSTER_CERTIFICATE_PASSWORD_FILE") is { } file
                    ? File.ReadAllText(file).Trim() : null))
            : null;
        var probe = env("DEEPNOTE_CLUSTER_PROBE_SECONDS") is { } s
            ? int.TryParse(s, out var seconds) && seconds is > 0 and <= 60 ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidOperationException("DEEPNOTE_CLUSTER_PROBE_SECONDS must lie between 1 and 60.")
            : defaults.ProbeTimeout;
        return new Infrastructure.Execution.Cluster.ClusterSettings
        {
            ClusterId = env("DEEPNOTE_CLUSTER_ID") ?? defaults.ClusterId,
            Address = address,
            Port = port,
            Certificate = certificate,
            ProbeTimeout = probe,
            LostRunSweep = probe * 2,
        };
    }

    /// <summary>The query limits a deployment may change; anything unset keeps its default.</summary>
    private static Application.Common.ExecutionLimits ExecutionFromEnvironment(Func<string, string?> env)
    {
        var limits = new Application.Common.ExecutionLimits();
        int Int(string name, int fallback) => env(name) is { } v
            ? int.TryParse(v, out var n) && n > 0 ? n : throw new InvalidOperationException($"{name} must be a positive whole number.")
            : fallback;
        limits.ResultIdleMinutes = Int("DEEPNOTE_RESULT_IDLE_MINUTES", limits.ResultIdleMinutes);
        limits.DefaultTimeoutSeconds = Int("DEEPNOTE_QUERY_TIMEOUT_SECONDS", limits.DefaultTimeoutSeconds);
        limits.DefaultMaxRows = Int("DEEPNOTE_QUERY_MAX_ROWS", limits.DefaultMaxRows);
        limits.MaxCacheTtlSeconds = Int("DEEPNOTE_CACHE_MAX_TTL_SECONDS", limits.MaxCacheTtlSeconds);
        if (limits.DefaultTimeoutSeconds > limits.MaxTimeoutSeconds || limits.DefaultMaxRows > limits.MaxRows)
        {
            throw new InvalidOperationException(
                $"The query defaults may not exceed the hard maxima ({limits.MaxTimeoutSeconds} s, {limits.MaxRows} rows).");
        }

        return limits;
    }
}
