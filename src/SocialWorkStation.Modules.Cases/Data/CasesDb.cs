using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Modules.Cases.Data;

/// <summary>The Cases module's view of the one AppDbContext.</summary>
internal sealed class CasesDb(IModuleDb db) : ModuleDb(db)
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<AssessmentTemplate> AssessmentTemplates => Set<AssessmentTemplate>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<ServicePlan> ServicePlans => Set<ServicePlan>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ProgressReview> ProgressReviews => Set<ProgressReview>();
    public DbSet<CaseClosure> Closures => Set<CaseClosure>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
}
