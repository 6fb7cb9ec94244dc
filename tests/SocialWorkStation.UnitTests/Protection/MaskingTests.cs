using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.UnitTests.Protection;

public class MaskingTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张淑珍", "张**")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("阿卜杜·热合曼", "阿******")]
    [InlineData(" 李四 ", "李*")]
    public void A_name_keeps_its_first_character_and_stars_the_rest(string name, string masked) =>
        Assert.Equal(masked, Masking.Name(name));

    [Fact]
    public void A_rare_character_outside_the_basic_plane_stays_whole() =>
        Assert.Equal("𠈌**", Masking.Name("𠈌小明"));

    [Fact]
    public void A_one_character_name_is_starred_entirely() => Assert.Equal("*", Masking.Name("王"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_name_gives_an_empty_text(string? name) => Assert.Equal("", Masking.Name(name));
}
