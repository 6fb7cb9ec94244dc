using SocialWorkStation.Platform.Public;

namespace SocialWorkStation.Web.Public;

/// <summary>The host's own links on the station's public home page (modules add theirs through AppModule.PublicEntries).</summary>
internal sealed class PlatformPublicEntries : IPublicEntryProvider
{
    public IEnumerable<PublicEntry> PublicEntries =>
    [
        new("意见建议", SuggestionInput.Path, "向社工站提出意见或建议（试用，内容暂不保存）", 900),
    ];
}
