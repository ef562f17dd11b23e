using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Grants.GrantConnectionAccess;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Workspaces.ListMyWorkspaces;
using Deepnote.Application.Vault.Connections.CreateConnection;
using Deepnote.Domain.Access;

namespace Deepnote.Api.Hosting;

/// <summary>A first look with data in it (README, "Sample data"): when a sample database is configured, the first
/// admin gets a connection to it, a data-access grant and a "Getting started" project whose blocks run on it. Made as
/// that admin through the ordinary commands, so the rules and the audit log treat them as the admin's own first
/// steps. A failure never fails the set-up: it is logged by its kind only, and the workspace starts empty.</summary>
public sealed class GettingStarted(IActingAs acting, DeepnoteSettings settings, ILogger<GettingStarted> logger)
{
    public const string ProjectName = "Getting started";

    public const string ConnectionName = "Sample shop";

    /// <summary>The project's blocks, simplest first: each opens with a comment saying what it answers.</summary>
    public static IReadOnlyList<string> Blocks { get; } =
    [
        """
        -- Welcome! Run this block (or press Ctrl+Enter in the editor). The sample shop has customers, products and orders.
        select country, count(*) as customers
        from customers
        group by country
        order by customers desc
        """,
        """
        -- Revenue per month (cancelled orders left out)
        select date_trunc('month', o.ordered_at)::date as month,
               count(*) as orders,
               sum(o.quantity * p.price) as revenue
        from orders o
        join products p using (product_id)
        where o.status <> 'cancelled'
        group by 1
        order by 1
        """,
        """
        -- The 20 best-selling products
        select p.name, p.category, sum(o.quantity) as units, sum(o.quantity * p.price) as revenue
        from orders o
        join products p using (product_id)
        where o.status <> 'cancelled'
        group by p.product_id, p.name, p.category
        order by revenue desc
        limit 20
        """,
        """
        -- Every order with its customer (sort and page the result below)
        select o.order_id, o.ordered_at, c.name as customer, c.country, p.name as product, o.quantity, o.status
        from orders o
        join customers c using (customer_id)
        join products p using (product_id)
        order by o.ordered_at desc
        """,
    ];

    /// <summary>Makes the connection and project for <paramref name="admin"/> in their (first and only) workspace.</summary>
    public async Task CreateAsync(ActorSnapshot admin, CancellationToken ct)
    {
        if (settings.SampleDatabase is not { } sample || admin.UserId is not { } adminId) return;
        try
        {
            await acting.SendAsAsync(admin, async sender =>
            {
                var workspaces = await sender.Send(new ListMyWorkspacesQuery(1, null), ct);
                var workspace = workspaces.Items[0].Node.Id;
                var connection = await sender.Send(
                    new CreateConnectionCommand(workspace, ConnectionName, sample.Settings, sample.Password), ct);
                await sender.Send(new GrantConnectionAccessCommand(connection, adminId), ct);
                var project = await sender.Send(new CreateProjectCommand(workspace, ProjectName, ProjectAccess.View), ct);
                await sender.Send(new AttachConnectionCommand(project, connection), ct);
                foreach (var sql in Blocks) await sender.Send(new AddSqlBlockCommand(project, connection, sql), ct);
                return project;
            }, ct);
            logger.LogInformation("Made the sample connection and the project {Project} for the first admin", ProjectName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("The sample connection and project were not made ({Error}); the workspace starts empty",
                e.GetType().Name);
        }
    }
}
