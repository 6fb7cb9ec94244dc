using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Benchmarks.Generator;

internal sealed partial class StationBuilder
{
    private readonly Dictionary<Guid, List<(DateOnly Approved, Guid PlanId)>> _approvedPlans = [];
    private readonly Dictionary<Guid, List<IdentifiedNeed>> _needs = [];

    /// <summary>Spreads <paramref name="total"/> items over <paramref name="cases"/>: everyone gets the floor, a random few one more.</summary>
    private Dictionary<Guid, int> Spread(List<Case> cases, int total)
    {
        var counts = cases.ToDictionary(k => k.Id, _ => cases.Count == 0 ? 0 : total / cases.Count);
        foreach (var k in cases.OrderBy(_ => f.Rng.Next()).Take(cases.Count == 0 ? 0 : total % cases.Count)) counts[k.Id]++;
        return counts;
    }

    private void BuildAssessmentsAndPlans(List<Case> cases)
    {
        var assessed = cases.Where(k => k.Status is not (CaseStatus.Intake or CaseStatus.NotAccepted)).ToList();
        var assessments = Spread(assessed, scale.PerStation(scale.Assessments));
        var planned = assessed.Where(k => k.Status != CaseStatus.Assessment).ToList();
        var versions = Spread(planned, scale.PerStation(scale.PlanVersions));
        foreach (var k in assessed)
        {
            var worker = WorkerOf(k);
            var on = k.IntakeDate.AddDays(5);
            for (var i = 0; i < Math.Max(1, assessments[k.Id]); i++, on = Min(on.AddDays(90), today.AddDays(-1)))
            {
                var at = f.TimeOn(on);
                var needs = f.Rng.GetItems(Fake.Needs, 2).Distinct().Select((n, j) => new IdentifiedNeed(f.Id(at), n, j + 1)).ToList();
                var a = new Assessment
                {
                    Id = f.Id(at), StationId = StationId, CaseId = k.Id, TemplateName = "通用需求评估表", Methods = AssessmentMethods.Interview | AssessmentMethods.FieldObservation,
                    AssessedOn = on, Problems = string.Join("；", needs.Select(n => n.Description)) + "方面存在困难。", Needs = needs,
                    RiskLevel = (RiskLevel)f.Rng.Next(3), Report = "经入户访谈和观察，服务对象" + needs[0].Description + "需求突出，建议制定服务计划重点介入。",
                    AssessorId = worker.Id, AssessorName = worker.Name, CreatedAt = at,
                };
                _needs.TryAdd(k.Id, needs);
                k.RiskLevel = a.RiskLevel;
                _batch.Assessments.Add(a);
                Record(a, at, worker);
                Log(k, CaseEventKind.Assessed, $"完成需求评估（风险等级：{((RiskLevel?)a.RiskLevel).Label()}）", at, worker);
            }
        }
        foreach (var k in planned) BuildPlans(k, versions[k.Id]);
    }

    private void BuildPlans(Case k, int count)
    {
        var worker = WorkerOf(k);
        var needs = _needs[k.Id];
        var goals = needs.Select(n => new PlanGoal(f.Id(k.CreatedAt), "改善" + n.Description + "状况", "每月评估一次，服务对象自评改善", [n.Id])).ToList();
        var created = k.IntakeDate.AddDays(12);
        var approved = _approvedPlans[k.Id] = [];
        for (var v = 1; v <= Math.Max(1, count); v++, created = Min(created.AddDays(90), today.AddDays(-3)))
        {
            var last = v == Math.Max(1, count);
            var status = !last ? PlanStatus.Superseded
                : k.Status == CaseStatus.Planning ? f.Pick(new[] { PlanStatus.Draft, PlanStatus.UnderReview, PlanStatus.Returned })
                : PlanStatus.Approved;
            var at = f.TimeOn(created);
            var plan = new ServicePlan
            {
                Id = f.Id(at), StationId = StationId, CaseId = k.Id, VersionNo = v, Status = status, Goals = goals,
                Content = "以个案管理方法整合家庭、社区和政策资源，" + goals[0].Description + "。", Methods = "个案辅导、资源链接、家庭会谈",
                StartOn = created, EndOn = created.AddMonths(6), PlannedSessions = 12, Frequency = "每两周一次", ResponsibleStaffIds = [worker.Id],
                RevisionReason = v > 1 ? "进展评估后调整服务重点" : null, AuthorId = worker.Id, AuthorName = worker.Name, CreatedAt = at,
            };
            if (status != PlanStatus.Draft)
            {
                plan.SubmittedAt = at.AddHours(2);
                Log(k, CaseEventKind.PlanSubmitted, $"服务计划第{v}版提交审核", plan.SubmittedAt.Value, worker);
            }
            if (status is PlanStatus.Approved or PlanStatus.Superseded)
            {
                plan.ApprovedAt = at.AddDays(1);
                approved.Add((Day(plan.ApprovedAt.Value), plan.Id));
                Log(k, CaseEventKind.PlanApproved, $"服务计划第{v}版审核通过", plan.ApprovedAt.Value, station.Supervisor);
            }
            if (status == PlanStatus.Returned)
            {
                plan.ReviewComment = "目标的衡量方式不够具体，请修改。";
                Log(k, CaseEventKind.PlanReturned, $"服务计划第{v}版被退回：{plan.ReviewComment}", at.AddDays(1), station.Supervisor);
            }
            _batch.Plans.Add(plan);
            Record(plan, at, worker);
        }
    }

    private void BuildDelivery(List<Case> cases, List<Client> clients)
    {
        var served = cases.Where(k => k.Status is CaseStatus.Intervention or CaseStatus.ClosurePending or CaseStatus.Closed).ToList();
        var windows = new Dictionary<Guid, (DateOnly From, DateOnly To)>();
        foreach (var k in served)
        {
            var from = _approvedPlans[k.Id][0].Approved.AddDays(1);
            if (k.Status == CaseStatus.Closed) k.ClosedOn = f.DateBetween(Min(from.AddDays(60), today.AddDays(-5)), today.AddDays(-3));
            var to = k.Status switch
            {
                CaseStatus.Closed => k.ClosedOn!.Value.AddDays(-1),
                CaseStatus.ClosurePending => today.AddDays(-f.Between(2, 20)),
                _ => today.AddDays(-1),
            };
            windows[k.Id] = (from, Max(from, to));
        }
        var big = station.Workers.Select(w => served.Where(k => k.WorkerId == w.Id && k.Status == CaseStatus.Intervention)
            .OrderBy(k => k.IntakeDate).FirstOrDefault()).OfType<Case>().ToHashSet();
        var budget = scale.PerStation(scale.ServiceRecords);
        budget -= BuildActivities(clients, served.Where(k => k.Status == CaseStatus.Intervention && !big.Contains(k)).ToDictionary(k => k.ClientId), windows);
        foreach (var k in big)
            for (var i = 0; i < scale.BigCaseRecords && budget > 0; i++, budget--) AddService(k, f.DateBetween(windows[k.Id].From, windows[k.Id].To), null);
        // The day first, then a case in service that day: a station with a steady caseload records about the same
        // number of contacts every month (~1/12 of the year's), where picking the case first piles them into recent months.
        var others = served.Where(k => !big.Contains(k)).ToList();
        for (; budget > 0 && others.Count > 0; budget--)
        {
            var day = f.DateBetween(today.AddDays(-365), today.AddDays(-1));
            var k = others[f.Rng.Next(others.Count)];
            for (var tries = 0; tries < 40 && (day < windows[k.Id].From || day > windows[k.Id].To); tries++) k = others[f.Rng.Next(others.Count)];
            AddService(k, day < windows[k.Id].From || day > windows[k.Id].To ? f.DateBetween(windows[k.Id].From, windows[k.Id].To) : day, null);
        }
        foreach (var k in served) FinishCase(k, windows[k.Id]);
    }

    private static readonly ServiceType[] ContactTypes =
        [ServiceType.HomeVisit, ServiceType.HomeVisit, ServiceType.HomeVisit, ServiceType.PhoneCall, ServiceType.PhoneCall, ServiceType.Interview, ServiceType.Interview, ServiceType.ResourceLinking];

    private ServiceRecord AddService(Case k, DateOnly date, Activity? activity)
    {
        var worker = WorkerOf(k);
        var at = f.TimeOn(date).AddHours(6);
        var plan = _approvedPlans[k.Id].Where(p => p.Approved <= date).Select(p => p.PlanId).DefaultIfEmpty(_approvedPlans[k.Id][0].PlanId).Last();
        var type = activity is null ? f.Pick(ContactTypes) : activity.Kind == ActivityKind.Group ? ServiceType.Group : ServiceType.CommunityActivity;
        var r = new ServiceRecord
        {
            Id = f.Id(at), StationId = StationId, CaseId = k.Id, PlanId = plan, ActivityId = activity?.Id, ServiceDate = date,
            DurationMinutes = activity?.DurationMinutes ?? f.Pick(new[] { 20, 30, 45, 60, 60, 90, 120 }), Type = type,
            Place = activity?.Place ?? (type == ServiceType.PhoneCall ? "电话" : f.Place()),
            Content = activity is null ? f.ServiceText() : $"参加{activity.Kind.Label()}：{activity.Title}",
            ClientFeedback = f.Feedback(), Effect = f.Effect(), NextSteps = f.NextStep(), IsSensitive = activity is null && f.Chance(0.05),
            WorkerId = worker.Id, WorkerName = worker.Name, CreatedAt = at,
        };
        if (k.LastContactOn is null || date > k.LastContactOn) k.LastContactOn = date;
        k.ServiceCount++;
        k.ServiceMinutes += r.DurationMinutes;
        _batch.Services.Add(r);
        Record(r, at, worker);
        Log(k, CaseEventKind.ServiceRecorded, activity is null
            ? $"记录服务：{date:yyyy-MM-dd} {type.Label()} {r.DurationMinutes} 分钟" : $"参加{activity.Kind.Label()}：{activity.Title}", at, worker);
        return r;
    }

    private static readonly string[] ActivityTitles = ["长者健康讲座", "儿童暑期托管", "邻里互助茶话会", "防诈骗宣传", "亲子手工小组", "残疾人康复操", "独居老人生日会", "四点半课堂"];

    /// <summary>Group and community activities with sign-in lists; a participant whose case is in service gets a service
    /// record for it, as RecordActivity does. Returns how many such records were made.</summary>
    private int BuildActivities(List<Client> clients, Dictionary<Guid, Case> inService, Dictionary<Guid, (DateOnly From, DateOnly To)> windows)
    {
        var count = scale.PerStation(scale.Activities);
        var perActivity = count == 0 ? 0 : scale.PerStation(scale.Participations) / count;
        var made = 0;
        for (var i = 0; i < count; i++)
        {
            var organiser = f.Pick(station.Workers);
            var date = f.DateBetween(today.AddDays(-365), today.AddDays(-1));
            var at = f.TimeOn(date).AddHours(8);
            var kind = f.Chance(0.5) ? ActivityKind.Group : ActivityKind.Community;
            var activity = new Activity
            {
                Id = f.Id(at), StationId = StationId, Kind = kind, Title = f.Pick(ActivityTitles), Date = date, DurationMinutes = f.Pick(new[] { 60, 90, 120 }),
                Place = "社区活动室", Content = "组织服务对象参与活动，增进社会交往与互助。", WalkInCount = f.Between(0, 8),
                OrganiserId = organiser.Id, OrganiserName = organiser.Name, CreatedAt = at,
            };
            _batch.Activities.Add(activity);
            Record(activity, at, organiser);
            foreach (var client in f.Rng.GetItems(clients.ToArray(), perActivity).DistinctBy(c => c.Id))
            {
                var k = inService.GetValueOrDefault(client.Id);
                if (k is not null && (date < windows[k.Id].From || date > windows[k.Id].To)) k = null;
                var p = new ActivityParticipant { Id = f.Id(at), ActivityId = activity.Id, ClientId = client.Id, ClientName = client.Name, CaseId = k?.Id };
                _batch.Participants.Add(p);
                Record(p, at, organiser);
                if (k is null) continue;
                AddService(k, date, activity);
                made++;
            }
        }
        return made;
    }

    /// <summary>Reminders as the use cases leave them, a progress review, and for closing cases the closure and follow-ups.</summary>
    private void FinishCase(Case k, (DateOnly From, DateOnly To) window)
    {
        var worker = WorkerOf(k);
        var reviewedOn = window.From.AddDays(75);
        if (reviewedOn <= window.To)
        {
            var at = f.TimeOn(reviewedOn);
            var plan = _approvedPlans[k.Id][0].PlanId;
            var review = new ProgressReview
            {
                Id = f.Id(at), StationId = StationId, CaseId = k.Id, PlanId = plan, ReviewedOn = reviewedOn,
                Scores = _batch.Plans.First(p => p.Id == plan).Goals.Select(g => new GoalScore(g.Id, f.Between(40, 90), null)).ToList(),
                Summary = "服务目标部分达成，服务对象状况有所改善。", Decision = k.Status == CaseStatus.Intervention ? ReviewDecision.Continue : ReviewDecision.ProceedToClosure,
                ReviewerId = worker.Id, ReviewerName = worker.Name, CreatedAt = at,
            };
            _batch.Reviews.Add(review);
            Record(review, at, worker);
            Log(k, CaseEventKind.Reviewed, $"进展评估：{review.Decision.Label()}", at, worker);
        }
        if (k.LastContactOn is { } last && k.Status == CaseStatus.Intervention)
        {
            k.NextContactDue = last.AddDays(30);
            k.NextReviewDue = (reviewedOn <= window.To ? reviewedOn : window.From).AddDays(90);
        }
        k.UpdatedAt = f.TimeOn(window.To);
        if (k.Status is CaseStatus.ClosurePending or CaseStatus.Closed) AddClosure(k, worker, window.To.AddDays(1));
    }

    private void AddClosure(Case k, Person worker, DateOnly requestedOn)
    {
        var at = f.TimeOn(requestedOn);
        var closed = k.Status == CaseStatus.Closed;
        var closure = new CaseClosure
        {
            Id = f.Id(at), StationId = StationId, CaseId = k.Id, Reason = closed ? ClosureReason.GoalsAchieved : ClosureReason.PeriodEnded,
            Summary = "服务期内共开展个案服务 " + k.ServiceCount + " 次，服务对象主要困难已得到缓解。", GoalAttainment = "主要目标基本达成。",
            ClientEvaluation = "服务对象对服务表示满意。", Lessons = "早期链接家庭支持是关键。", Status = closed ? ClosureStatus.Approved : ClosureStatus.UnderReview,
            RequestedById = worker.Id, RequestedByName = worker.Name, RequestedAt = at, ApprovedAt = closed ? f.TimeOn(k.ClosedOn!.Value) : null,
        };
        _batch.Closures.Add(closure);
        Record(closure, at, worker);
        Log(k, CaseEventKind.ClosureRequested, $"申请结案：{closure.Reason.Label()}", at, worker);
        if (!closed) return;
        Log(k, CaseEventKind.Closed, $"结案审核通过：{closure.Reason.Label()}", closure.ApprovedAt!.Value, station.Supervisor);
        foreach (var months in new[] { 1, 3 })
        {
            var due = k.ClosedOn!.Value.AddMonths(months);
            var done = due.AddDays(3) < today ? due.AddDays(f.Between(0, 3)) : (DateOnly?)null;
            var followUp = new FollowUp
            {
                Id = f.Id(closure.ApprovedAt!.Value), StationId = StationId, CaseId = k.Id, DueOn = due, DoneOn = done,
                Method = done is null ? null : "电话回访", Findings = done is null ? null : "服务对象生活稳定，暂无新的需求。", RecordedByName = done is null ? null : worker.Name,
                RecordedById = done is null ? null : worker.Id,
            };
            _batch.FollowUps.Add(followUp);
            Record(followUp, closure.ApprovedAt!.Value, worker);
        }
    }
}
