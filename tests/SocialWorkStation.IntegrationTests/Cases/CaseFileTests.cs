using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>服务档案 (C3.4.3) as JSON and as PDF, opened only by those the confidentiality rule allows and logged (C1.3.4).</summary>
public abstract class CaseFileTests(TestApp app)
{
    private const string Report = "服务对象独居，双下肢无力，社会支持网络薄弱，需要生活照料资源与情绪疏导";
    private const string Goal = "三个月内建立每周两次的邻里探访";
    private const string RevisedGoal = "六个月内参加社区老年协会活动";
    private const string RecordText = "入户探访，协助整理药品并讲解服药时间";
    private const string Secret = "服务对象讲述与儿子的财产纠纷细节";
    private const string Summary = "服务目标基本达成，服务对象生活自理能力提升，邻里互助网络已经建立";
    private const string FollowUpFinding = "回访时服务对象精神状态良好，仍坚持参加老年协会活动";

    internal sealed record FileWorld(Station Station, TestUser Worker, TestUser Director, Client Client, Case Case);

    internal static async Task<FileWorld> FullCaseAsync(TestApp app, string? clientName = null)
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var director = await app.NewUserAsync(Roles.Director, station);
        var client = await app.ClientAsync(station, worker, clientName ?? app.Unique("孙桂兰"));
        var k = await app.CaseAsync(station, client, worker);
        var plan = await app.ApprovedPlanAsync(k, worker);
        var today = CaseFileSeed.BeijingToday();
        var v2 = plan.NextVersion("进展评估后调整目标", worker.Id, DateTime.UtcNow);
        v2.Goals = [new PlanGoal(Guid.CreateVersion7(), RevisedGoal, "每月参加 ≥ 2 次", [])];
        v2.Status = PlanStatus.UnderReview;
        await app.UpdateCaseAsync(k.Id, c => c.RiskLevel = RiskLevel.Medium);
        await app.AddAsync(
            new Assessment
            {
                StationId = station.Id, CaseId = k.Id, Methods = AssessmentMethods.Interview | AssessmentMethods.FieldObservation,
                AssessedOn = today.AddDays(-30), Problems = "行动不便，独居", Needs = [new IdentifiedNeed(Guid.CreateVersion7(), "生活照料", 1)],
                RiskLevel = RiskLevel.Medium, Report = Report, AssessorId = worker.Id, AssessorName = worker.UserName, CreatedAt = DateTime.UtcNow,
            },
            v2,
            CaseFileSeed.Record(k, plan.Id, RecordText, today.AddDays(-20)),
            CaseFileSeed.Record(k, plan.Id, Secret, today.AddDays(-10), sensitive: true),
            new ProgressReview
            {
                StationId = station.Id, CaseId = k.Id, PlanId = plan.Id, ReviewedOn = today.AddDays(-5),
                Scores = [new GoalScore(plan.Goals[0].Id, 80, "基本做到")], Summary = "进展良好，调整目标", Decision = ReviewDecision.RevisePlan,
                ReviewerId = worker.Id, ReviewerName = worker.UserName, CreatedAt = DateTime.UtcNow,
            },
            new CaseClosure
            {
                StationId = station.Id, CaseId = k.Id, Reason = ClosureReason.GoalsAchieved, Summary = Summary, GoalAttainment = "目标一达成 80%",
                ClientEvaluation = "很满意", Lessons = "尽早链接邻里资源", Status = ClosureStatus.Approved, RequestedById = worker.Id,
                RequestedByName = worker.UserName, RequestedAt = DateTime.UtcNow, ApprovedAt = DateTime.UtcNow,
            },
            new FollowUp
            {
                StationId = station.Id, CaseId = k.Id, DueOn = today, DoneOn = today, Method = "家访", Findings = FollowUpFinding,
                RecordedByName = worker.UserName,
            },
            new CaseEvent { StationId = station.Id, CaseId = k.Id, At = DateTime.UtcNow.AddDays(-60), Kind = CaseEventKind.Opened, Text = "接案登记", UserName = worker.UserName },
            new CaseEvent { StationId = station.Id, CaseId = k.Id, At = DateTime.UtcNow.AddDays(-1), Kind = CaseEventKind.Closed, Text = "结案审批通过", UserName = director.UserName });
        return new FileWorld(station, worker, director, client, k);
    }

    [Fact]
    [Trait("Clause", "C3.4.3")]
    public async Task The_case_file_holds_client_info_assessment_report_every_plan_version_records_reviews_closing_summary_and_follow_ups()
    {
        var w = await FullCaseAsync(app);
        using var director = await app.ClientForAsync(w.Director, w.Station);

        var file = (await director.GetFromJsonAsync<CaseFileDto>($"/api/v1/cases/{w.Case.Id}/file"))!;

        Assert.Equal(w.Client.Name, file.Client.Name);
        Assert.Equal(w.Client.IdNumberMasked, file.Client.IdNumberMasked);
        Assert.Contains("****", file.Client.IdNumberMasked);
        Assert.Equal(Report, Assert.Single(file.Assessments).Report);
        Assert.Equal([1, 2], file.Plans.Select(p => p.VersionNo));
        Assert.Equal(PlanStatus.UnderReview, file.Plans[1].Status);
        Assert.Equal(RevisedGoal, Assert.Single(file.Plans[1].Goals).Description);
        Assert.Contains(file.Records, r => r.Content == RecordText);
        Assert.Equal(80, Assert.Single(Assert.Single(file.Reviews).Scores).Attainment);
        Assert.Equal(Summary, Assert.Single(file.Closures).Summary);
        Assert.Equal(FollowUpFinding, Assert.Single(file.FollowUps).Findings);
        Assert.Equal(["接案登记", "结案审批通过"], file.Timeline.Select(t => t.Text));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Opening_the_case_file_is_access_logged()
    {
        var w = await FullCaseAsync(app);
        using var director = await app.ClientForAsync(w.Director, w.Station);

        (await director.GetAsync($"/api/v1/cases/{w.Case.Id}/file")).EnsureSuccessStatusCode();

        var entry = Assert.Single(await app.AccessLogAsync(w.Director.Id), e => e.Entity == "case-file");
        Assert.Equal(w.Case.Id.ToString(), entry.EntityKey);
        Assert.Equal(w.Station.Id, entry.StationId);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_sensitive_record_is_redacted_for_a_reader_without_the_permission_and_the_file_is_404_for_an_unassigned_worker()
    {
        var w = await FullCaseAsync(app);
        var evaluator = await app.NewUserAsync(Roles.Evaluator, w.Station);
        var colleague = await app.NewUserAsync(Roles.SocialWorker, w.Station);
        using var evaluatorClient = await app.ClientForAsync(evaluator, w.Station);
        using var colleagueClient = await app.ClientForAsync(colleague, w.Station);

        var file = (await evaluatorClient.GetFromJsonAsync<CaseFileDto>($"/api/v1/cases/{w.Case.Id}/file"))!;

        Assert.DoesNotContain(file.Records, r => r.Content == Secret);
        Assert.Contains(file.Records, r => r.Redacted && r.Content == GetCaseFileHandler.RedactedText);
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueClient.GetAsync($"/api/v1/cases/{w.Case.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueClient.GetAsync($"/api/v1/cases/{w.Case.Id}/file.pdf")).StatusCode);
        Assert.DoesNotContain(await app.AccessLogAsync(colleague.Id), e => e.Entity == "case-file");
    }

    [Fact]
    [Trait("Clause", "C3.4.3")]
    public async Task The_pdf_is_a_real_pdf_whose_text_holds_the_client_report_goal_record_and_closing_summary()
    {
        var w = await FullCaseAsync(app);
        using var director = await app.ClientForAsync(w.Director, w.Station);

        var response = await director.GetAsync($"/api/v1/cases/{w.Case.Id}/file.pdf");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"服务档案-{w.Case.Number}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        var text = Normalise(await PdfTextAsync(bytes));
        Assert.Contains(w.Client.Name, text);
        Assert.Contains(Normalise(Report), text);
        Assert.Contains(Normalise(CasesSeedGoal), text);
        Assert.Contains(Normalise(RecordText), text);
        Assert.Contains(Normalise(Summary), text);
        Assert.DoesNotContain(Normalise(Secret)[..8], Normalise(await PdfTextAsync(await PdfAsEvaluatorAsync(w))));
        Assert.Contains(await app.AccessLogAsync(w.Director.Id), e => e.Entity == "case-file" && e.EntityKey == w.Case.Id.ToString());
    }

    /// <summary>The goal of the plan CasesSeed.ApprovedPlanAsync creates.</summary>
    private const string CasesSeedGoal = "每周至少两次外出活动";

    private async Task<byte[]> PdfAsEvaluatorAsync(FileWorld w)
    {
        using var client = await app.ClientForAsync(await app.NewUserAsync(Roles.Evaluator, w.Station), w.Station);
        return await client.GetByteArrayAsync($"/api/v1/cases/{w.Case.Id}/file.pdf");
    }

    /// <summary>Long text wraps across lines in the PDF; compare without whitespace.</summary>
    internal static string Normalise(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>pdftotext from poppler-utils, as a process.</summary>
    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sws-casefile-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[Collection(SqliteCollection.Name)] public sealed class CaseFileOnSqlite(SqliteApp app) : CaseFileTests(app);
[Collection(PostgresCollection.Name)] public sealed class CaseFileOnPostgres(PostgresApp app) : CaseFileTests(app);
