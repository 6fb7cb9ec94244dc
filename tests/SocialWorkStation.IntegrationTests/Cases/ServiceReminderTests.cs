using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class ServiceReminderTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.4.1")]
    public async Task An_overdue_contact_appears_in_the_workers_reminders_and_not_in_a_colleagues()
    {
        var s = await app.CaseInServiceAsync();
        await app.ArrangeAsync(s.Case.Id, c => { c.LastContactOn = Today.AddDays(-40); c.NextContactDue = Today.AddDays(-10); });
        using var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, s.Station), s.Station);

        var mine = (await s.Worker.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;
        var theirs = (await colleague.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;

        var reminder = Assert.Single(mine, r => r.Href == $"/cases/{s.Case.Id}");
        Assert.Equal("contact-overdue", reminder.Kind);
        Assert.Equal(Today.AddDays(-10), reminder.DueOn);
        Assert.DoesNotContain(theirs, r => r.Href == $"/cases/{s.Case.Id}");
    }

    [Fact]
    [Trait("Clause", "C3.5.2")]
    public async Task A_follow_up_due_within_a_week_appears_for_the_cases_supervisor()
    {
        var s = await app.CaseInServiceAsync();
        await s.CloseThroughApprovalAsync();
        using var created = await s.Worker.PostAsJsonAsync("/api/v1/follow-ups", new { caseId = s.Case.Id, dueOn = Today.AddDays(3) });
        created.EnsureSuccessStatusCode();

        var reminders = (await s.Supervisor.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;

        Assert.Contains(reminders, r => r.Kind == "follow-up-due" && r.Href == $"/cases/{s.Case.Id}" && r.DueOn == Today.AddDays(3));
        Assert.DoesNotContain(reminders, r => r.Kind == "follow-up-due" && r.DueOn == Today.AddMonths(3));
    }
}

[Collection(SqliteCollection.Name)] public sealed class ServiceReminderOnSqlite(SqliteApp app) : ServiceReminderTests(app);
[Collection(PostgresCollection.Name)] public sealed class ServiceReminderOnPostgres(PostgresApp app) : ServiceReminderTests(app);
