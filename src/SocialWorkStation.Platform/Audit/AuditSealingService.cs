using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Audit;

/// <summary>Seals new log rows every few seconds (<c>Audit:SealSeconds</c>, default 2) and writes a signed checkpoint
/// of the chain's head outside the database every <c>Audit:CheckpointMinutes</c> (default 60), after sealing everything
/// (docs/adr/016). Each node runs one; they take turns on the head row.</summary>
internal sealed class AuditSealingService(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock,
    ILogger<AuditSealingService> log) : BackgroundService
{
    /// <summary>What each periodic run seals: the last two minutes' rows.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromMinutes(2);
    /// <summary>Once a minute a sweep looks this far back, for a transaction that committed late; no write transaction
    /// stays open this long. Looking 15 minutes back every 2 s cost a busy database ~10 % of a core.</summary>
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sealEvery = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Audit:SealSeconds", 2)));
        var checkpointEvery = TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Audit:CheckpointMinutes", 60)));
        var nextCheckpoint = clock.GetUtcNow() + checkpointEvery;
        var nextSweep = clock.GetUtcNow();
        using var timer = new PeriodicTimer(sealEvery, clock);
        do
        {
            try
            {
                var due = clock.GetUtcNow() >= nextCheckpoint;
                var sweep = clock.GetUtcNow() >= nextSweep;
                if (sweep) nextSweep = clock.GetUtcNow() + TimeSpan.FromMinutes(1);
                // A checkpoint seals everything first.
                await RunAsync(due ? null : sweep ? Sweep : Recent, due, stoppingToken);
                if (due) nextCheckpoint = clock.GetUtcNow() + checkpointEvery;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round retries; the rows stay unsealed meanwhile, which a verification seals first anyway.
                log.LogWarning(e, "Sealing the audit chain failed; retrying in {Seconds} s.", sealEvery.TotalSeconds);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(TimeSpan? lookBack, bool checkpoint, CancellationToken ct)
    {
        await using var scope = scopes.CreateSystemScope();
        await scope.ServiceProvider.GetRequiredService<IAuditSealer>().SealAsync(lookBack, ct);
        if (!checkpoint) return;
        var head = await scope.ServiceProvider.GetRequiredService<IPlatformDb>().AuditHeads.AsNoTracking().SingleAsync(ct);
        await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>()
            .AppendAsync(head.LastSequence, head.LastHash, clock.GetUtcNow().UtcDateTime, ct);
    }
}
