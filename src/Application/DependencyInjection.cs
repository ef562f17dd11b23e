using Deepnote.Application.Access.Authorization;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common.Authorization;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Deepnote.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.Namespace = "Deepnote.Application.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(KeyProviderFailureBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton,
            includeInternalTypes: true);
        services.AddScoped<RequestContext>();
        services.AddScoped<DenialLog>();
        services.TryAddSingleton(new DenialLimits());
        services.AddSingleton<DenialThrottle>();
        services.AddScoped<IAuthorizationPolicy, AuthorizationPolicy>();
        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton(new Common.ExecutionLimits());
        services.AddSingleton<Execution.Running.ExecutionRegistry>();
        services.AddScoped<Execution.Running.ExecutionRecorder>();
        services.AddScoped<Execution.Running.ExecutionLauncher>();
        services.AddScoped<Execution.Running.RunRights>();
        services.AddScoped<Identity.Sso.SsoRedirect>();
        services.AddScoped<Identity.Sessions.AccountLog>();
        services.AddScoped<Audit.Checkpoints.CheckpointNotary>();
        return services;
    }
}
