using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Data;

public abstract partial class AppDbContext : ICasesDb
{
    DbSet<Client> ICasesDb.Clients => Set<Client>();
    DbSet<Consent> ICasesDb.Consents => Set<Consent>();
    DbSet<Case> ICasesDb.Cases => Set<Case>();
    DbSet<CaseEvent> ICasesDb.CaseEvents => Set<CaseEvent>();
    DbSet<AssessmentTemplate> ICasesDb.AssessmentTemplates => Set<AssessmentTemplate>();
    DbSet<Assessment> ICasesDb.Assessments => Set<Assessment>();
    DbSet<ServicePlan> ICasesDb.ServicePlans => Set<ServicePlan>();
    DbSet<ServiceRecord> ICasesDb.ServiceRecords => Set<ServiceRecord>();
    DbSet<Activity> ICasesDb.Activities => Set<Activity>();
    DbSet<ProgressReview> ICasesDb.ProgressReviews => Set<ProgressReview>();
    DbSet<CaseClosure> ICasesDb.Closures => Set<CaseClosure>();
    DbSet<FollowUp> ICasesDb.FollowUps => Set<FollowUp>();
}
