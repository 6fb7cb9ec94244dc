using SocialWorkStation.Platform.Numbering;

namespace SocialWorkStation.UnitTests;

public class NumberingFormatTests
{
    [Fact]
    public void Template_fills_kind_year_and_padded_sequence() =>
        Assert.Equal("GA-2026-0007", NumberingService.Format("{kind}-{yyyy}-{seq:0000}", "GA", "CG", 2026, 7));

    [Fact]
    public void Station_code_and_unpadded_sequence_are_supported() =>
        Assert.Equal("CG/PZ/2026/123", NumberingService.Format("{station}/{kind}/{yyyy}/{seq}", "PZ", "CG", 2026, 123));

    [Fact]
    public void Sequence_wider_than_the_padding_is_not_truncated() =>
        Assert.Equal("GA-2026-12345", NumberingService.Format("{kind}-{yyyy}-{seq:0000}", "GA", "CG", 2026, 12345));
}
