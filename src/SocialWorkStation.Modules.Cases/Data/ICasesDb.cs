using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases.Data;

/// <summary>The Cases module's view of the one AppDbContext.</summary>
internal interface ICasesDb
{
    DbSet<Client> Clients { get; }
    DbSet<Consent> Consents { get; }
    DbSet<Case> Cases { get; }
    DbSet<CaseEvent> CaseEvents { get; }
    DbSet<AssessmentTemplate> AssessmentTemplates { get; }
    DbSet<Assessment> Assessments { get; }
    DbSet<ServicePlan> ServicePlans { get; }
    DbSet<ServiceRecord> ServiceRecords { get; }
    DbSet<Activity> Activities { get; }
    DbSet<ProgressReview> ProgressReviews { get; }
    DbSet<CaseClosure> Closures { get; }
    DbSet<FollowUp> FollowUps { get; }
    DatabaseFacade Database { get; }
    bool IsPostgres { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
