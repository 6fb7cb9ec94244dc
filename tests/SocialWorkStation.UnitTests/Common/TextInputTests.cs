using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.UnitTests.Common;

public class TextInputTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  \t ", null)]
    [InlineData(" 独居 ", "独居")]
    public void Optional_text_is_stored_trimmed_or_as_null(string? typed, string? stored) =>
        Assert.Equal(stored, typed.TrimToNull());

    [Theory]
    [InlineData("  abcdef  ", 4, "abcd")]
    [InlineData(" ab ", 4, "ab")]
    [InlineData("   ", 4, null)]
    public void Optional_text_can_be_cut_to_its_column(string typed, int max, string? stored) =>
        Assert.Equal(stored, typed.TrimToNull(max));

    [Fact]
    public void Composed_text_is_clipped_only_when_too_long()
    {
        Assert.Equal("abc", "abcdef".Clip(3));
        Assert.Equal("ab", "ab".Clip(3));
    }
}
