namespace SocialWorkStation.Ui;

/// <summary>Marker for the shared string table. Keys are the zh-CN text; SharedResource.en-US.resx translates them.</summary>
public sealed class SharedResource;
