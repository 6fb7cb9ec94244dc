using PdfSharp.Pdf;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

public sealed record CaseFilePdf(byte[] Content, string FileName);

/// <summary>The 服务档案 as an A4 PDF for the paper file and for evaluators (C3.4.3): the same content as the screen,
/// same access rule and the same access-log entry (through <see cref="GetCaseFileHandler"/>).</summary>
internal sealed class GetCaseFilePdfHandler(GetCaseFileHandler files, StationClock clock)
{
    public Task<Result<CaseFilePdf>> HandleAsync(Guid caseId, CancellationToken ct) => RenderAsync(caseId, "下载服务档案 PDF", false, ct);

    /// <summary>The copy handed to the archive (<see cref="Archiving.CaseFileArchiveRenderer"/>): the whole file, whoever asks.</summary>
    internal Task<Result<CaseFilePdf>> ForArchiveAsync(Guid caseId, CancellationToken ct) => RenderAsync(caseId, "归档查看服务档案 PDF", true, ct);

    private async Task<Result<CaseFilePdf>> RenderAsync(Guid caseId, string purpose, bool wholeFile, CancellationToken ct)
    {
        var result = await files.HandleAsync(caseId, purpose, ct, wholeFile);
        if (result.IsFailure) return result.Error!;
        CjkFontResolver.EnsureInstalled();
        var f = result.Value!;
        using var document = new PdfDocument();
        document.Info.Title = $"服务档案 {f.Number}";
        var printed = clock.Format(clock.UtcNow(), "yyyy-MM-dd HH:mm");
        using (var pdf = new PdfFlow(document, $"{f.StationName} 服务档案 {f.Number}"))
            Render(pdf, f, printed);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return new CaseFilePdf(stream.ToArray(), $"服务档案-{f.Number}.pdf");
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";
    private string T(DateTime? t) => t is { } v ? clock.Format(v, "yyyy-MM-dd HH:mm") : "—";

    private void Render(PdfFlow pdf, CaseFileDto f, string printed)
    {
        var c = f.Client;
        pdf.Title("服务档案");
        pdf.Field("社工站", f.StationName);
        pdf.Field("案号", f.Number);
        pdf.Field("服务对象", $"{c.Name}（身份证号 {c.IdNumberMasked ?? "—"}）");
        pdf.Field("打印日期", printed);

        pdf.Heading("一、服务对象基本信息");
        pdf.Field("姓名", c.Name);
        pdf.Field("性别", CaseLabels.Label(c.Gender));
        pdf.Field("年龄", c.Age is { } age ? $"{age} 岁" : "—");
        pdf.Field("身份证号", c.IdNumberMasked);
        pdf.Field("联系电话", c.PhoneMasked);
        pdf.Field("住址", c.Address);
        pdf.Field("服务对象类别", string.Join("、", c.TargetGroups));
        pdf.Field("监护人", c.GuardianName is null ? null : $"{c.GuardianName}（{c.GuardianRelationship}）{c.GuardianPhoneMasked}");
        foreach (var m in c.Household)
            pdf.Paragraph($"家庭成员：{m.Name}，{m.Relationship}，{CaseLabels.Label(m.Gender)}，{D(m.BirthDate)}{(m.LivesTogether ? "，同住" : "")}{(m.Notes is null ? "" : "，" + m.Notes)}");
        foreach (var x in c.Consents)
            pdf.Paragraph($"知情同意：{(x.Kind == ConsentKind.Sensitive ? "敏感信息" : "一般信息")}，{(x.Form == ConsentForm.Written ? "书面" : "口头")}，{x.GivenOn:yyyy-MM-dd}，范围：{x.Scope}{(x.GuardianName is null ? "" : "，监护人：" + x.GuardianName)}{(x.WithdrawnOn is { } w ? $"，已于 {w:yyyy-MM-dd} 撤回" : "")}");

        pdf.Heading("二、接案");
        pdf.Field("接案日期", D(f.Intake.IntakeDate));
        pdf.Field("来源", CaseLabels.Label(f.Intake.Source) + (f.Intake.SourceDetail is null ? "" : "（" + f.Intake.SourceDetail + "）"));
        pdf.Field("求助需求", f.Intake.PresentingNeeds);
        pdf.Field("接案决定", f.Intake.Accepted switch { true => "接案", false => "不予接案", _ => "待定" });
        pdf.Field("督导意见", f.Intake.SupervisorOpinion);
        pdf.Field("负责社工", f.WorkerName);
        pdf.Field("督导", f.SupervisorName);

        pdf.Heading("三、需求评估");
        if (f.Assessments.Count == 0) pdf.Paragraph("暂无");
        foreach (var a in f.Assessments)
        {
            pdf.SubHeading($"{D(a.AssessedOn)} {a.AssessorName}（{CaseLabels.Label(a.Methods)}）");
            pdf.Field("存在问题", a.Problems);
            pdf.Field("服务需求", string.Join("；", a.Needs));
            pdf.Field("风险等级", CaseLabels.Label(a.RiskLevel));
            if (a.TotalScore is { } score) pdf.Field("评估总分", score.ToString());
            pdf.Field("评估报告", a.Report);
        }

        pdf.Heading("四、服务计划");
        if (f.Plans.Count == 0) pdf.Paragraph("暂无");
        foreach (var p in f.Plans)
        {
            pdf.SubHeading($"第 {p.VersionNo} 版（{CaseLabels.Label(p.Status)}）{D(p.StartOn)} 至 {D(p.EndOn)}");
            foreach (var g in p.Goals) pdf.Paragraph($"目标：{g.Description}（衡量：{g.Measure}）", 10);
            pdf.Field("服务内容", p.Content);
            pdf.Field("服务方法", p.Methods);
            pdf.Field("计划节数与频率", $"{p.PlannedSessions} 节 {p.Frequency}");
            pdf.Field("负责人员", p.ResponsibleStaff);
            if (p.RevisionReason is not null) pdf.Field("修订原因", p.RevisionReason);
            pdf.Field("审核意见", p.ReviewComment);
        }

        pdf.Heading("五、服务记录");
        if (f.Records.Count == 0) pdf.Paragraph("暂无");
        foreach (var r in f.Records)
        {
            pdf.SubHeading($"{D(r.ServiceDate)} {CaseLabels.Label(r.Type)} {r.DurationMinutes} 分钟 {r.WorkerName}");
            pdf.Field("服务内容", r.Content);
            if (r.Redacted) continue;
            pdf.Field("服务对象反馈", r.ClientFeedback);
            pdf.Field("服务效果", r.Effect);
            pdf.Field("下一步", r.NextSteps);
        }

        pdf.Heading("六、进展评估");
        if (f.Reviews.Count == 0) pdf.Paragraph("暂无");
        foreach (var r in f.Reviews)
        {
            pdf.SubHeading($"{D(r.ReviewedOn)} {r.ReviewerName}（{CaseLabels.Label(r.Decision)}）");
            foreach (var s in r.Scores) pdf.Paragraph($"{s.Goal}：达成 {s.Attainment}%{(s.Note is null ? "" : "，" + s.Note)}", 10);
            pdf.Field("评估小结", r.Summary);
        }

        pdf.Heading("七、结案总结");
        if (f.Closures.Count == 0) pdf.Paragraph("暂无");
        foreach (var x in f.Closures)
        {
            pdf.SubHeading($"{T(x.RequestedAt)} {x.RequestedByName}（{CaseLabels.Label(x.Status)}）");
            pdf.Field("结案原因", CaseLabels.Label(x.Reason) + (x.ReasonDetail is null ? "" : "：" + x.ReasonDetail));
            pdf.Field("服务总结", x.Summary);
            pdf.Field("目标达成情况", x.GoalAttainment);
            pdf.Field("服务对象评价", x.ClientEvaluation);
            pdf.Field("经验总结", x.Lessons);
            pdf.Field("审核意见", x.ReviewComment);
        }

        pdf.Heading("八、跟进回访");
        if (f.FollowUps.Count == 0) pdf.Paragraph("暂无");
        foreach (var u in f.FollowUps)
        {
            pdf.SubHeading($"应回访 {D(u.DueOn)}，{(u.DoneOn is { } done ? $"已于 {done:yyyy-MM-dd} 回访（{u.Method}）" : "未回访")}");
            if (u.DoneOn is null) continue;
            pdf.Field("生活状况与后续需求", u.Findings);
            pdf.Field("提供的支持", u.SupportProvided);
            if (u.NeedsReopening) pdf.Paragraph("需要重新开案");
        }

        pdf.Heading("九、时间线");
        if (f.Timeline.Count == 0) pdf.Paragraph("暂无");
        foreach (var e in f.Timeline) pdf.Paragraph($"{T(e.At)} {e.UserName} {e.Text}");
    }
}
