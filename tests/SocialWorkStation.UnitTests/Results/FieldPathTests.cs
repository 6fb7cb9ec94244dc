using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Results;

public class FieldPathTests
{
    private sealed class Client
    {
        public string Name { get; set; } = "";
        public List<Member> Household { get; set; } = [];
    }

    private sealed class Member
    {
        public string Name { get; set; } = "";
        public List<string[]> Grid { get; set; } = [];
    }

    [Theory]
    [InlineData("Name", "name")]
    [InlineData("IdNumber", "idNumber")]
    [InlineData("", "")]
    public void Member_names_and_api_names_convert_both_ways(string member, string api)
    {
        Assert.Equal(api, FieldPath.Camel(member));
        Assert.Equal(member, FieldPath.Pascal(api));
    }

    [Fact]
    public void A_top_level_field_belongs_to_the_model()
    {
        var client = new Client();
        Assert.Equal<(object, string)?>((client, "Name"), FieldPath.Resolve(client, "name"));
    }

    [Fact]
    public void A_rows_field_belongs_to_that_row()
    {
        var second = new Member();
        var client = new Client { Household = [new Member(), second] };
        var (owner, property) = FieldPath.Resolve(client, "household[1].name")!.Value;
        Assert.Same(second, owner);
        Assert.Equal("Name", property);
    }

    [Fact]
    public void A_whole_row_is_shown_with_its_list()
    {
        var client = new Client { Household = [new Member()] };
        Assert.Equal<(object, string)?>((client, "Household"), FieldPath.Resolve(client, "household[3]"));
    }

    [Theory]
    [InlineData("household[5].name")]          // the row was removed since the save
    [InlineData("unknown[0].name")]
    [InlineData("household[0].name[x]")]
    [InlineData("household[99999999999].name")]
    public void A_path_the_model_no_longer_has_resolves_to_nothing(string path)
    {
        var client = new Client { Household = [new Member()] };
        Assert.Null(FieldPath.Resolve(client, path));
    }
}
