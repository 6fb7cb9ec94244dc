using System.Security.Cryptography;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.UpgradeSnapshot;

/// <summary>Clients, consents and one case in every stage of the service process (C3): intake, not accepted, assessment,
/// plan under review, intervention (after a returned and corrected plan), closure pending (after a returned closure),
/// closed with follow-ups; plus a group activity.</summary>
internal sealed partial class Story
{
    /// <summary>A minimal PDF whose bytes (and so whose hash) differ per title.</summary>
    public static byte[] Pdf(string title) =>
        System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% {title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task CaseworkAsync()
    {
        var worker = await AsAsync("worker", "CG");
        var supervisor = await AsAsync("supervisor", "CG");
        var template = Id(await supervisor.PostAsync("/api/v1/assessment-templates", Template()));

        var wang = await RegisterAsync(worker, "CG", "王秀英", new DateOnly(1948, 5, 12), "13900001111", male: false);
        var li = await RegisterAsync(worker, "CG", "李建国", new DateOnly(1955, 9, 30), "13900002222");
        var zhang = await RegisterAsync(worker, "CG", "张小明", new DateOnly(2016, 3, 8), null, guardianPhone: "13900003333");
        var zhao = await RegisterAsync(worker, "CG", "赵桂兰", new DateOnly(1950, 1, 20), "13900004444", male: false);
        var chen = await RegisterAsync(worker, "CG", "陈志强", new DateOnly(1978, 11, 2), "13900005555");
        var zhou = await RegisterAsync(worker, "CG", "周梅", new DateOnly(1985, 7, 15), "13900006666", male: false);
        var sun = await RegisterAsync(worker, "CG", "孙立", new DateOnly(1960, 12, 25), "13900007777");

        var consent = await ConsentAsync(worker, wang, ConsentKind.General, ConsentForm.Written);
        await UploadAsync(worker, "CG", "consent", consent, Pdf("知情同意书"), "王秀英知情同意书.pdf");
        await ConsentAsync(worker, wang, ConsentKind.Sensitive, ConsentForm.Written);
        await ConsentAsync(worker, zhang, ConsentKind.General, ConsentForm.Written, guardian: "张伟");
        await ConsentAsync(worker, li, ConsentKind.General, ConsentForm.Oral);
        var withdrawn = await ConsentAsync(worker, li, ConsentKind.Sensitive, ConsentForm.Oral);
        await worker.PostAsync($"/api/v1/clients/{li}/consents/{withdrawn}/withdraw", new { withdrawnOn = Today, reason = "本人不再同意提供健康信息" });
        await worker.PostAsync($"/api/v1/clients/{zhao}/shares", new { userId = _userIds["worker2"] });

        await OpenAsync(worker, "CG", chen);                                                   // 接案 (intake)
        var notAccepted = await OpenAsync(worker, "CG", zhou);
        await DecideAsync(supervisor, notAccepted, accepted: false);                            // 不予接案
        await AssessedAsync(worker, supervisor, zhao, template);                               // 评估 (with a scored template)
        var planning = await AssessedAsync(worker, supervisor, zhang, null);
        await worker.PostAsync($"/api/v1/plans/{await PlanAsync(worker, planning)}/submit");   // 计划审核中
        var inService = await InServiceAsync(worker, supervisor, li, returnFirst: true);       // 介入 (plan returned once)
        var service = Id(await worker.PostAsync($"/api/v1/cases/{inService}/services", Service(sensitive: true)));
        await UploadAsync(worker, "CG", "service-record", service, Png, "家访照片.png");
        await worker.PostAsync($"/api/v1/cases/{inService}/services", Service());
        await ReviewAsync(worker, inService, "Continue");
        var closing = await InServiceAsync(worker, supervisor, sun, returnFirst: false);
        await worker.PostAsync($"/api/v1/cases/{closing}/services", Service());
        await ClosurePendingAfterReturnAsync(worker, supervisor, closing);                     // 结案审核中
        var closed = await InServiceAsync(worker, supervisor, wang, returnFirst: false);
        await worker.PostAsync($"/api/v1/cases/{closed}/services", Service());
        await ReviewAsync(worker, closed, "ProceedToClosure");
        await ClosedWithFollowUpsAsync(worker, supervisor, closed);                            // 结案 + 回访

        await worker.PostAsync("/api/v1/activities", new
        {
            kind = "Group", title = "长者健康讲座", date = Today, durationMinutes = 90, place = "社区活动室", content = "高血压饮食与用药讲解",
            walkInCount = 3, participantClientIds = new[] { li, sun, zhao },
        });

        var dhWorker = await AsAsync("dhworker", "DH");
        var dhCase = await OpenAsync(dhWorker, "DH", await RegisterAsync(dhWorker, "DH", "吴芳", new DateOnly(1962, 4, 4), "13900008888", male: false));
        await DecideAsync(await AsAsync("supervisor", "DH"), dhCase, accepted: true);                // 待评估 (accepted, not yet assessed)
        var lxWorker = await AsAsync("lxworker", "LX");
        await OpenAsync(lxWorker, "LX", await RegisterAsync(lxWorker, "LX", "郑强", new DateOnly(1958, 8, 8), "13900009999"), supervised: false);
        var readers = new[] { worker, dhWorker, lxWorker }.ToDictionary(s => s.UserName);
        for (var i = 0; i < _cases.Count; i++)
            _cases[i] = _cases[i] with { Status = SnapshotManifest.EnumName<CaseStatus>((await readers[_cases[i].ReadBy].GetAsync($"/api/v1/cases/{_cases[i].Id}")).GetProperty("status")) };
    }

    private async Task<Guid> RegisterAsync(Session worker, string station, string name, DateOnly born, string? phone, bool male = true,
        string? guardianPhone = null)
    {
        var body17 = $"330110{born:yyyyMMdd}{(_clients.Count * 2 + 11 + (male ? 1 : 0)) % 1000:000}";
        var idNumber = body17 + ChineseIdNumber.CheckCharacter(body17);
        var child = guardianPhone is not null;
        var id = Id(await worker.PostAsync("/api/v1/clients", new
        {
            name, idNumber, phone, address = $"{station}社区幸福路 {_clients.Count + 1} 号", targetGroups = new[] { child ? "困境儿童" : "独居老人" },
            guardianName = child ? "张伟" : null, guardianRelationship = child ? "父亲" : null, guardianPhone,
            household = new[] { new { name = name[..1] + "家属", relationship = child ? "父亲" : "子女", gender = Gender.Male, livesTogether = child } },
            notes = "快照数据",
        }));
        _clients.Add(new SnapshotClient(id, station, worker.UserName, name, idNumber, phone, guardianPhone));
        return id;
    }

    private static async Task<Guid> ConsentAsync(Session worker, Guid client, ConsentKind kind, ConsentForm form, string? guardian = null) =>
        Id(await worker.PostAsync($"/api/v1/clients/{client}/consents", new
        {
            kind, form, scope = kind == ConsentKind.General ? "个案服务中收集、使用个人信息" : "收集、使用健康状况等敏感个人信息",
            givenOn = Today, guardianName = guardian,
        }));

    private async Task UploadAsync(Session user, string station, string ownerType, Guid ownerId, byte[] bytes, string fileName)
    {
        var uploaded = await user.UploadAsync($"/api/v1/attachments/{ownerType}/{ownerId}", bytes, fileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (uploaded.GetProperty("sha256").GetString() != sha) throw new InvalidOperationException($"{fileName}: hash differs");
        _attachments.Add(new SnapshotAttachment(Id(uploaded), station, user.UserName, ownerType, fileName, bytes.Length, sha));
    }

    private async Task<Guid> OpenAsync(Session worker, string station, Guid client, bool supervised = true)
    {
        var opened = await worker.PostAsync("/api/v1/cases", new
        {
            clientId = client, source = IntakeSource.GridReport, sourceDetail = "网格员上报", presentingNeeds = "独居，行动不便，需要生活照料与情绪支持",
            supervisorId = supervised ? _userIds["supervisor"] : (Guid?)null,
        });
        _cases.Add(new SnapshotCase(Id(opened), station, worker.UserName, opened.GetProperty("number").GetString()!, ""));
        return Id(opened);
    }

    private static async Task DecideAsync(Session supervisor, Guid caseId, bool accepted)
    {
        var version = (await supervisor.GetAsync($"/api/v1/cases/{caseId}")).GetProperty("version").GetInt64();
        await supervisor.PostAsync($"/api/v1/cases/{caseId}/intake-decision",
            new { accepted, opinion = accepted ? "符合接案条件，同意接案" : "不属于本站服务范围，已转介", version });
    }

    private async Task<Guid> AssessedAsync(Session worker, Session supervisor, Guid client, Guid? template)
    {
        var caseId = await OpenAsync(worker, "CG", client);
        await DecideAsync(supervisor, caseId, accepted: true);
        await worker.PostAsync($"/api/v1/cases/{caseId}/assessments", new
        {
            templateId = template, methods = AssessmentMethods.Interview | AssessmentMethods.FieldObservation,
            answers = template is null ? [] : new object[]
            {
                new { questionKey = "living", values = new[] { "独居" } }, new { questionKey = "mood", values = new[] { "3" } },
                new { questionKey = "notes", values = new[] { "子女在外地，每月回来一次" } },
            },
            problems = "行动不便，独居无人照料，情绪低落",
            needs = new[] { new { description = "生活照料", priority = 1 }, new { description = "情绪支持", priority = 2 } },
            riskLevel = RiskLevel.Medium, report = "服务对象独居，行动不便，需要链接居家养老服务并提供情绪支持。",
        });
        return caseId;
    }

    private static object Template() => new
    {
        name = "老年人需求评估表", description = "快照数据：单选、量表与文字题", scored = true, isActive = true,
        sections = new[]
        {
            new
            {
                title = "生活与情绪",
                questions = new object[]
                {
                    new { key = "living", text = "居住情况", kind = QuestionKind.SingleChoice, required = true,
                        options = new[] { new { text = "独居", score = 2 }, new { text = "与家人同住", score = 0 } } },
                    new { key = "mood", text = "近两周情绪（1 很差 – 5 很好）", kind = QuestionKind.Scale, required = true, scaleMin = 1, scaleMax = 5 },
                    new { key = "notes", text = "其他情况", kind = QuestionKind.Text, required = false },
                },
            },
        },
    };

    private static async Task<Guid> PlanAsync(Session worker, Guid caseId, long version = 0, Guid? planId = null)
    {
        var needs = (await worker.GetAsync($"/api/v1/cases/{caseId}/assessments"))[0].GetProperty("needs").EnumerateArray().Select(Id).ToArray();
        var body = new
        {
            goals = new[] { new { description = "恢复日常外出活动", measure = "每周外出活动不少于 2 次", needIds = needs } },
            content = "链接居家养老服务，每两周家访一次，开展情绪疏导", methods = "个案辅导、资源链接", startOn = Today, endOn = Today.AddMonths(3),
            plannedSessions = 6, frequency = "每两周一次", responsibleStaff = "李社工", version,
        };
        return planId is null ? Id(await worker.PostAsync($"/api/v1/cases/{caseId}/plans", body))
            : Id(await worker.PutAsync($"/api/v1/plans/{planId}", body));
    }

    /// <summary>Assessed, planned and the plan approved by the supervisor through its approval request (介入).</summary>
    private async Task<Guid> InServiceAsync(Session worker, Session supervisor, Guid client, bool returnFirst)
    {
        var caseId = await AssessedAsync(worker, supervisor, client, null);
        var plan = await PlanAsync(worker, caseId);
        var request = (await worker.PostAsync($"/api/v1/plans/{plan}/submit")).GetProperty("approvalRequestId").GetGuid();
        if (returnFirst)
        {
            await supervisor.PostAsync($"/api/v1/approvals/{request}/reject", new { reason = "目标需要写明衡量标准的时间范围" });
            var version = (await worker.GetAsync($"/api/v1/plans/{plan}")).GetProperty("version").GetInt64();
            await PlanAsync(worker, caseId, version, plan);
            await worker.PostAsync($"/api/v1/plans/{plan}/submit");
        }
        await supervisor.PostAsync($"/api/v1/approvals/{request}/approve", new { comment = "同意该服务计划" });
        _approvals.Add(new SnapshotApproval(request, "CG", supervisor.UserName, "", "cases.plan", ""));
        return caseId;
    }

    private static object Service(bool sensitive = false) => new
    {
        serviceDate = Today, durationMinutes = 60, type = "HomeVisit", place = "服务对象家中",
        content = sensitive ? "上门探访，了解到家庭矛盾（敏感）" : "上门探访，协助整理药品并讲解服药时间",
        clientFeedback = "老人表示药品整理后安心多了", effect = "能按时服药", nextSteps = "下周电访确认服药情况", isSensitive = sensitive,
    };

    private static async Task ReviewAsync(Session worker, Guid caseId, string decision)
    {
        var plan = (await worker.GetAsync($"/api/v1/cases/{caseId}")).GetProperty("currentPlanId").GetGuid();
        var goals = (await worker.GetAsync($"/api/v1/plans/{plan}")).GetProperty("goals").EnumerateArray().Select(Id);
        await worker.PostAsync($"/api/v1/cases/{caseId}/reviews", new
        {
            reviewedOn = Today, summary = "外出次数增加，情绪明显好转", decision,
            scores = goals.Select(g => new { goalId = g, attainment = 80, note = "每周外出两次" }).ToArray(),
        });
    }

    private static object Closure() => new
    {
        reason = "GoalsAchieved", summary = "三个月内完成药品管理与外出活动支持，服务对象生活恢复规律",
        goalAttainment = "每周外出两次的目标已达成（评分 90）", clientEvaluation = "对服务很满意，感谢社工", lessons = "老年个案宜尽早链接邻里互助资源",
    };

    private async Task ClosurePendingAfterReturnAsync(Session worker, Session supervisor, Guid caseId)
    {
        var closure = await worker.PostAsync($"/api/v1/cases/{caseId}/closure", Closure());
        var request = closure.GetProperty("approvalRequestId").GetGuid();
        await supervisor.PostAsync($"/api/v1/approvals/{request}/reject", new { reason = "请补充服务对象本人的评价" });
        var version = (await worker.GetAsync($"/api/v1/cases/{caseId}/closure")).GetProperty("version").GetInt64();
        await worker.PostAsync($"/api/v1/closures/{Id(closure)}/resubmit", new
        {
            summary = "三个月内完成药品管理与外出活动支持", goalAttainment = "目标已达成", clientEvaluation = "本人表示满意", lessons = "尽早链接邻里互助资源",
            version,
        });
        _approvals.Add(new SnapshotApproval(request, "CG", supervisor.UserName, "", "cases.closure", ""));
    }

    private async Task ClosedWithFollowUpsAsync(Session worker, Session supervisor, Guid caseId)
    {
        var request = (await worker.PostAsync($"/api/v1/cases/{caseId}/closure", Closure())).GetProperty("approvalRequestId").GetGuid();
        await supervisor.PostAsync($"/api/v1/approvals/{request}/approve", new { comment = "同意结案" });
        _approvals.Add(new SnapshotApproval(request, "CG", supervisor.UserName, "", "cases.closure", ""));
        var due = (await worker.GetAsync($"/api/v1/cases/{caseId}/follow-ups"))[0];
        await worker.PostAsync($"/api/v1/follow-ups/{Id(due)}/record", new
        {
            doneOn = Today, method = "电话", findings = "生活稳定，每周参加社区长者活动", supportProvided = "告知社区食堂报名方式", needsReopening = false,
        });
        await worker.PostAsync("/api/v1/follow-ups", new { caseId, dueOn = Today.AddMonths(6) });
    }
}
