using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Modules.Cases.Features.Plans;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

/// <summary>Assembles the 服务档案 of one case (C3.4.3). A case the user may not open is 404 (C1.3.4); opening one is
/// access-logged, whether on screen or as PDF, because the file holds a person's whole story.</summary>
internal sealed class GetCaseFileHandler(CasesDb db, CaseAccess access, ICurrentUser user, IAccessLog accessLog, IStaffDirectory staff,
    IPersonalDataProtector protector, StationClock clock)
{
    public const string RedactedText = "（敏感记录，无权查看）";

    /// <param name="wholeFile">The archive's copy (C8.2.3 齐全完整): every station case and every note, whoever asks; only
    /// the archive renderer asks for it, for holders of archives.handoff.view.</param>
    public async Task<Result<CaseFileDto>> HandleAsync(Guid caseId, string purpose, CancellationToken ct, bool wholeFile = false)
    {
        var k = await (wholeFile ? db.Cases : access.Cases()).AsNoTracking().Include(c => c.Client!).ThenInclude(c => c.Household)
            .Include(c => c.Client!).ThenInclude(c => c.Consents)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (k is null) return Error.NotFound();
        var c = k.Client!;

        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.AssessedOn).ThenBy(a => a.CreatedAt).ToListAsync(ct);
        var plans = await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.VersionNo).ToListAsync(ct);
        var records = await db.ServiceRecords.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.ServiceDate).ThenBy(r => r.CreatedAt).ToListAsync(ct);
        var reviews = await db.ProgressReviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.ReviewedOn).ThenBy(r => r.CreatedAt).ToListAsync(ct);
        var closures = await db.Closures.AsNoTracking().Where(x => x.CaseId == caseId).OrderBy(x => x.RequestedAt).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.DueOn).ToListAsync(ct);
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.At).ToListAsync(ct);

        // Goal ids resolve to their wording in any version, so a review of an older plan still reads.
        var goals = plans.SelectMany(p => p.Goals).GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Last().Description);

        await accessLog.RecordAsync("case-file", caseId, purpose, k.StationId, ct);
        // Every person in the file, by their current name, in one query (docs/adr/012).
        var names = await staff.NamesAsync(new[] { k.WorkerId, k.SupervisorId ?? Guid.Empty }
            .Concat(assessments.Select(a => a.AssessorId)).Concat(plans.SelectMany(p => p.ResponsibleStaffIds.Append(p.AuthorId)))
            .Concat(records.Select(r => r.WorkerId)).Concat(reviews.Select(r => r.ReviewerId)).Concat(closures.Select(x => x.RequestedById))
            .Concat(followUps.Select(f => f.RecordedById ?? Guid.Empty)).Concat(events.Select(e => e.UserId ?? Guid.Empty)), ct);

        return new CaseFileDto(k.Id, k.Number, user.Stations.FirstOrDefault(s => s.Id == k.StationId)?.Name ?? "", k.Status, k.RiskLevel,
            names.Of(k.WorkerId, k.WorkerName), k.SupervisorId is null ? null : names.Of(k.SupervisorId, k.SupervisorName),
            new ClientInfo(c.Name, c.Gender, ClientBirth.AgeOf(c.BirthDateCipher, protector, clock.Today()), c.IdNumberMasked, c.PhoneMasked, c.Address, c.TargetGroupList(), c.GuardianName,
                c.GuardianRelationship, c.GuardianPhoneMasked,
                c.Household.Select(m => new HouseholdInfo(m.Name, m.Relationship, m.Gender, m.BirthDate, m.LivesTogether, m.Notes)).ToList(),
                c.Consents.OrderBy(x => x.GivenOn).Select(x => new ConsentInfo(x.Kind, x.Form, x.Scope, x.GivenOn, x.GuardianName, x.WithdrawnOn)).ToList()),
            new IntakeInfo(k.Source, k.SourceDetail, k.PresentingNeeds, k.IntakeDate, k.Accepted, k.SupervisorOpinion, k.DecidedOn),
            assessments.Select(a => new AssessmentInfo(a.AssessedOn, a.Methods, a.TemplateName, a.TotalScore, a.Problems,
                a.Needs.OrderBy(n => n.Priority).Select(n => n.Description).ToList(), a.RiskLevel, a.Report, names.Of(a.AssessorId, a.AssessorName))).ToList(),
            plans.Select(p => new PlanInfo(p.VersionNo, p.Status, p.Goals.Select(g => new PlanGoalInfo(g.Id, g.Description, g.Measure)).ToList(),
                p.Content, p.Methods, p.StartOn, p.EndOn, p.PlannedSessions, p.Frequency, PlanRules.StaffText(p, names), p.RevisionReason,
                p.ReviewComment, p.ApprovedAt, names.Of(p.AuthorId, p.AuthorName))).ToList(),
            records.Select(r => wholeFile || access.CanRead(r)
                ? new RecordInfo(r.ServiceDate, r.Type, r.DurationMinutes, r.Place, r.Content, r.ClientFeedback, r.Effect, r.NextSteps, r.IsSensitive, false, names.Of(r.WorkerId, r.WorkerName))
                : new RecordInfo(r.ServiceDate, r.Type, r.DurationMinutes, null, RedactedText, null, null, null, true, true, names.Of(r.WorkerId, r.WorkerName))).ToList(),
            reviews.Select(r => new ReviewInfo(r.ReviewedOn,
                r.Scores.Select(s => new GoalScoreInfo(goals.GetValueOrDefault(s.GoalId, "（目标已删除）"), s.Attainment, s.Note)).ToList(),
                r.Summary, r.Decision, names.Of(r.ReviewerId, r.ReviewerName))).ToList(),
            closures.Select(x => new ClosureInfo(x.Reason, x.ReasonDetail, x.Summary, x.GoalAttainment, x.ClientEvaluation, x.Lessons, x.Status,
                x.ReviewComment, names.Of(x.RequestedById, x.RequestedByName), x.RequestedAt, x.ApprovedAt)).ToList(),
            followUps.Select(f => new FollowUpInfo(f.DueOn, f.DoneOn, f.Method, f.Findings, f.SupportProvided, f.NeedsReopening,
                f.RecordedById is null ? f.RecordedByName : names.Of(f.RecordedById, f.RecordedByName))).ToList(),
            events.Select(e => new TimelineItem(e.At, e.Kind, e.Text, names.Of(e.UserId, e.UserName))).ToList(),
            k.ServiceCount, k.ServiceMinutes);
    }
}
