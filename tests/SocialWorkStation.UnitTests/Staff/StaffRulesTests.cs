using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.UnitTests.Staff;

public class StaffRulesTests
{
    private static readonly Guid A = Guid.CreateVersion7(), B = Guid.CreateVersion7();
    private static readonly Guid LiMing = Guid.CreateVersion7(), WangFang = Guid.CreateVersion7(), OtherWangFang = Guid.CreateVersion7();

    // Roles as one comma-separated argument: xunit cannot take a string[] as a single InlineData value.
    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Supervisor + "," + Roles.Director)]
    [InlineData(Roles.Evaluator + "," + Roles.Finance)] // one station role is enough
    [InlineData("")]                                     // an account without roles is not taken for an outsider
    public void An_account_with_a_station_role_serves_the_stations_it_is_assigned_to(string roles) =>
        Assert.Equal([A, B], StaffRules.ServedStations(Split(roles), [A, B, A]));

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.County)]
    [InlineData(Roles.County + "," + Roles.Evaluator)]
    public void An_evaluator_or_county_account_reads_a_station_without_serving_it(string roles) =>
        Assert.Empty(StaffRules.ServedStations(Split(roles), [A]));

    private static string[] Split(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_staff_record_is_named_after_the_display_name_else_the_user_name()
    {
        Assert.Equal("李明", StaffRules.NameOf(new AppUser { UserName = "liming", DisplayName = " 李明 " }));
        Assert.Equal("liming", StaffRules.NameOf(new AppUser { UserName = "liming", DisplayName = "" }));
    }

    [Theory]
    [InlineData("李明、王芳")]
    [InlineData("李明，王芳")]
    [InlineData("李明, 王芳")]
    [InlineData(" 李明 / 王芳 ")]
    [InlineData("李明；王芳；李明")]
    public void Free_text_listing_only_staff_names_becomes_their_ids_in_order(string text) =>
        Assert.Equal([LiMing, WangFang], StaffRules.MatchNames(text, [(LiMing, "李明"), (WangFang, "王芳")]));

    [Theory]
    [InlineData("李明、志愿者小张")]  // one name is nobody on the staff
    [InlineData("李社工")]            // a title, not a name
    [InlineData("")]
    [InlineData("、 ，")]
    public void Free_text_that_is_not_all_staff_names_is_not_matched(string text) =>
        Assert.Null(StaffRules.MatchNames(text, [(LiMing, "李明"), (WangFang, "王芳")]));

    [Fact]
    public void A_name_two_staff_members_share_is_not_guessed() =>
        Assert.Null(StaffRules.MatchNames("王芳", [(WangFang, "王芳"), (OtherWangFang, "王芳")]));

    [Fact]
    public void Names_of_ids_fall_back_to_the_legacy_name_only_for_an_unknown_id()
    {
        var names = new StaffNames(new Dictionary<Guid, string> { [LiMing] = "李明（新名）", [WangFang] = "王芳" });

        Assert.Equal("李明（新名）", names.Of(LiMing, "李明"));
        Assert.Equal("张三", names.Of(Guid.CreateVersion7(), "张三"));
        Assert.Equal("", names.Of(null));
        Assert.Equal("王芳、李明（新名）", names.Join([WangFang, Guid.CreateVersion7(), LiMing]));
    }
}
